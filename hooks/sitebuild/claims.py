"""The language of claims: what a page says about an output, and when it says it.

Each chapter's claims live in ``tests/<chapter>/claims.py`` as a list ``CLAIMS`` of :class:`Claim`:
the sentence the page says, the command whose output shows it, a test of that output, and the
conditions under which the page says it (a GIL build, two CPUs, Python 3.14+). The build checks each
claim on the very output a page embeds, and the tests check it on the interpreter under test, both
through :func:`sitebuild.verdicts.verify`; :mod:`sitebuild.chapters` loads the chapters' lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sitebuild.interpreters import Interpreter
from sitebuild.readings import Output


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


@dataclass(frozen=True)
class Claim:
    """A sentence a page says about an output, and how to tell from the output whether it holds."""

    says: str
    snippet: str
    holds: Callable[[Output], bool]
    shows: tuple[str, ...] = ()  # labels of the output lines that show it; none: the whole output
    args: tuple[str, ...] = ()
    when: tuple[Condition, ...] = ()
    alone: bool = False  # its program needs the CPUs to itself (sitebuild.plan, sitebuild.verdicts)

    def applies(self, python: Interpreter) -> bool:
        return all(condition.test(python) for condition in self.when)

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


def of_command(claims: list[Claim], path: str, args: list[str] | tuple[str, ...]) -> list[Claim]:
    """The claims pages make about ``python path args``, on any interpreter."""
    return [c for c in claims if c.snippet == path and list(c.args) == list(args)]


def about(claims: list[Claim], path: str, args, python: Interpreter) -> list[Claim]:
    """The claims a page makes about ``python path args`` on that interpreter."""
    return [c for c in of_command(claims, path, args) if c.applies(python)]
