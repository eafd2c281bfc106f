"""Values read from an output that write down what a claim compares them with.

:meth:`sitebuild.readings.Output.noting` hands a claim an output whose readers return a
:class:`Number` or :class:`Text`: each behaves as the float or str it is (a claim cannot tell the
difference) and appends every comparison made with it to a list shared by the values read from one
output (``ratio: 1.18 > 0.85``), which the checklist under the output shows.
"""

from __future__ import annotations

import operator


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
