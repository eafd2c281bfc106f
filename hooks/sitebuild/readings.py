"""What a snippet printed, read the way claims read it.

A claim's test is plain Python over an :class:`Output` (``output.number("ratio:") > 0.85``). To show
a reader what a build checked, :meth:`Output.noting` gives the claim an output whose readers return
values that note every comparison made with them (:mod:`sitebuild.noted`). A claim written without
the readers (``output.text.splitlines()[:2] == [...]``) still works; its notes are then only the
lines it names in ``shows``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from sitebuild.host import Host
from sitebuild.noted import Number, Text

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


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
