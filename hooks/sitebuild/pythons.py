"""Which Python shows which output: the builder, a free-threaded CPython, or a newer one.

A fence without tabs shows the output of the interpreter running MkDocs; ``builds="GIL
free-threaded"`` shows one tab per build, the free-threaded one filled by ``FREE_THREADED_PYTHON``
or the newest ``python3.1Xt`` on PATH; ``needs="3.13"`` asks for a Python that new, found by name
(:meth:`Pythons.new_enough`). The pre-pass that plans the runs and the fence that shows them ask
the same :class:`Pythons` of one build, which asks each interpreter what it is once.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from sitebuild.interpreters import Interpreter, describe
from sitebuild.runs import SnippetError

BUILDS = ("GIL", "free-threaded")
FREE_THREADED_NAMES = ("python3.15t", "python3.14t", "python3.13t")  # newest first
NEWER_NAMES = ("python3.15", "python3.14", "python3.13", "python3.12")  # newest first


def free_threaded_python() -> str | None:
    """FREE_THREADED_PYTHON if set (empty: none), else the newest free-threaded CPython on PATH."""
    if "FREE_THREADED_PYTHON" in os.environ:
        return os.environ["FREE_THREADED_PYTHON"] or None
    return next(filter(None, map(shutil.which, FREE_THREADED_NAMES)), None)


def _pyenv_pythons(needs: tuple[int, int]) -> list[str]:
    """pyenv's CPython 3 interpreters of version `needs` or newer, newest first (told by their
    folders' names, so that only those are asked what they are)."""
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    versions = {
        path: tuple(int(n) for n in path.parents[1].name.split("."))
        for path in root.glob("3.*/bin/python")
        if re.fullmatch(r"3\.\d+\.\d+", path.parents[1].name)
    }
    found = [path for path, version in versions.items() if version[:2] >= needs]
    return [str(path) for path in sorted(found, key=versions.get, reverse=True)]


class Pythons:
    """The interpreters one build uses, each asked what it is once."""

    def __init__(self) -> None:
        self._described: dict[str, Interpreter] = {}
        self._by_build: dict[str, str | None] | None = None

    def describe(self, python: str = sys.executable) -> Interpreter:
        if python not in self._described:
            self._described[python] = describe(python)
        return self._described[python]

    def by_build(self) -> dict[str, str | None]:
        """The interpreter that fills each build's tab: the one running MkDocs, and a free-threaded
        one (:func:`free_threaded_python`; a path that is not a free-threaded Python is an error)."""
        if self._by_build is not None:
            return self._by_build
        builds: dict[str, str | None] = dict.fromkeys(BUILDS)
        builds[self.describe().build] = sys.executable
        extra = free_threaded_python()
        if extra:
            try:
                free_threaded = self.describe(extra).free_threaded_build
            except (OSError, subprocess.CalledProcessError) as error:
                raise SnippetError(f"FREE_THREADED_PYTHON={extra}: cannot run it ({error})") from None
            if not free_threaded:
                raise SnippetError(f"FREE_THREADED_PYTHON={extra} is not a free-threaded build of CPython")
            builds["free-threaded"] = builds["free-threaded"] or extra
        self._by_build = builds
        return builds

    def new_enough(self, python: str | None, needs: tuple[int, int] | None) -> str | None:
        """The interpreter that shows the output of a program whose point needs Python `needs`:
        `python` (the one that fills the tab) if it is that new; else, for a standard build, the
        newest CPython of that build on PATH (python3.15 ... python3.12) or pyenv's that is; else
        None. (pyenv's shims on PATH are skipped: each is a shell script, slow to start, that fails
        for a version not selected; pyenv's interpreters are found in its versions folder instead.)"""
        if python is None or needs is None or self.describe(python).version_tuple >= needs:
            return python
        if self.describe(python).free_threaded_build:
            return None
        names = [name for name in NEWER_NAMES if int(name.split(".")[1]) >= needs[1]]
        on_path = [p for p in map(shutil.which, names) if p and "pyenv/shims" not in p]  # see above
        for candidate in [*on_path, *_pyenv_pythons(needs)]:
            try:
                found = self.describe(candidate)
            except (OSError, subprocess.CalledProcessError):
                continue
            if found.version_tuple >= needs and not found.free_threaded_build:
                return candidate
        return None

    def tab_pythons(
        self, builds: tuple[str, ...], needs: tuple[int, int] | None
    ) -> list[tuple[str, str | None]]:
        """(build, interpreter or None) for each output a fence shows: one per tab of `builds`, or
        ("", the builder or a newer one) for a fence without tabs."""
        if not builds:
            return [("", self.new_enough(sys.executable, needs))]
        by_build = self.by_build()
        return [(build, self.new_enough(by_build.get(build), needs)) for build in builds]
