"""Which Python fills which build's tab, and what each says about itself (for output titles)."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sitebuild.runs import SnippetError

_PROBE = """
import json, multiprocessing, platform, sys, sysconfig  # Python 2.7 too (history/measure.py)
print(json.dumps({
    "implementation": platform.python_implementation(),
    "version": platform.python_version(),
    "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "gil_enabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
    "cpus": multiprocessing.cpu_count(),
    "system": platform.system(),
    "start_methods": getattr(multiprocessing, "get_all_start_methods", lambda: ["fork"])(),
}))
"""
BUILDS = ("GIL", "free-threaded")
FREE_THREADED_NAMES = ("python3.15t", "python3.14t", "python3.13t")  # newest first
NEWER_NAMES = ("python3.15", "python3.14", "python3.13", "python3.12")  # newest first


@dataclass(frozen=True)
class Interpreter:
    """What a Python interpreter says about itself."""

    implementation: str
    version: str
    free_threaded_build: bool
    gil_enabled: bool
    cpus: int
    system: str
    start_methods: list[str]

    @property
    def version_tuple(self) -> tuple[int, int]:
        major, minor = self.version.split(".")[:2]
        return int(major), int(minor)

    @property
    def build(self) -> str:
        return "free-threaded" if self.free_threaded_build else "GIL"

    @property
    def label(self) -> str:
        """A short name for tabs: ``CPython 3.13t``."""
        short = ".".join(self.version.split(".")[:2])
        return f"{self.implementation} {short}{'t' if self.free_threaded_build else ''}"

    @property
    def provenance(self) -> str:
        """A one-line description for an output block's title."""
        if self.free_threaded_build:
            gil = "free-threaded build, GIL " + ("re-enabled" if self.gil_enabled else "disabled")
        else:
            gil = "GIL enabled"
        return f"{self.implementation} {self.version}, {gil}, {self.cpus} CPUs, {self.system}"


@functools.cache
def describe(python: str = sys.executable) -> Interpreter:
    """Ask `python` what it is (cached: one probe per interpreter per process)."""
    probe = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, check=True)
    return Interpreter(**json.loads(probe.stdout))


def free_threaded_python() -> str | None:
    """FREE_THREADED_PYTHON if set (empty: none), else the newest free-threaded CPython on PATH."""
    if "FREE_THREADED_PYTHON" in os.environ:
        return os.environ["FREE_THREADED_PYTHON"] or None
    return next(filter(None, map(shutil.which, FREE_THREADED_NAMES)), None)


def interpreters_by_build() -> dict[str, str | None]:
    """The interpreter that shows each build's output: the one running MkDocs, and a free-threaded
    one (see :func:`free_threaded_python`; a path that is not a free-threaded Python is an error)."""
    builds: dict[str, str | None] = dict.fromkeys(BUILDS)
    builds[describe().build] = sys.executable
    extra = free_threaded_python()
    if extra:
        try:
            free_threaded = describe(extra).free_threaded_build
        except (OSError, subprocess.CalledProcessError) as error:
            raise SnippetError(f"FREE_THREADED_PYTHON={extra}: cannot run it ({error})") from None
        if not free_threaded:
            raise SnippetError(f"FREE_THREADED_PYTHON={extra} is not a free-threaded build of CPython")
        builds["free-threaded"] = builds["free-threaded"] or extra
    return builds


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


def new_enough(python: str | None, needs: tuple[int, int] | None) -> str | None:
    """The interpreter that shows the output of a program whose point needs Python `needs`:
    `python` (the one that fills the tab) if it is that new; else, for a standard build, the newest
    CPython of that build on PATH (python3.15 ... python3.12) or pyenv's that is; else None.
    (pyenv's shims on PATH are skipped: each is a shell script, slow to start, that fails for a
    version not selected; pyenv's interpreters are found in its versions folder instead.)"""
    if python is None or needs is None or describe(python).version_tuple >= needs:
        return python
    if describe(python).free_threaded_build:
        return None
    names = [name for name in NEWER_NAMES if int(name.split(".")[1]) >= needs[1]]
    on_path = [p for p in map(shutil.which, names) if p and "pyenv/shims" not in p]  # see below
    for candidate in [*on_path, *_pyenv_pythons(needs)]:
        try:
            found = describe(candidate)
        except (OSError, subprocess.CalledProcessError):
            continue
        if found.version_tuple >= needs and not found.free_threaded_build:
            return candidate
    return None


def tab_pythons(
    builds: tuple[str, ...], needs: tuple[int, int] | None, by_build: Mapping[str, str | None]
) -> list[tuple[str, str | None]]:
    """(build, interpreter or None) for each output a fence shows: one per tab of `builds` (`by_build`
    maps a build to the interpreter that fills its tab: :func:`interpreters_by_build`), or ("", the
    builder or a newer one) for a fence without tabs. The pre-pass that plans the runs and the fence
    that shows them both ask here."""
    if not builds:
        return [("", new_enough(sys.executable, needs))]
    return [(build, new_enough(by_build.get(build), needs)) for build in builds]


def tab_title(python: str | None, build: str) -> str:
    if python is None:
        return f"{build} build"
    interpreter = describe(python)
    return f"{interpreter.label} — {interpreter.build}"


def how_to_run(path: str, build: str, needs: tuple[int, int] | None = None) -> str:
    """What a tab says when this copy of the site was built without an interpreter for it."""
    oldest = ".".join(map(str, needs or (3, 13)))
    if build == "free-threaded":
        return (
            f"Run it with a free-threaded CPython {oldest}t or newer: `python3.15t {path}`. To build "
            "the site with this output, put one on PATH as `python3.15t` (or 3.14t, 3.13t), or point "
            "`FREE_THREADED_PYTHON` at one: `FREE_THREADED_PYTHON=/path/to/python3.15t make serve`."
        )
    if needs:
        return (
            f"This program's point needs Python {oldest}+, and none built this copy of the site. "
            f"Run it with `python{oldest} {path}` or newer. To build the site with this output, "
            f"put `python{oldest}` (or newer) on PATH, or install it with pyenv."
        )
    return f"Run it with a standard CPython build: `python3 {path}`."
