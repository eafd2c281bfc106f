"""What a snippet printed, read the way claims read it, and what a claim read from it.

A claim's test is plain Python over an :class:`Output` (``output.number("ratio:") > 0.85``). To show
a reader what a build checked, :meth:`Output.noting` gives the claim an output whose readers return
a :class:`Number` or :class:`Text` that writes down every comparison made with it
(``ratio: 1.18 > 0.85``). The values behave as the float or str they are: a claim cannot tell the
difference, and one written without the readers (``output.text.splitlines()[:2] == [...]``) still
works; its notes are then only the lines it names in ``shows``.
"""

from __future__ import annotations

import json
import operator
import re
from dataclasses import dataclass, field, replace

from sitebuild.host import Host

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def shown(value: object) -> str:
    """A value as a note shows it: numbers as printed, text quoted."""
    if isinstance(value, Number):
        return value.name
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.3g}"
    if isinstance(value, str):
        return repr(str(value) if len(value) <= 80 else value[:77] + "...")
    return repr(value)


def _compare(op, symbol: str):
    def compare(self: Number, other: object):
        result = op(float(self), float(other) if isinstance(other, Number) else other)
        if result is not NotImplemented:
            self.notes.append(f"{self.name} {symbol} {shown(other)}")
        return result

    return compare


def _arithmetic(op, symbol: str, reflected: bool = False):
    def arithmetic(self: Number, other: object):
        plain = float(other) if isinstance(other, Number) else other
        result = op(plain, float(self)) if reflected else op(float(self), plain)
        if not isinstance(result, float | int) or isinstance(result, bool):
            return result
        name = f"{shown(other)} {symbol} {self.name}" if reflected else f"{self.name} {symbol} {shown(other)}"
        return Number(result, f"({name} = {shown(float(result))})", self.notes)

    return arithmetic


class _Read:
    """A value read from an output: ``name`` says where from, ``notes`` takes what it is compared
    with (a list shared by every value read from one output)."""

    def __new__(cls, value, name: str, notes: list[str]):
        read = super().__new__(cls, value)
        read.name, read.notes = name, notes
        return read


class Number(_Read, float):
    """A number read from an output that notes its comparisons."""

    __hash__ = float.__hash__
    __lt__, __le__ = _compare(operator.lt, "<"), _compare(operator.le, "≤")
    __gt__, __ge__ = _compare(operator.gt, ">"), _compare(operator.ge, "≥")
    __eq__, __ne__ = _compare(operator.eq, "="), _compare(operator.ne, "≠")
    __add__, __radd__ = _arithmetic(operator.add, "+"), _arithmetic(operator.add, "+", True)
    __sub__, __rsub__ = _arithmetic(operator.sub, "-"), _arithmetic(operator.sub, "-", True)
    __mul__, __rmul__ = _arithmetic(operator.mul, "×"), _arithmetic(operator.mul, "×", True)
    __truediv__ = _arithmetic(operator.truediv, "/")
    __rtruediv__ = _arithmetic(operator.truediv, "/", True)


class Text(_Read, str):
    """Text read from an output that notes what was looked for in it."""

    __hash__ = str.__hash__

    def __contains__(self, part: object) -> bool:
        found = super().__contains__(part)
        self.notes.append(f"{self.name} {'has' if found else 'lacks'} {shown(part)}")
        return found

    def __eq__(self, other: object) -> bool:
        same = str(self) == (str(other) if isinstance(other, Text) else other)
        self.notes.append(f"{self.name}: {shown(self)}" + ("" if same else f", not {shown(other)}"))
        return same

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def count(self, part, *args) -> int:
        found = super().count(part, *args)
        self.notes.append(f"{self.name} has {shown(part)} {found} time(s)")
        return found

    def startswith(self, prefix, *args) -> bool:
        found = super().startswith(prefix, *args)
        self.notes.append(f"{self.name}: {shown(self)}" + ("" if found else f", not {shown(prefix)}…"))
        return found


@dataclass(frozen=True)
class Output:
    """What a snippet printed, read the way claims read it."""

    text: str
    host: Host | None = field(default=None, compare=False)  # what the run did not have (sitebuild.host)
    notes: list[str] | None = field(default=None, compare=False, repr=False)  # see noting()

    def noting(self) -> Output:
        """The same output, whose readers write down what a claim compares (in ``notes``)."""
        notes: list[str] = []
        return replace(self, text=Text(self.text, "the output", notes), notes=notes)

    def _number(self, value: str, name: str) -> float:
        return float(value) if self.notes is None else Number(float(value), name, self.notes)

    def numbers(self, label: str, nth: int = 0) -> list[float]:
        """The numbers after `label` on the nth line that starts with `label`."""
        lines = self.lines(label)
        if len(lines) <= nth:
            raise LookupError(f"no line {nth} starting with {label!r} in:\n{self.text}")
        found = NUMBER.findall(lines[nth][len(label) :].replace("_", ""))
        name = label.strip().rstrip(":") or "the line"
        name += f" (line {nth + 1})" if nth else ""
        if len(found) == 1:
            return [self._number(found[0], f"{name}: {found[0]}")]
        return [self._number(n, f"{name} #{i}: {n}") for i, n in enumerate(found, 1)]

    def number(self, label: str) -> float:
        """The first number after `label` on the first line that starts with it."""
        return self.numbers(label)[0]

    def value(self, label: str) -> str:
        """What follows `label` on the first line that starts with it, stripped."""
        lines = self.lines(label)
        if not lines:
            raise LookupError(f"no line starting with {label!r} in:\n{self.text}")
        value = lines[0][len(label) :].strip()
        return value if self.notes is None else Text(value, label.strip().rstrip(":"), self.notes)

    def words(self) -> str:
        """The output with every run of whitespace made one space (lines wrap to fit the page)."""
        words = " ".join(self.text.split())
        return words if self.notes is None else Text(words, "the output", self.notes)

    def lines(self, label: str) -> list[str]:
        """Every line that starts with `label`."""
        return [line for line in str(self.text).splitlines() if line.startswith(label)]

    def json(self):
        """The output parsed as JSON (programs run with --json print one document)."""
        return json.loads(self.text)
