"""How much of the machine a run had: the CPUs its host (the hypervisor of a virtual machine) and
other programs took while it ran.

A cloud machine's CPUs are shared: the hypervisor can run another guest on them for seconds at a
time, and the guest's clock keeps going while its programs stand still (Linux counts that time as
"steal" in /proc/stat). Two processes then keep fewer than two CPUs busy, however parallel they are,
and an idle-looking machine cannot show what a page says about two CPUs at work. So a run is
measured: the machine's stolen time and the CPU time of every process outside the run's own session
(the snippet and its workers, started in a session of their own) over the run. Where /proc does not
exist (macOS, Windows) nothing is measured, and every run counts as one on an idle machine.

The measure errs one way only. A process that starts and ends during the run is not seen, so it
can understate what others took, never overstate it: a run is never excused by a mistake here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
SHORTEST = 0.2  # seconds: a shorter run is not measured (the counters move in 1/100 s ticks)


@dataclass(frozen=True)
class Host:
    """What a run did not have, as CPUs on average over the run (0.5: half a CPU, all along)."""

    cpus: int
    to_host: float  # stolen by the hypervisor
    to_others: float  # used by processes outside the run

    @property
    def given(self) -> float:
        return self.cpus - self.to_host - self.to_others

    def __str__(self) -> str:
        return (
            f"it had {self.given:.2f} of {self.cpus} CPUs: the host took {self.to_host:.2f}, "
            f"other programs {self.to_others:.2f}"
        )


@dataclass(frozen=True)
class Snapshot:
    steal: int  # clock ticks, all CPUs together
    total: int
    processes: dict[int, tuple[int, int]]  # pid -> (session, user + system ticks)


def snapshot() -> Snapshot | None:
    """The machine's CPU counters now, or None where there is no /proc/stat."""
    try:
        fields = (PROC / "stat").read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    ticks = [int(n) for n in fields[1:9]]  # user nice system idle iowait irq softirq steal
    return Snapshot(ticks[7], sum(ticks), _processes())


def _processes() -> dict[int, tuple[int, int]]:
    found = {}
    for entry in os.scandir(PROC):
        if not entry.name.isdigit():
            continue
        try:
            text = Path(entry.path, "stat").read_text()
        except OSError:  # it ended
            continue
        fields = text[text.rindex(")") + 2 :].split()  # after "pid (command) "
        found[int(entry.name)] = (int(fields[3]), int(fields[11]) + int(fields[12]))
    return found


def between(before: Snapshot | None, after: Snapshot | None, session: int) -> Host | None:
    """What the run in `session` did not have between the two snapshots (None: too short to tell)."""
    cpus = os.cpu_count() or 1
    if before is None or after is None:
        return None
    if after.total - before.total < SHORTEST * os.sysconf("SC_CLK_TCK") * cpus:
        return None
    others = sum(
        max(0, ticks - before.processes.get(pid, (sid, 0))[1])  # 0: a pid used again
        for pid, (sid, ticks) in after.processes.items()
        if sid != session
    )
    share = cpus / (after.total - before.total)  # CPUs per tick of the whole machine
    return Host(cpus, (after.steal - before.steal) * share, others * share)
