"""Which runs a build needs, found before the pages are rendered, and which may share the CPUs.

Most programs on the site mostly wait (on sleeps, locks, events, child processes, a socket), or
make claims far from their limits (a ratio of 12x where the page says over 2x, a race that loses
thousands of updates), and their claims hold however busy the machine is: a chapter lists them in
``MOSTLY_WAITING`` in ``tests/<chapter>/claims.py``, and ``tests/test_mostly_waiting.py`` checks
each of their claims with two busy loops on every CPU. The build runs those side by side while
MkDocs renders the pages. Every other program runs first, one at a time, with nothing else on the
CPUs: its page times CPU-bound work, or counts what a race lost, and another process on a CPU would
change the output.
A fence this module does not find (not written as below) still runs, alone, with a warning.

A fence is found as it is written on the pages, also indented in an admonition or a tab::

    ```snippet args="20" builds="GIL free-threaded"
    snippets/threading/race_counter.py
    ```
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from sitebuild.interpreters import tab_pythons
from sitebuild.options import validate

NAME = "snippet"
FENCE = re.compile(
    rf"^(?P<indent> *)```{NAME}(?P<attrs>[^\n]*)\n(?P=indent)(?P<path>[^\n]+)\n(?P=indent)```", re.MULTILINE
)
EXAMPLES = re.compile(r"^````.*?^````", re.MULTILINE | re.DOTALL)  # a block quoted as an example
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
SIDE_BY_SIDE = 4  # programs that mostly wait, run at once (the tests load the CPUs more)


@dataclass(frozen=True)
class Run:
    """One command a page shows: ``python path *args`` on one interpreter."""

    python: str
    path: str
    args: tuple[str, ...]
    returncode: int
    timeout: float


def blocks(markdown: str) -> Iterator[tuple[str, str]]:
    """(path, attributes) of each snippet fence in a page's Markdown."""
    for match in FENCE.finditer(EXAMPLES.sub("", markdown)):
        yield match["path"].strip(), match["attrs"]


def runs(pages: Iterable[str], pythons: Mapping[str, str | None]) -> list[Run]:
    """The runs the pages' fences need, each once, in page order; `pythons` maps a build to the
    interpreter that fills its tab. A fence the fence's own validator rejects runs nothing (the
    fence reports it)."""
    found: dict[Run, None] = {}
    for markdown in pages:
        for path, attrs in blocks(markdown):
            checked: dict = {}
            validate(NAME, dict(ATTRIBUTE.findall(attrs)), checked, {}, None)
            options = checked["snippet"] if "error" not in checked else None
            if options is None or not options.run:
                continue
            for python in filter(
                None, (python for _, python in tab_pythons(options.builds, options.needs, pythons))
            ):
                found[Run(python, path, options.args, checked["returncode"], options.timeout)] = None
    return list(found)
