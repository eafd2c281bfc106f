"""Run a snippet exactly as a reader would.

``python snippets/<chapter>/<name>.py [args]``, from the repository root, as a fresh process
with a timeout that kills the process and everything it started. The build and the tests both
run snippets through :func:`run_snippet`, and both read outputs through
:class:`sitebuild.readings.Output`. With ``SNIPPET_RUNS_LOG=file`` set, each run appends its
command to that file: ``SNIPPET_RUNS_LOG=/tmp/runs make test; wc -l /tmp/runs`` counts the snippet
processes a test session starts (the build inside it included).
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sitebuild import host
from sitebuild.host import Host
from sitebuild.readings import Output

DEFAULT_TIMEOUT = 60.0
ROOT = Path(__file__).resolve().parents[2]
"""The repository root. A build runs snippets from the directory of its mkdocs.yml."""


class SnippetError(Exception):
    """A snippet could not be shown: the message says which file and why."""


@dataclass(frozen=True)
class Run:
    """A finished run of a snippet."""

    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    host: Host | None = None  # what the machine did not give it (sitebuild.host)


def snippet_file(path: str, root: Path = ROOT) -> Path:
    """The file a page names, or SnippetError saying that it does not exist."""
    if not (root / path).is_file():
        raise SnippetError(f"{path}: no such snippet file (paths are relative to {root})")
    return root / path


def environment() -> dict[str, str]:
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
    snippet_file(path, root)
    command = [python, path, *args]
    if os.environ.get("SNIPPET_RUNS_LOG"):
        with open(os.environ["SNIPPET_RUNS_LOG"], "a", encoding="utf-8") as log:
            log.write(shlex.join(command) + "\n")
    posix = os.name == "posix"
    before = host.snapshot()
    with subprocess.Popen(
        command,
        cwd=root,
        env=environment(),
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
    measured = host.between(before, host.snapshot(), process.pid)
    return Run(command, process.returncode, stdout, stderr, measured)


def check(run: Run, path: str, expected_returncode: int = 0) -> None:
    """Raise SnippetError unless the run exited as expected and, if successful, kept stderr empty."""
    if run.returncode != expected_returncode:
        raise SnippetError(
            f"{path}: exited with status {run.returncode}, expected {expected_returncode}.\n"
            f"stderr:\n{run.stderr}"
        )
    if expected_returncode == 0 and run.stderr.strip():
        raise SnippetError(f"{path}: wrote to stderr (a traceback from a thread?):\n{run.stderr}")


def outputs(
    path: str,
    args: list[str] | tuple[str, ...] = (),
    *,
    python: str = sys.executable,
    timeout: float = DEFAULT_TIMEOUT,
    root: Path = ROOT,
    returncode: int = 0,
):
    """Fresh runs of a snippet, checked as the build checks them, as the Output a page would show
    (stdout, and stderr after it for a program whose point is its error)."""
    while True:
        run = run_snippet(path, args, python=python, timeout=timeout, root=root)
        check(run, path, returncode)
        yield Output(run.stdout + (run.stderr if run.returncode else ""), run.host)
