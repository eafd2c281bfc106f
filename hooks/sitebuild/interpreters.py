"""Which Python fills which build's tab, and what each says about itself (for output titles)."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

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


def tab_title(python: str | None, build: str) -> str:
    if python is None:
        return f"{build.capitalize()} build"
    interpreter = describe(python)
    return f"{interpreter.label} — {interpreter.build}"


def how_to_run(path: str, build: str) -> str:
    """What a tab says when this copy of the site was built without an interpreter of that build."""
    if build == "free-threaded":
        return (
            f"Run it with a free-threaded CPython (3.13t or 3.14t): `python3.14t {path}`. "
            "To build the site with this tab filled in, put one on PATH as `python3.14t` (or "
            "3.13t), or point `FREE_THREADED_PYTHON` at one: "
            "`FREE_THREADED_PYTHON=/path/to/python3.14t make serve`."
        )
    return f"Run it with a standard CPython build: `python3 {path}`."
