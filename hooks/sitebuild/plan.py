"""The commands a build runs, found before the pages are rendered, and which may share the CPUs.

Most programs on the site mostly wait (on sleeps, locks, events, child processes, a socket), or
make claims far from their limits (a ratio of 12x where the page says over 2x, a race that loses
thousands of updates), and their claims hold however busy the machine is: a chapter lists them in
``MOSTLY_WAITING`` (:mod:`sitebuild.chapters`), and ``tests/test_mostly_waiting.py`` checks each of
their claims with two busy loops on every CPU. The build runs those side by side while MkDocs
renders the pages. Every other program runs first, one at a time, with nothing else on the CPUs: its
page times CPU-bound work, or counts what a race lost, and another process on a CPU would change the
output. (This is the one place that rule is explained; the README and the contributing page link
here.)

Fences are found with superfences' own expressions for a fence's first line and its options, and
checked by the validator superfences calls (:func:`sitebuild.options.validate`), as written on the
pages, also indented in an admonition or a tab, never inside another fence (a quoted example)::

    ```snippet args="20" builds="GIL free-threaded"
    snippets/threading/race_counter.py
    ```
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pymdownx.superfences import RE_NESTED_FENCE_START, RE_OPTIONS

from sitebuild.options import Options, validate
from sitebuild.pythons import Pythons

NAME = "snippet"
SIDE_BY_SIDE = 4  # programs that mostly wait, run at once (the tests load the CPUs more)


@dataclass(frozen=True)
class Command:
    """One command a page shows: ``python path *args`` on one interpreter, not yet run."""

    python: str
    path: str
    args: tuple[str, ...]
    returncode: int
    timeout: float

    def __str__(self) -> str:
        return shlex.join(["python", self.path, *self.args])


@dataclass(frozen=True)
class Fence:
    """A snippet fence as a page writes it: the file's path, its attributes, what they mean."""

    path: str
    attributes: dict[str, str]
    options: Options | None  # None: the validator refused the attributes (the fence reports it)
    error: str = ""


def attributes(first_line: str) -> dict[str, str]:
    """A fence's options as superfences reads them (a key alone means key="key")."""
    start = RE_NESTED_FENCE_START.match(first_line.strip())
    found = RE_OPTIONS.finditer(start["options"] or "") if start else ()
    return {m["key"]: m["key"] if m["value"] is None else m["value"] for m in found}


def fences(markdown: str) -> Iterator[Fence]:
    """Each snippet fence of a page, in order."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        start = RE_NESTED_FENCE_START.match(lines[i].strip())
        if start is None:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == start["fence"]), len(lines))
        if start["lang"] == NAME and start["fence"].startswith("`"):
            found = attributes(lines[i])
            checked: dict = {}
            validate(NAME, dict(found), checked, {}, None)
            path = "\n".join(lines[i + 1 : end]).strip()
            yield Fence(path, found, checked.get("snippet"), checked.get("error", ""))
        i = end + 1


def commands(pages: Iterable[str], pythons: Pythons) -> list[Command]:
    """The commands the pages' fences run, each once, in page order. A fence the validator refuses
    runs nothing (the fence reports it)."""
    found: dict[Command, None] = {}
    for markdown in pages:
        for fence in fences(markdown):
            options = fence.options
            if fence.error or options is None or not options.execute:
                continue
            for _, python in pythons.tab_pythons(options.builds, options.needs):
                if python:
                    found[Command(python, fence.path, options.args, options.returncode, options.timeout)] = (
                        None
                    )
    return list(found)


def schedule(commands: list[Command], mostly_waiting: frozenset[str]) -> tuple[list[Command], list[Command]]:
    """(the commands that run alone, first, one at a time; those that run side by side): see above."""
    alone = [command for command in commands if command.path not in mostly_waiting]
    return alone, [command for command in commands if command.path in mostly_waiting]
