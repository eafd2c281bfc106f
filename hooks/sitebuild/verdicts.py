"""Whether the runs of a command show what the pages claim about it: retries, and what a busy
machine excuses.

When a claim does not hold, the command runs again (a busy machine can hide two CPUs at work for a
while), and the first run for which every claim holds is the one shown. If none does, the verdict
names the claims and what each run showed.

A program that runs alone (:mod:`sitebuild.plan`) needs the CPUs to itself: it times CPU-bound work
or counts what a race lost. A run that did not have them cannot show its claims: on a shared cloud
machine the hypervisor can take a CPU away for minutes (:mod:`sitebuild.host`). When every run that
contradicts such a claim was short of CPUs, the verdict says so (``Verdict.excused``): the build
shows the output under a warning that says what the machine took, the tests skip saying the same. A
run that had its CPUs and contradicts the claim is never excused, nor is a claim about a program
that mostly waits (they hold on a busy machine).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from sitebuild.claims import Claim, Finding
from sitebuild.host import Host
from sitebuild.interpreters import Interpreter
from sitebuild.readings import Output

ATTEMPTS = 3
PAUSE = 5.0  # seconds before another attempt, after a run short of CPUs: a busy spell may end
NEEDS = 2  # CPUs a program that runs alone needs to itself (fewer on a machine that has fewer)
SHORT = 0.2  # a run that had this many CPUs fewer was short of them


def needed_cpus(host: Host) -> int:
    """The CPUs a program that runs alone needs to itself on that machine."""
    return min(NEEDS, host.cpus)


def had_its_cpus(host: Host | None) -> bool:
    """Whether a run had the CPUs a program that runs alone needs (unmeasured: assume so)."""
    return host is None or host.given >= needed_cpus(host) - SHORT


def short_of_cpus(claim: Claim, output: Output) -> bool:
    """Whether the run that printed `output` had too few CPUs to show `claim`."""
    return claim.alone and not had_its_cpus(output.host)


@dataclass
class Verdict:
    """What :func:`verify` found: the output to show, and the claims that none of the runs showed."""

    command: str
    output: Output
    failed: dict[Claim, list[str]] = field(default_factory=dict)  # claim -> evidence of each run
    runs: int = 1
    retried: list[str] = field(default_factory=list)  # "run i: claim: evidence" for each run set aside
    hosts: list[Host | None] = field(default_factory=list)  # what each run did not have
    excused: bool = False  # every run that contradicts a claim was short of the CPUs it needs
    findings: list[Finding] = field(default_factory=list)  # each claim, checked on `output`

    @property
    def holds(self) -> bool:
        return not self.failed

    def message(self, python: Interpreter) -> str:
        if self.excused:
            lines = [f"{self.command}: on {python.provenance}, {self.runs} run(s) were short of CPUs:"]
        else:
            lines = [f"{self.command}: on {python.provenance}, {self.runs} run(s) contradict the page:"]
        for claim, evidence in self.failed.items():
            lines.append(f"  claim: {claim.says}")
            for i, (shown, host) in enumerate(itertools.zip_longest(evidence, self.hosts), 1):
                lines.append(f"    run {i}: {shown or '(no such line)'}" + (f" ({host})" if host else ""))
        if self.excused:
            lines.append(
                "  The claims need CPUs that the machine's host or other programs took (a shared cloud "
                "machine, see hooks/sitebuild/host.py). Build again when the machine has them."
            )
        else:
            lines.append(
                "  If the machine was busy, build again when it is idle (another process on a CPU hides "
                "parallel work). If the output is right, the page and its claim in tests/<chapter>/claims.py "
                "are wrong: change both."
            )
        return "\n".join(lines)


def verify(
    command: str,
    claims: list[Claim],
    runs: Iterator[Output],
    *,
    attempts: int | None = None,
    pause: float | None = None,
) -> Verdict:
    """Take runs until one shows every claim (at most `attempts`; by default ATTEMPTS). After a run
    that was short of CPUs, or not measured, wait `pause` seconds first (by default PAUSE); after
    one that had them, a chance failure, run again at once."""
    attempts = ATTEMPTS if attempts is None else attempts
    pause = PAUSE if pause is None else pause
    evidence: dict[Claim, list[str]] = {claim: [] for claim in claims}
    refuted: set[Claim] = set()  # contradicted by a run that had the CPUs the claim needs
    retried, hosts = [], []
    for attempt in range(1, attempts + 1):
        if attempt > 1 and not (hosts[-1] and had_its_cpus(hosts[-1])):  # see above
            time.sleep(pause)
        output = next(runs)
        hosts.append(output.host)
        findings = [claim.examine(output) for claim in claims]
        failed = [finding.claim for finding in findings if not finding.holds]
        refuted.update(claim for claim in failed if not short_of_cpus(claim, output))
        for claim in claims:
            evidence[claim].append(claim.evidence(output))
        if not failed or attempt == attempts:
            break
        had = f" ({output.host})" if output.host else ""
        retried += [f"run {attempt}: {claim.says}: {evidence[claim][-1]}{had}" for claim in failed]
    return Verdict(
        command,
        output,
        {claim: evidence[claim] for claim in failed},
        attempt,
        retried,
        hosts,
        excused=bool(failed) and not refuted.intersection(failed),
        findings=findings,
    )
