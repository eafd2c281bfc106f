"""The ``snippet`` fence, built on markdown-exec's public API.

A page shows a snippet with one block holding the file's path::

    ```snippet
    snippets/threading/race_counter.py
    ```

markdown-exec parses its own options (``source="above|below|tabbed-left|tabbed-right"``, ``tabs``,
``id``, ``returncode``), places the source, renders errors and logs the warning that fails
``mkdocs build --strict``. This module adds what only this site does: it runs the file as a fresh
process of a chosen interpreter (:mod:`sitebuild.runs`), titles each output with what produced it,
shows one tab per build (``builds="GIL free-threaded"``), draws charts (``output="svg"``,
``plot="snippets/x/plot_y.py"``), and checks the output against the page's claims
(:mod:`sitebuild.claims`) before showing it. Its own options: ``args="20 1000"``, ``timeout="120"``
(seconds), ``run="no"`` (a helper module: source only), ``source="no"`` (output only). The source
block also takes ``title``, ``hl_lines`` and ``linenums``.

Nothing fails silently: a bad option, a missing or failing snippet, a claim that no run shows, or an
exception in this module logs a WARNING naming the page and the file (so ``--strict`` fails) and puts
the message in the page, where ``mkdocs serve`` shows it.
"""

from __future__ import annotations

import logging
import re
import shlex
import sys
import traceback
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown_exec
from markdown_exec import ExecutionError, MarkdownConverter, base_format, tabbed

from sitebuild import claims
from sitebuild.cache import RunCache
from sitebuild.charts import run_plot, svg_figure
from sitebuild.interpreters import BUILDS, describe, how_to_run, interpreters_by_build, tab_title
from sitebuild.runs import DEFAULT_TIMEOUT, ROOT, SnippetError, check, outputs

NAME = "snippet"
SOURCES = {"above", "below", "tabbed-left", "tabbed-right", ""}
HIGHLIGHT = {"title", "hl_lines", "linenums"}  # passed on to the source block
UNSUPPORTED = {"html", "result", "session", "workdir", "width", "exec", "idprefix", "updatetoc"}

log = logging.getLogger(f"mkdocs.hooks.{NAME}")


@dataclass
class Site:
    """What the fence knows about the build in progress (set by the hook's events)."""

    root: Path = ROOT
    repo_url: str = ""
    page: str = ""  # the page being rendered, to name it in messages
    claims: list[claims.Claim] = field(default_factory=list)
    cache: RunCache = field(default_factory=RunCache)


site = Site()


class FenceError(Exception):
    """A fence attribute is wrong: the message names it."""


@dataclass(frozen=True)
class Options:
    args: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    builds: tuple[str, ...] = ()
    chart: bool = False
    plot: str = ""
    run: bool = True


def _parse(inputs: dict[str, str]) -> Options:
    """Take this site's options out of `inputs`, checking each value."""

    def take(name: str, parse, default):
        if name not in inputs:
            return default
        value = inputs.pop(name)
        try:
            return parse(value)
        except (ValueError, TypeError) as error:
            raise FenceError(f'{name}="{value}": {error}') from None

    def positive(value: str) -> float:
        if not float(value) > 0:
            raise ValueError("expected a number of seconds above 0")
        return float(value)

    def builds(value: str) -> tuple[str, ...]:
        if not value.split() or not set(value.split()) <= set(BUILDS):
            raise ValueError('list "GIL" and/or "free-threaded"')
        return tuple(value.split())

    def one_of(*allowed: str):
        def parse(value: str) -> str:
            if value not in allowed:
                raise ValueError(f"expected {' or '.join(map(repr, allowed))}")
            return value

        return parse

    def plot(value: str) -> str:
        if not (site.root / value).is_file():
            raise ValueError("no such plotting program")
        return value

    take("returncode", int, 0)  # checked here for a clear message; markdown-exec reads it
    return Options(
        args=take("args", lambda v: tuple(shlex.split(v)), ()),
        timeout=take("timeout", positive, DEFAULT_TIMEOUT),
        builds=take("builds", builds, ()),
        chart=take("output", one_of("svg"), "") == "svg",
        plot=take("plot", plot, ""),
        run=take("run", one_of("no"), "") != "no",
    )


def validate(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict, md) -> bool:
    """Superfences validator. Never returns False (superfences would then swallow the next block)
    and never raises (superfences would swallow that): a bad option is reported by the formatter."""
    try:
        returncode = inputs.get("returncode", "0")
        options["snippet"] = _parse(inputs)
        inputs["returncode"] = returncode
        unsupported = sorted(set(inputs) & UNSUPPORTED)
        if unsupported:
            raise FenceError(f"{', '.join(unsupported)}: not supported by {NAME} fences")
        source = inputs.pop("source", "above")
        source = "" if source == "no" else source
        if source not in SOURCES:
            raise FenceError(f'source="{source}": expected one of {sorted(SOURCES - {""})} or "no"')
        inputs["exec"] = "on"
        markdown_exec.validator(language, inputs, options, attrs, md)
        options["source"] = source
        unknown = sorted(set(options["extra"]) - HIGHLIGHT)
        if unknown:
            known = sorted(
                {"args", "timeout", "builds", "output", "plot", "run", "source", "tabs", "id"} | HIGHLIGHT
            )
            raise FenceError(f"unknown attribute(s) {unknown} (known: {known})")
    except Exception as error:  # noqa: BLE001 (reported by format_fence, naming the page)
        options["error"] = str(error) if isinstance(error, FenceError) else traceback.format_exc()
    return True


def format_fence(source: str, language: str, css_class: str, options: dict, md, **kwargs: Any) -> str:
    """Superfences formatter: the snippet's source and output, or a message saying what is wrong."""
    path = source.strip()
    where = f"{site.page}: {path}" if site.page else path
    try:
        if "error" in options:
            raise FenceError(f"{where}: bad {NAME} fence: {options['error']}")
        file = site.root / path
        if not file.is_file():
            raise FenceError(f"{where}: no such snippet file (paths are relative to {site.root})")
        opts: Options = options["snippet"]
        returncode = options["returncode"]

        def run(code: str, **_: Any) -> str:
            try:
                return _outputs(path, opts, returncode, md) if opts.run else ""
            except SnippetError as error:
                raise ExecutionError(_failure(f"{path} failed to run", f"{site.page}: {error}")) from None

        html = base_format(
            language="python",
            run=run,
            code=path,
            transform_source=lambda code: (code, file.read_text(encoding="utf-8")),
            md=md,
            html=True,
            source=options["source"],
            tabs=options["tabs"],
            id=options["id"] or where,
            returncode=returncode,
            extra={"title": path, **options["extra"]},
        )
        if site.repo_url and options["source"]:
            link = f"[View `{path}` on GitHub]({site.repo_url}/blob/main/{path}){{ .snippet-link }}"
            html += MarkdownConverter(md, update_toc=False).convert(link)
        return html
    except Exception as error:  # noqa: BLE001 (superfences would swallow it: report it instead)
        message = str(error) if isinstance(error, FenceError) else f"{where}:\n{traceback.format_exc()}"
        log.warning("%s", message)
        return MarkdownConverter(md, update_toc=False).convert(_failure(f"{path} cannot be shown", message))


def _outputs(path: str, opts: Options, returncode: int, md) -> str:
    """The HTML of the output(s): one block, or one tab per build."""
    charts: dict[str, str] = {}
    if not opts.builds:
        markdown = _output(path, opts, returncode, sys.executable, charts)
    else:
        available = interpreters_by_build()
        markdown = tabbed(
            *(
                (
                    tab_title(available[build], build),
                    _output(path, opts, returncode, available[build], charts)
                    if available[build]
                    else _admonition("info", "Not run for this copy of the site", how_to_run(path, build)),
                )
                for build in opts.builds
            )
        )
    stash = {f'<div class="{key}"></div>': figure for key, figure in charts.items()}
    return MarkdownConverter(md, update_toc=False).convert(markdown, stash=stash)


def _output(path: str, opts: Options, returncode: int, python: str, charts: dict[str, str]) -> str:
    """The Markdown for one interpreter's output, checked against the page's claims."""
    interpreter = describe(python)
    command = shlex.join(["python", path, *opts.args])
    checked = claims.about(site.claims, path, list(opts.args), interpreter)
    key = (python, path, opts.args, returncode)

    def verify() -> claims.Verdict:
        runs = outputs(
            path, opts.args, python=python, timeout=opts.timeout, root=site.root, returncode=returncode
        )
        return claims.verify(command, checked, runs)

    verdict = site.cache.get(key, site.root / path, "", verify)
    if verdict.holds and verdict.runs > 1:
        log.info(
            "%s: %s agreed with its claims on run %d; set aside: %s",
            site.page,
            command,
            verdict.runs,
            "; ".join(verdict.retried),
        )
    contradiction = ""
    if not verdict.holds:
        log.warning("%s: %s", site.page, verdict.message(interpreter))
        contradiction = _failure("This output contradicts the page", verdict.message(interpreter)) + "\n\n"
    caption = f"Output · {interpreter.provenance}"
    if not opts.chart and not opts.plot:
        return contradiction + _code_block(f"$ {command}\n{verdict.output.text}", caption)
    svg = verdict.output.text
    if opts.plot:  # the snippet's output, drawn by a plotting program on the building interpreter
        command += " | " + shlex.join(["python", opts.plot])
        plotted = site.cache.get(
            ("plot", opts.plot), site.root / opts.plot, svg, lambda: run_plot(opts.plot, svg, root=site.root)
        )
        check(plotted, opts.plot)
        svg = plotted.stdout
    placeholder = f"snippet-chart-{uuid.uuid4().hex}"
    charts[placeholder] = svg_figure(svg, f"{caption} · $ {command}", placeholder)
    return contradiction + f'<div class="{placeholder}"></div>'


def _fence(text: str) -> str:
    """A fence longer than any run of backticks in the text, so the text cannot end it."""
    return "`" * max(3, 1 + max(map(len, re.findall(r"`+", text)), default=0))


def _code_block(text: str, title: str) -> str:
    # No copy button: you copy programs, not their output (and each button adds work at page load).
    fence, title = _fence(text), title.replace('"', "'")
    return f'{fence}{{ .text .no-copy title="{title}" }}\n{text.rstrip()}\n{fence}'


def _admonition(kind: str, title: str, text: str) -> str:
    body = "\n".join("    " + line if line else line for line in text.splitlines())
    return f'!!! {kind} "{title}"\n\n{body}'


def _failure(title: str, message: str) -> str:
    fence = _fence(message)
    block = f"{fence}text\n{message}\n{fence}"
    return _admonition("failure", title, block)
