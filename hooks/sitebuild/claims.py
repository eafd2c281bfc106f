"""The claims pages make about outputs: one definition each, checked by the tests and by the build
on the very output a page embeds.

Each chapter's claims live in ``tests/<chapter>/claims.py`` as a list ``CLAIMS`` of :class:`Claim`:
the sentence the page says, the command whose output shows it, a test of that output, and the
conditions under which the page says it (a GIL build, two CPUs, Python 3.14+). The build checks every
claim about a command it shows on the output it is about to publish; ``tests/test_claims.py`` checks
every claim on the interpreter under test. Both go through :func:`verify`: when a claim does not hold,
the command runs again (a busy machine can hide two CPUs at work for a while), and the first run for
which every claim holds is the one shown. If none does, the verdict names the claims and what each
run showed.

A program that is not in its chapter's ``MOSTLY_WAITING`` needs two CPUs to itself: it times CPU-bound
work or counts what a race lost (:mod:`sitebuild.schedule`). A run that did not have them cannot show
its claims: on a shared cloud machine the hypervisor can take a CPU away for minutes
(:mod:`sitebuild.host`). When every run that contradicts such a claim was short of CPUs, the verdict
says so (``Verdict.excused``): the build shows the output under a warning that says what the machine
took, the tests skip saying the same. A run that had its CPUs and contradicts the claim is never
excused, nor is a claim about a program that mostly waits (they hold on a busy machine).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitebuild.host import Host
from sitebuild.interpreters import Interpreter
from sitebuild.readings import Output
from sitebuild.runs import ROOT

ATTEMPTS = 3
PAUSE = 5.0  # seconds before another attempt, after a run short of CPUs: a busy spell may end
NEEDS = 2  # CPUs a program that runs alone needs to itself (fewer on a machine that has fewer)
SHORT = 0.2  # a run that had this many CPUs fewer was short of them


@dataclass(frozen=True)
class Condition:
    """When a page makes a claim: ``says`` completes "claim about ...", ``test`` asks the interpreter."""

    says: str
    test: Callable[[Interpreter], bool]


GIL = Condition("GIL builds", lambda python: python.gil_enabled)
NO_GIL = Condition("free-threaded builds with the GIL off", lambda python: not python.gil_enabled)
TWO_CPUS = Condition("machines with 2+ CPUs", lambda python: python.cpus >= 2)


def since(major: int, minor: int) -> Condition:
    return Condition(f"Python {major}.{minor}+", lambda python: python.version_tuple >= (major, minor))


def before(major: int, minor: int) -> Condition:
    return Condition(f"Python before {major}.{minor}", lambda python: python.version_tuple < (major, minor))


def needed_cpus(host: Host) -> int:
    """The CPUs a program that runs alone needs to itself on that machine."""
    return min(NEEDS, host.cpus)


def had_its_cpus(host: Host | None) -> bool:
    """Whether a run had the CPUs a program that runs alone needs (unmeasured: assume so)."""
    return host is None or host.given >= needed_cpus(host) - SHORT


@dataclass(frozen=True)
class Claim:
    """A sentence a page says about an output, and how to tell from the output whether it holds."""

    says: str
    snippet: str
    holds: Callable[[Output], bool]
    shows: tuple[str, ...] = ()  # labels of the output lines that show it; none: the whole output
    args: tuple[str, ...] = ()
    when: tuple[Condition, ...] = ()
    alone: bool = False  # its program needs two CPUs to itself (not in MOSTLY_WAITING): see above

    def applies(self, python: Interpreter) -> bool:
        return all(condition.test(python) for condition in self.when)

    def short_of_cpus(self, output: Output) -> bool:
        """Whether the run that printed `output` had too few CPUs to show it (sitebuild.host)."""
        return self.alone and not had_its_cpus(output.host)

    def check(self, output: Output) -> bool:
        """Whether it holds; an output it cannot read (a missing line) does not show it."""
        return self.examine(output).holds

    def examine(self, output: Output) -> Finding:
        """Whether it holds, and what it read to tell (sitebuild.readings)."""
        noting = output.noting()
        try:
            holds = bool(self.holds(noting))
        except (LookupError, ValueError, TypeError, ZeroDivisionError) as error:
            holds = False
            noting.notes.append(f"cannot read it: {str(error).splitlines()[0]}")
        notes = list(dict.fromkeys(noting.notes))  # the same comparison once
        if not notes:  # a test that reads no value through Output's readers: quote its lines
            notes = [line for label in self.shows for line in output.lines(label)]
        return Finding(self, holds, tuple(notes))

    def unless(self, python: Interpreter) -> str:
        """Why the page does not make this claim about that interpreter's output ("" if it does)."""
        missing = [condition.says for condition in self.when if not condition.test(python)]
        return f"a claim about {' and '.join(missing)}" if missing else ""

    def evidence(self, output: Output) -> str:
        lines = [line for label in self.shows for line in output.lines(label)]
        text = "; ".join(lines) if self.shows else output.text.strip()
        return text if len(text) <= 400 else text[:400] + " …"

    def __str__(self) -> str:
        return f"{self.snippet} {' '.join(self.args)}: {self.says}".replace("  ", " ")


@dataclass(frozen=True)
class Finding:
    """A claim checked on one output: whether it holds, and the values it read (with their bounds)."""

    claim: Claim
    holds: bool
    notes: tuple[str, ...]


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
        refuted.update(claim for claim in failed if not claim.short_of_cpus(output))
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


def _chapters(root: Path) -> Iterator:
    """Each chapter's tests/<chapter>/claims.py, imported afresh (``mkdocs serve`` picks up edits)."""
    for file in sorted((root / "tests").glob("*/claims.py")):
        spec = importlib.util.spec_from_file_location(f"claims_of_{file.parent.name}", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module


def load(root: Path = ROOT) -> list[Claim]:
    """Every chapter's CLAIMS, each marked `alone` unless a chapter lists its program in
    MOSTLY_WAITING."""
    modules = list(_chapters(root))
    waiting = {path for module in modules for path in getattr(module, "MOSTLY_WAITING", ())}
    return [
        dataclasses.replace(claim, alone=claim.snippet not in waiting)
        for module in modules
        for claim in module.CLAIMS
    ]


def mostly_waiting(root: Path = ROOT) -> set[str]:
    """The programs chapters list in MOSTLY_WAITING: their claims hold with every CPU busy, so
    the build runs them side by side (:mod:`sitebuild.schedule`)."""
    return {path for module in _chapters(root) for path in getattr(module, "MOSTLY_WAITING", ())}


@functools.cache
def all_claims() -> tuple[Claim, ...]:
    """The repository's claims, loaded once (for the tests)."""
    return tuple(load())


def named(says: str) -> Claim:
    """The claim whose sentence starts with `says` (tests use it to show that a claim can fail)."""
    found = [claim for claim in all_claims() if claim.says.startswith(says)]
    assert len(found) == 1, f"{len(found)} claims start with {says!r}"
    return found[0]


def of_command(claims: list[Claim], path: str, args: list[str]) -> list[Claim]:
    """The claims pages make about ``python path args``, on any interpreter."""
    return [c for c in claims if c.snippet == path and list(c.args) == list(args)]


def about(claims: list[Claim], path: str, args: list[str], python: Interpreter) -> list[Claim]:
    """The claims a page makes about ``python path args`` on that interpreter."""
    return [c for c in of_command(claims, path, args) if c.applies(python)]
