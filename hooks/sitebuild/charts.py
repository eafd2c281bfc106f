"""Charts: plotting programs, run inside the build, and the SVG figures they print.

A plotting program (``snippets/<chapter>/plot_<name>.py``) reads a snippet's ``--json`` output on
stdin and prints an SVG chart whose metadata description states the measured finding: that becomes
the figure's caption and text alternative.
"""

from __future__ import annotations

import contextlib
import html
import io
import os
import re
import runpy
import sys
import traceback
from concurrent.futures import Executor, Future
from pathlib import Path

from sitebuild.runs import ROOT, Run, SnippetError, snippet_file


def warm_up(executor: Executor) -> Future:
    """Import matplotlib and draw a throwaway chart on `executor`, while the pages render: the
    first chart of a build would otherwise spend 2 s of rendering on it. Wait for the future it
    returns before a run_plot, so that matplotlib never runs on two threads at once."""
    return executor.submit(_draw_nothing)


def _draw_nothing() -> None:
    with contextlib.suppress(ImportError):  # then each chart fails in run_plot, saying so
        from matplotlib.figure import Figure  # noqa: PLC0415 (only builds with charts need it)

        figure = Figure()
        figure.subplots().plot([0, 1])
        figure.savefig(io.StringIO(), format="svg")


def run_plot(path: str, stdin: str, *, root: Path = ROOT) -> Run:
    """``python path < stdin`` for a plotting program, run inside this process: the same file and
    result, but matplotlib is imported once per build instead of once per chart (0.8 s each).

    As in a fresh process: from the root, with the program's folder first on sys.path, its
    neighbour modules imported afresh, no bytecode written (``mkdocs serve`` watches snippets/),
    and matplotlib's settings back to their defaults afterwards. There is no timeout.
    """
    file = snippet_file(path, root)
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
