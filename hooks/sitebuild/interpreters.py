"""What a Python interpreter says about itself: version, build, CPUs (for output titles and claims)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

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


def describe(python: str = sys.executable) -> Interpreter:
    """Ask `python` what it is (a process each time: :class:`sitebuild.pythons.Pythons` remembers)."""
    probe = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, check=True)
    return Interpreter(**json.loads(probe.stdout))
