"""What a run did not have: the CPUs other programs and the machine's host took (sitebuild.host).
The measure may miss what others took, never count the run's own work as theirs: it excuses a
claim about two CPUs at work only when they really were gone."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sitebuild import host, verdicts
from sitebuild.claims import Claim
from sitebuild.host import Host, Snapshot
from sitebuild.interpreters import describe
from sitebuild.readings import Output
from sitebuild.runs import run_snippet

measured_here = pytest.mark.skipif(host.snapshot() is None, reason="no /proc/stat: nothing is measured")

# Two worker processes, each busy for 0.6 s of CPU time.
TWO_BUSY_WORKERS = """\
import multiprocessing, sys, time

def spin(_):
    start = time.process_time()
    while time.process_time() - start < 0.6:
        pass

if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    with context.Pool(2) as pool:
        pool.map(spin, range(2))
"""


class Machine:
    """What the whole machine was busy with while a block ran, and how much of it was the runs'
    own (their processes and everything they waited for): an upper bound on what others used."""

    def __enter__(self) -> Machine:
        self.start, self.busy, self.own = time.monotonic(), self._busy(), self._own()
        return self

    def __exit__(self, *exc) -> None:
        wall = time.monotonic() - self.start
        busy = (self._busy() - self.busy) / os.sysconf("SC_CLK_TCK")
        self.others_at_most = (busy - (self._own() - self.own)) / wall + 0.3  # slack: our own reads

    @staticmethod
    def _busy() -> int:
        """Ticks every CPU spent running anything (user, nice, system, irq, softirq, steal)."""
        fields = [int(n) for n in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        return sum(fields) - fields[3] - fields[4]  # less idle and iowait

    @staticmethod
    def _own() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return children.ru_utime + children.ru_stime


def write(root: Path, source: str) -> str:
    (root / "snippets").mkdir()
    (root / "snippets" / "program.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return "snippets/program.py"


@measured_here
@pytest.mark.parametrize("method", describe().start_methods)
def test_a_run_s_own_workers_are_not_other_programs(tmp_path, method):
    with Machine() as machine:
        run = run_snippet(write(tmp_path, TWO_BUSY_WORKERS), [method], root=tmp_path)
    assert run.returncode == 0, run.stderr
    # Counted as others, the workers' 1.2 s (the forkserver's included) would exceed what the
    # machine did besides this run, whatever else runs beside the test.
    assert run.host.to_others <= machine.others_at_most, (run.host, machine.others_at_most)


# A child that keeps counting after the program ends: it is in the run's session when the run's
# second snapshot is taken (the pool workers above have ended by then, and are missed either way).
LEAVES_A_CHILD = """\
import subprocess, sys, time

spin = "import time\\nt = time.time()\\nwhile time.time() - t < 3: pass"
print(subprocess.Popen([sys.executable, "-c", spin]).pid)
time.sleep(1)
"""


@measured_here
def test_a_process_the_run_started_is_the_runs_own_even_if_it_outlives_it(tmp_path):
    with Machine() as machine:
        run = run_snippet(write(tmp_path, LEAVES_A_CHILD), root=tmp_path)
    child = Path(f"/proc/{run.stdout.strip()}/stat").read_text()
    ticks = sum(int(n) for n in child[child.rindex(")") + 2 :].split()[11:13])
    os.kill(int(run.stdout), 9)
    child_cpus = ticks / os.sysconf("SC_CLK_TCK") / (time.monotonic() - machine.start)
    assert child_cpus > 0.5, child_cpus  # it counted: counted as others, it would show
    assert run.host.to_others <= machine.others_at_most - child_cpus + 0.2, (run.host, child_cpus)


@measured_here
def test_a_busy_loop_beside_a_run_is_another_program(tmp_path):
    loop = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        with Machine() as machine:
            run = run_snippet(write(tmp_path, "import time; time.sleep(1)\n"), root=tmp_path)
    finally:
        loop.kill()
        loop.wait()
    # The loop had a CPU for most of the second: the measure sees it. It may miss some of what
    # others took (a process that starts and ends within the run), never count more (see above).
    assert run.host.to_others > 0.4, run.host
    assert run.host.to_others + run.host.to_host <= machine.others_at_most, run.host


def test_stolen_time_is_what_the_host_took():
    before = Snapshot(steal=100, total=1_000, processes={})
    after = Snapshot(steal=150, total=1_000 + 100 * (host.os.cpu_count() or 1), processes={})
    measured = host.between(before, after, session=1)
    assert measured.to_host == pytest.approx(0.5)
    assert measured.to_others == 0


@measured_here
def test_where_there_is_no_proc_nothing_is_measured(tmp_path, monkeypatch):
    program = write(tmp_path, "import time; time.sleep(0.3)\n")  # long enough to measure
    assert run_snippet(program, root=tmp_path).host is not None
    monkeypatch.setattr(host, "PROC", tmp_path / "no-proc")
    assert run_snippet(program, root=tmp_path).host is None


def test_a_host_says_what_the_run_had():
    assert str(Host(2, 0.8, 0.1)) == "it had 1.10 of 2 CPUs: the host took 0.80, other programs 0.10"


@measured_here
def test_a_run_too_short_to_tell_is_not_measured(tmp_path):
    """A hundredth of a second is one tick of the counters: a short run has too few to count."""
    assert run_snippet(write(tmp_path, "print('hello')\n"), root=tmp_path).host is None


@pytest.mark.parametrize(
    ("measured", "pauses"),
    [(Host(2, 0.1, 0.0), []), (Host(2, 0.5, 0.0), [5.0]), (None, [5.0])],
    ids=["had its CPUs", "short of CPUs", "not measured"],
)
def test_a_retry_waits_only_after_a_run_that_may_have_lacked_cpus(monkeypatch, measured, pauses):
    """A run that had its CPUs failed by chance: the next starts at once. Otherwise a busy spell may
    end: the next waits PAUSE."""
    slept = []
    monkeypatch.setattr(verdicts.time, "sleep", slept.append)
    claim = Claim("the count is above 5", "snippets/x.py", lambda output: output.number("count:") > 5)
    runs = iter([Output("count: 3", measured), Output("count: 6", measured)])
    assert verdicts.verify("python snippets/x.py", [claim], runs, pause=5.0).holds
    assert slept == pauses
