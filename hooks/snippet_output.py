"""How a snippet becomes output on a page: the one place that runs snippets.

A page shows a snippet with one fenced block holding the file's path:

    ```snippet
    snippets/threading/race_counter.py
    ```

Optional attributes on the fence line: ``args="20 1000"`` (command-line arguments),
``timeout="120"`` (seconds, default 60), ``returncode="1"`` (the exit status the page
expects, for a program whose point is its error; its stderr is then shown too),
``source="no"`` (output only, for a second run of a snippet already shown), ``run="no"``
(source only, for a helper module that the programs beside it import) and
``builds="GIL free-threaded"`` (one content tab of output per build, see below),
``output="svg"`` (the program prints an SVG chart, shown as a figure) and
``plot="snippets/x/plot_y.py"`` (the program's output is piped into that plotting program,
which prints an SVG chart; it runs inside the building interpreter, see :func:`run_plot`).
A chart's SVG metadata description (matplotlib's ``metadata={"Description": ...}``) states
the measured finding: it becomes the figure's caption and text alternative.

Builds: the interpreter running MkDocs provides its own build's output; the environment variable
``FREE_THREADED_PYTHON`` (a path) adds a free-threaded interpreter. A tab whose build has no
interpreter says how to produce that output, never shows a made-up one.

At build time the block becomes the file's source (included from the file, never copied into
the Markdown) and the output of running it exactly as a reader would, from the repository root:
``python snippets/<chapter>/<name>.py``, as a fresh process of the interpreter that runs MkDocs
(``sys.executable``). Each output block is titled with what produced it (implementation,
version, GIL state, CPU count, OS), asked of that interpreter itself.

A snippet that is missing, exits with an unexpected status, writes to stderr (a traceback from a
dying thread included) or outlives its timeout logs a WARNING naming the file and showing its
stderr: ``mkdocs build --strict`` then fails, and ``mkdocs serve`` shows the error in the page.
Output is always put in a code block, so it is rendered as text, never as HTML.

A build runs each command once, even if a page shows its output twice. During ``mkdocs serve``
a result is reused while neither the snippet nor the neighbouring modules it imports have changed
(nor, for a plotting program, the data piped into it), so an edit reruns only the snippets it
affects; every ``mkdocs build`` runs everything.

MkDocs loads this file as a hook (``hooks:`` in ``mkdocs.yml``); the tests import
:func:`run_snippet` so that they run snippets the way the build does.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import io
import json
import logging
import os
import re
import runpy
import shlex
import signal
import subprocess
import sys
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown_exec import MarkdownConverter

FENCE = "snippet"
DEFAULT_TIMEOUT = 60.0
ROOT = Path(__file__).resolve().parent.parent
"""The repository root. A build runs snippets from the directory of its mkdocs.yml."""
_site_root = ROOT
_repo_url = ""  # the repository on GitHub, for links to each snippet file

log = logging.getLogger(f"mkdocs.hooks.{FENCE}")

_PROBE = """
import json, multiprocessing, os, platform, sys, sysconfig
print(json.dumps({
    "implementation": platform.python_implementation(),
    "version": platform.python_version(),
    "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "gil_enabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
    "cpus": os.cpu_count(),
    "system": platform.system(),
    "start_methods": multiprocessing.get_all_start_methods(),
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
    start_methods: list[str]

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


def run_plot(path: str, stdin: str, *, root: Path = ROOT) -> Run:
    """``python path < stdin`` for a plotting program, run inside this process: the same file and
    result, but matplotlib is imported once per build instead of once per chart (0.8 s each).

    As in a fresh process: from the root, with the program's folder first on sys.path, its
    neighbour modules imported afresh, no bytecode written (``mkdocs serve`` watches snippets/),
    and matplotlib's settings back to their defaults afterwards. There is no timeout.
    """
    file = root / path
    if not file.is_file():
        raise SnippetError(f"{path}: no such snippet file (paths are relative to {root})")
    stdout, stderr = io.StringIO(), io.StringIO()
    saved = (sys.argv, sys.stdin, sys.path[:], sys.dont_write_bytecode, os.getcwd(), set(sys.modules))
    sys.argv, sys.stdin, sys.dont_write_bytecode = [path], io.StringIO(stdin), True
    sys.path.insert(0, str(file.parent))
    os.chdir(root)
    returncode = 0
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            runpy.run_path(str(file), run_name="__main__")
    except SystemExit as exit:
        returncode = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
        if isinstance(exit.code, str):
            stderr.write(exit.code + "\n")
    except Exception:
        returncode = 1
        stderr.write(traceback.format_exc())
    finally:
        sys.argv, sys.stdin, sys.path[:], sys.dont_write_bytecode, cwd, modules = saved
        os.chdir(cwd)
        for name in set(sys.modules) - modules:  # its neighbours, imported afresh next time
            if Path(getattr(sys.modules[name], "__file__", None) or "/").parent == file.parent:
                del sys.modules[name]
        if "matplotlib" in sys.modules:
            sys.modules["matplotlib"].rc_file_defaults()
    return Run([sys.executable, path], returncode, stdout.getvalue(), stderr.getvalue())


def check(run: Run, path: str, expected_returncode: int = 0) -> None:
    """Raise SnippetError unless the run exited as expected and, if successful, kept stderr empty."""
    if run.returncode != expected_returncode:
        raise SnippetError(
            f"{path}: exited with status {run.returncode}, expected {expected_returncode}.\n"
            f"stderr:\n{run.stderr}"
        )
    if expected_returncode == 0 and run.stderr.strip():
        raise SnippetError(f"{path}: wrote to stderr (a traceback from a thread?):\n{run.stderr}")


def _code_block(language: str, text: str, title: str, copy: bool = True) -> str:
    # A fence longer than any run of backticks in the text, so the text cannot end it.
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    title = title.replace('"', "'")
    classes = f".{language}" + ("" if copy else " .no-copy")  # Material's copy button, or none
    return f'{fence}{{ {classes} title="{title}" }}\n{text.rstrip()}\n{fence}'


def _indent(markdown: str, spaces: int = 4) -> str:
    return "\n".join(" " * spaces + line if line else line for line in markdown.splitlines())


def render_output(path: str, args: list[str], run: Run, interpreter: Interpreter) -> str:
    """The Markdown for one run: the command and its output, titled with what produced it."""
    command = shlex.join(["python", path, *args])
    output = run.stdout + (run.stderr if run.returncode else "")
    # No copy button: you copy programs, not their output (and each button adds work at page load).
    return _code_block("text", f"$ {command}\n{output}", f"Output · {interpreter.provenance}", copy=False)


def svg_figure(svg: str, caption: str, prefix: str) -> str:
    """An SVG chart made by one of our plotting programs, ready to inline in a page: theme-aware
    (black becomes the text colour, so it reads in light and dark), ids made unique on the page,
    its description (the plotting program's measured finding) as text alternative and caption."""
    start = svg.find("<svg")
    if start < 0 or re.search(r"<script|<foreignObject|\son\w+\s*=", svg, re.IGNORECASE):
        raise SnippetError(f"not an SVG chart, or one with scripts: {svg[:200]!r}")
    svg = svg[start:]
    found = re.search(r"<dc:description>(.*?)</dc:description>", svg, re.DOTALL)
    description = html.escape(html.unescape(found.group(1).strip()) if found else "")
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = re.sub(r'id="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(url\(#|href="#)([^")]+)', rf"\1{prefix}-\2", svg)
    svg = svg.replace("#000000", "currentColor")
    # matplotlib's <style>*{...}</style> would apply to every element of the page (and make the
    # browser restyle all of them): the same inherited properties, set on the chart alone.
    found = re.search(r"<style[^>]*>\s*\*\s*\{([^}]*)\}\s*</style>", svg)
    if found:
        properties = re.findall(r"([\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)", found.group(1))
        attributes = "".join(f' {name}="{value}"' for name, value in properties)
        svg = svg.replace(found.group(0), "").replace("<svg", f"<svg{attributes}", 1)
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    svg = svg.replace("<svg", f'<svg role="img" aria-label="{description}"', 1)
    return (
        f'<figure class="snippet-chart">{svg}<figcaption>{description}<br>'
        f"<small>{html.escape(caption)}</small></figcaption></figure>"
    )


def render_missing(path: str, build: str) -> str:
    """What a tab says when this copy of the site was built without an interpreter of that build."""
    if build == "free-threaded":
        how = (
            f"Run it with a free-threaded CPython (3.13t or 3.14t): `python3.14t {path}`. "
            "To build the site with this tab filled in, point `FREE_THREADED_PYTHON` at one: "
            "`FREE_THREADED_PYTHON=/path/to/python3.14t make serve`."
        )
    else:
        how = f"Run it with a standard CPython build: `python3 {path}`."
    return f'!!! info "Not run for this copy of the site"\n\n{_indent(how)}'


def tab_title(interpreter: Interpreter | None, build: str) -> str:
    if interpreter is None:
        return f"{build.capitalize()} build"
    return f"{interpreter.label} — {'free-threaded' if interpreter.free_threaded_build else 'GIL'}"


def interpreters_by_build() -> dict[str, str | None]:
    """The interpreter that shows each build's output: the one running MkDocs, and the one named by
    FREE_THREADED_PYTHON if set (a path that is not a free-threaded Python is an error)."""
    builds: dict[str, str | None] = {"GIL": None, "free-threaded": None}
    candidates = [sys.executable]
    if os.environ.get("FREE_THREADED_PYTHON"):
        extra = os.environ["FREE_THREADED_PYTHON"]
        try:
            free_threaded = describe(extra).free_threaded_build
        except (OSError, subprocess.CalledProcessError) as error:
            raise SnippetError(f"FREE_THREADED_PYTHON={extra}: cannot run it ({error})") from None
        if not free_threaded:
            raise SnippetError(f"FREE_THREADED_PYTHON={extra} is not a free-threaded build of CPython")
        candidates.append(extra)
    for python in candidates:
        build = "free-threaded" if describe(python).free_threaded_build else "GIL"
        builds[build] = builds[build] or python
    return builds


def _failure(path: str, message: str) -> str:
    indented = "\n".join("        " + line for line in message.splitlines())
    return f'!!! failure "{path} failed to run"\n\n    ```text\n{indented}\n    ```'


def validate(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict, md) -> bool:
    """Superfences validator: accept the attributes documented above, reject any other."""
    known = {"args", "timeout", "returncode", "builds", "source", "output", "plot", "run"}
    unknown = set(inputs) - known
    if unknown:
        log.warning("snippet fence: unknown attribute(s) %s (known: %s)", sorted(unknown), sorted(known))
        return False
    builds = inputs.get("builds", "GIL").split()
    if not builds or not set(builds) <= {"GIL", "free-threaded"}:
        log.warning('snippet fence: builds="%s": list "GIL" and/or "free-threaded"', inputs["builds"])
        return False
    options.update(inputs)
    return True


def format_fence(source: str, language: str, css_class: str, options: dict, md, **kwargs: Any) -> str:
    """Superfences formatter: run the snippet named in the block and return its HTML."""
    path = source.strip()
    args = shlex.split(options.get("args", ""))
    timeout = float(options.get("timeout", DEFAULT_TIMEOUT))
    returncode = int(options.get("returncode", 0))

    plot = options.get("plot")
    charts: dict[str, str] = {}

    def output(python: str) -> str:
        run = _cached_run(path, args, python, timeout)
        check(run, path, returncode)
        if not plot and options.get("output") != "svg":
            return render_output(path, args, run, describe(python))
        command = shlex.join(["python", path, *args])
        if plot:  # the snippet's output, drawn by a plotting program on the building interpreter
            command += " | " + shlex.join(["python", plot])
            run = _cached_plot(plot, run.stdout)
            check(run, plot)
        placeholder = f"snippet-chart-{uuid.uuid4().hex}"
        caption = f"Output · {describe(python).provenance} · $ {command}"
        charts[placeholder] = svg_figure(run.stdout, caption, placeholder)
        return f'<div class="{placeholder}"></div>'

    try:
        source_block = _code_block("python", (_site_root / path).read_text(encoding="utf-8"), path)
        if _repo_url:
            source_block += f"\n\n[View `{path}` on GitHub]({_repo_url}/blob/main/{path}){{ .snippet-link }}"
        if options.get("source") == "no":
            source_block = ""
        if options.get("run") == "no":  # a helper module: shown, imported by the programs around it
            markdown = source_block
        elif "builds" not in options:
            markdown = source_block + "\n\n" + output(sys.executable)
        else:
            available = interpreters_by_build()
            tabs = []
            for build in options["builds"].split():
                python = available[build]
                interpreter = describe(python) if python else None
                body = output(python) if python else render_missing(path, build)
                tabs.append(f'=== "{tab_title(interpreter, build)}"\n\n{_indent(body)}')
            markdown = source_block + "\n\n" + "\n\n".join(tabs)
    except FileNotFoundError:
        log.warning("%s: no such snippet file (paths are relative to %s)", path, _site_root)
        markdown = _failure(path, f"{path}: no such snippet file")
    except SnippetError as error:
        log.warning("%s", error)
        markdown = _failure(path, str(error))
    stash = {f'<div class="{key}"></div>': figure for key, figure in charts.items()}
    return MarkdownConverter(md, update_toc=False).convert(markdown, stash=stash)


_serving = False
_cache: dict[tuple, Run] = {}


def _cached_run(path: str, args: list[str], python: str, timeout: float) -> Run:
    """run_snippet(), once per command and build (a page may show one output twice), and during
    `mkdocs serve` across rebuilds while neither the snippet nor a module beside it that it imports
    has changed. Every `mkdocs build` starts with an empty cache, so it runs everything."""
    return _cached(
        (python, path, tuple(args)),
        path,
        "",
        lambda: run_snippet(path, args, python=python, timeout=timeout, root=_site_root),
    )


def _cached_plot(plot: str, data: str) -> Run:
    """run_plot(), cached like _cached_run(), and run again when its data changes too."""
    return _cached(("plot", plot), plot, data, lambda: run_plot(plot, data, root=_site_root))


def _cached(key: tuple, path: str, data: str, run: Callable[[], Run]) -> Run:
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in _sources(_site_root / path)))
    digest.update(data.encode())
    key = (*key, digest.hexdigest())
    if key not in _cache:
        _cache[key] = run()
    return _cache[key]


def _sources(file: Path, seen: frozenset = frozenset()) -> list[Path]:
    """The file and the modules beside it that it imports, directly or not."""
    found = [file]
    for name in re.findall(r"^(?:from|import) (\w+)", file.read_text(encoding="utf-8"), re.MULTILINE):
        neighbour = file.with_name(f"{name}.py")
        if neighbour.is_file() and neighbour not in seen | {file}:
            found += _sources(neighbour, seen | {file})
    return sorted(set(found))


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config) -> None:
    if not _serving:
        _cache.clear()


def on_config(config):
    """Register the ``snippet`` fence with pymdownx.superfences."""
    global _site_root, _repo_url
    _site_root = Path(config.config_file_path).resolve().parent
    _repo_url = (config.repo_url or "").rstrip("/")
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences.setdefault("custom_fences", []).append(
        {"name": FENCE, "class": FENCE, "validator": validate, "format": format_fence}
    )
    return config
