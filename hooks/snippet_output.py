"""How a snippet becomes output on a page: the one place that runs snippets.

A page shows a snippet with one fenced block holding the file's path:

    ```snippet
    snippets/threading/race_counter.py
    ```

Optional attributes on the fence line: ``args="20 1000"`` (command-line arguments),
``timeout="120"`` (seconds, default 60) and ``returncode="1"`` (the exit status the page
expects, for a program whose point is its error; its stderr is then shown too).

At build time the block becomes the file's source (included from the file, never copied into
the Markdown) and the output of running it exactly as a reader would, from the repository root:
``python snippets/<chapter>/<name>.py``, as a fresh process of the interpreter that runs MkDocs
(``sys.executable``). Each output block is titled with what produced it (implementation,
version, GIL state, CPU count, OS), asked of that interpreter itself.

A snippet that is missing, exits with an unexpected status, writes to stderr (a traceback from a
dying thread included) or outside the timeout logs a WARNING naming the file and showing its
stderr: ``mkdocs build --strict`` then fails, and ``mkdocs serve`` shows the error in the page.
Output is always put in a code block, so it is rendered as text, never as HTML.

MkDocs loads this file as a hook (``hooks:`` in ``mkdocs.yml``); the tests import
:func:`run_snippet` so that they run snippets the way the build does.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown_exec import MarkdownConverter

FENCE = "snippet"
DEFAULT_TIMEOUT = 60.0
ROOT = Path(__file__).resolve().parent.parent
"""The repository root. A build runs snippets from the directory of its mkdocs.yml."""
_site_root = ROOT

log = logging.getLogger(f"mkdocs.hooks.{FENCE}")

_PROBE = """
import json, os, platform, sys, sysconfig
print(json.dumps({
    "implementation": platform.python_implementation(),
    "version": platform.python_version(),
    "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "gil_enabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
    "cpus": os.cpu_count(),
    "system": platform.system(),
}))
"""


class SnippetError(Exception):
    """A snippet could not be shown: the message says which file and why."""


@dataclass(frozen=True)
class Interpreter:
    """What a Python interpreter says about itself."""

    implementation: str
    version: str
    free_threaded_build: bool
    gil_enabled: bool
    cpus: int
    system: str

    @property
    def version_tuple(self) -> tuple[int, int]:
        major, minor = self.version.split(".")[:2]
        return int(major), int(minor)

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


@dataclass(frozen=True)
class Run:
    """A finished run of a snippet."""

    command: list[str]
    returncode: int
    stdout: str
    stderr: str


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # No __pycache__ in snippets/: `mkdocs serve` watches it and would rebuild forever.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_snippet(
    path: str,
    args: list[str] | tuple[str, ...] = (),
    *,
    python: str = sys.executable,
    timeout: float = DEFAULT_TIMEOUT,
    root: Path = ROOT,
) -> Run:
    """Run ``python path *args`` from the repository root, as a reader would.

    Raises SnippetError if the file is missing or the run outlives `timeout`; the process
    and everything it started (worker processes) are killed then.
    """
    if not (root / path).is_file():
        raise SnippetError(f"{path}: no such snippet file (paths are relative to {root})")
    command = [python, path, *args]
    posix = os.name == "posix"
    with subprocess.Popen(
        command,
        cwd=root,
        env=_environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=posix,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if posix:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            stdout, stderr = process.communicate()
            raise SnippetError(
                f"{path}: still running after {timeout:g} s (timeout), killed.\n"
                f"stdout so far:\n{stdout}\nstderr so far:\n{stderr}"
            ) from None
    return Run(command, process.returncode, stdout, stderr)


def check(run: Run, path: str, expected_returncode: int = 0) -> None:
    """Raise SnippetError unless the run exited as expected and, if successful, kept stderr empty."""
    if run.returncode != expected_returncode:
        raise SnippetError(
            f"{path}: exited with status {run.returncode}, expected {expected_returncode}.\n"
            f"stderr:\n{run.stderr}"
        )
    if expected_returncode == 0 and run.stderr.strip():
        raise SnippetError(f"{path}: wrote to stderr (a traceback from a thread?):\n{run.stderr}")


def _code_block(language: str, text: str, title: str) -> str:
    # A fence longer than any run of backticks in the text, so the text cannot end it.
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    title = title.replace('"', "'")
    return f'{fence}{language} title="{title}"\n{text.rstrip()}\n{fence}'


def render(path: str, args: list[str], run: Run, interpreter: Interpreter, root: Path = ROOT) -> str:
    """The Markdown for one snippet: its source, then the command and its output."""
    source = (root / path).read_text(encoding="utf-8")
    command = shlex.join(["python", path, *args])
    output = run.stdout + (run.stderr if run.returncode else "")
    return "\n\n".join(
        [
            _code_block("python", source, path),
            _code_block("text", f"$ {command}\n{output}", f"Output · {interpreter.provenance}"),
        ]
    )


def _failure(path: str, message: str) -> str:
    indented = "\n".join("        " + line for line in message.splitlines())
    return f'!!! failure "{path} failed to run"\n\n    ```text\n{indented}\n    ```'


def validate(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict, md) -> bool:
    """Superfences validator: accept the attributes documented above, reject any other."""
    known = {"args", "timeout", "returncode"}
    unknown = set(inputs) - known
    if unknown:
        log.warning("snippet fence: unknown attribute(s) %s (known: %s)", sorted(unknown), sorted(known))
        return False
    options.update(inputs)
    return True


def format_fence(source: str, language: str, css_class: str, options: dict, md, **kwargs: Any) -> str:
    """Superfences formatter: run the snippet named in the block and return its HTML."""
    path = source.strip()
    args = shlex.split(options.get("args", ""))
    try:
        timeout = float(options.get("timeout", DEFAULT_TIMEOUT))
        run = run_snippet(path, args, timeout=timeout, root=_site_root)
        check(run, path, int(options.get("returncode", 0)))
        markdown = render(path, args, run, describe(), root=_site_root)
    except SnippetError as error:
        log.warning("%s", error)
        markdown = _failure(path, str(error))
    return MarkdownConverter(md, update_toc=False).convert(markdown)


def on_config(config):
    """Register the ``snippet`` fence with pymdownx.superfences."""
    global _site_root
    _site_root = Path(config.config_file_path).resolve().parent
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences.setdefault("custom_fences", []).append(
        {"name": FENCE, "class": FENCE, "validator": validate, "format": format_fence}
    )
    return config
