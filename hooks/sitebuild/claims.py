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

A claim about two CPUs at work (``TWO_CPUS``) cannot be shown by a run that did not have them: on a
shared cloud machine the hypervisor can take a CPU away for minutes (:mod:`sitebuild.host`). When
every run that contradicts such a claim was short of CPUs, the verdict says so (``Verdict.excused``):
the build shows the output with what the machine took, the tests skip with it. A run that had its
CPUs and still contradicts the claim is never excused.
"""

from __future__ import annotations

import functools
import importlib.util
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitebuild.host import Host
from sitebuild.interpreters import Interpreter
from sitebuild.runs import ROOT, Output

ATTEMPTS = 3
PAUSE = 5.0  # seconds between attempts: long enough for a busy spell of another process to end
SHORT = 0.2  # a run with this many CPUs fewer than a claim needs was short of CPUs


@dataclass(frozen=True)
class Condition:
    """When a page makes a claim: ``says`` completes "claim about ...", ``test`` asks the interpreter."""

    says: str
    test: Callable[[Interpreter], bool]
    cpus: int = 0  # how many CPUs a run needs to have to show the claim (sitebuild.host)


GIL = Condition("GIL builds", lambda python: python.gil_enabled)
NO_GIL = Condition("free-threaded builds with the GIL off", lambda python: not python.gil_enabled)
TWO_CPUS = Condition("machines with 2+ CPUs", lambda python: python.cpus >= 2, cpus=2)


def since(major: int, minor: int) -> Condition:
    return Condition(f"Python {major}.{minor}+", lambda python: python.version_tuple >= (major, minor))


def before(major: int, minor: int) -> Condition:
    return Condition(f"Python before {major}.{minor}", lambda python: python.version_tuple < (major, minor))


@dataclass(frozen=True)
class Claim:
    """A sentence a page says about an output, and how to tell from the output whether it holds."""

    says: str
    snippet: str
    holds: Callable[[Output], bool]
    shows: tuple[str, ...] = ()  # labels of the output lines that show it; none: the whole output
    args: tuple[str, ...] = ()
    when: tuple[Condition, ...] = ()

    def applies(self, python: Interpreter) -> bool:
        return all(condition.test(python) for condition in self.when)

    @property
    def cpus(self) -> int:
        """How many CPUs at work it is about (0: it holds on a busy machine too)."""
        return max((condition.cpus for condition in self.when), default=0)

    def short_of_cpus(self, output: Output) -> bool:
        """Whether the run that printed `output` had too few CPUs to show it (sitebuild.host)."""
        return output.host is not None and output.host.given < self.cpus - SHORT

    def check(self, output: Output) -> bool:
        """Whether it holds; an output it cannot read (a missing line) does not show it."""
        try:
            return bool(self.holds(output))
        except (LookupError, ValueError, TypeError, ZeroDivisionError):
            return False

    def evidence(self, output: Output) -> str:
        lines = [line for label in self.shows for line in output.lines(label)]
        text = "; ".join(lines) if self.shows else output.text.strip()
        return text if len(text) <= 400 else text[:400] + " …"

    def __str__(self) -> str:
        return f"{self.snippet} {' '.join(self.args)}: {self.says}".replace("  ", " ")


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
            for i, (shown, host) in enumerate(zip(evidence, self.hosts), 1):
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
    """Take runs until one shows every claim (at most `attempts`, `pause` seconds apart; by default
    ATTEMPTS and PAUSE)."""
    attempts = ATTEMPTS if attempts is None else attempts
    pause = PAUSE if pause is None else pause
    evidence: dict[Claim, list[str]] = {claim: [] for claim in claims}
    refuted: set[Claim] = set()  # contradicted by a run that had the CPUs the claim needs
    retried, hosts = [], []
    for attempt in range(1, attempts + 1):
        if attempt > 1:
            time.sleep(pause)
        output = next(runs)
        hosts.append(output.host)
        failed = [claim for claim in claims if not claim.check(output)]
        refuted.update(claim for claim in failed if not claim.short_of_cpus(output))
        for claim in claims:
            evidence[claim].append(claim.evidence(output))
        if not failed or attempt == attempts:
            break
        retried += [f"run {attempt}: {claim.says}: {evidence[claim][-1]}" for claim in failed]
    return Verdict(
        command,
        output,
        {claim: evidence[claim] for claim in failed},
        attempt,
        retried,
        hosts,
        excused=bool(failed) and not refuted.intersection(failed),
    )


def _chapters(root: Path) -> Iterator:
    """Each chapter's tests/<chapter>/claims.py, imported afresh (``mkdocs serve`` picks up edits)."""
    for file in sorted((root / "tests").glob("*/claims.py")):
        spec = importlib.util.spec_from_file_location(f"claims_of_{file.parent.name}", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module


def load(root: Path = ROOT) -> list[Claim]:
    """Every chapter's CLAIMS."""
    return [claim for module in _chapters(root) for claim in module.CLAIMS]


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


def about(claims: list[Claim], path: str, args: list[str], python: Interpreter) -> list[Claim]:
    """The claims a page makes about ``python path args`` on that interpreter."""
    return [c for c in claims if c.snippet == path and list(c.args) == list(args) and c.applies(python)]
