"""The ``snippet`` fence, built on markdown-exec's public API.

A page shows a snippet with one block holding the file's path::

    ```snippet
    snippets/threading/race_counter.py
    ```

markdown-exec places the source, renders errors and logs the warning that fails ``--strict``. This
module adds what only this site does: it runs the file as a fresh process of a chosen interpreter
(:mod:`sitebuild.runs`), titles each output with what produced it, shows one tab per build, draws
charts, and checks the output against the pages' claims (:mod:`sitebuild.claims`) before showing
it. Options: :mod:`sitebuild.options`. Nothing fails silently: a bad option, a missing or failing
snippet, a claim that no run shows, or an exception here logs a WARNING naming the page and the
file, and puts the message in the page, where ``mkdocs serve`` shows it. One contradiction is not a
failure: when every run that contradicts a claim was short of the CPUs its program needs to itself
(the machine's host or other programs took them, :mod:`sitebuild.claims`), the page shows the output
under a warning that says what the machine gave.
"""

from __future__ import annotations

import logging
import shlex
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_exec import ExecutionError, MarkdownConverter, base_format, tabbed

from sitebuild import charts, claims, markup, schedule
from sitebuild.cache import RunCache
from sitebuild.charts import run_plot, svg_figure
from sitebuild.checklist import checklist, not_argued
from sitebuild.interpreters import describe, how_to_run, interpreters_by_build, tab_pythons, tab_title
from sitebuild.options import FenceError, Options
from sitebuild.runs import ROOT, SnippetError, check, outputs

NAME = schedule.NAME
log = logging.getLogger(f"mkdocs.hooks.{NAME}")


@dataclass
class Site:
    """What the fence knows about the build in progress (set by the hook's events)."""

    root: Path = ROOT
    repo_url: str = ""
    page: str = ""  # the page being rendered, to name it in messages
    claims: list[claims.Claim] = field(default_factory=list)
    cache: RunCache = field(default_factory=RunCache)
    planned: set[schedule.Run] = field(default_factory=set)  # the runs started before the pages
    side_by_side: ThreadPoolExecutor | None = None  # running the programs that mostly wait


site = Site()


def format_fence(source: str, language: str, css_class: str, options: dict, md, **kwargs: Any) -> str:
    """Superfences formatter: the snippet's source and output, or a message saying what is wrong."""
    path = source.strip()
    where = f"{site.page}: {path}" if site.page else path
    try:
        opts: Options | None = options.get("snippet")
        if "error" not in options and opts.plot and not (site.root / opts.plot).is_file():
            options["error"] = f'plot="{opts.plot}": no such plotting program'
        if "error" in options:
            raise FenceError(f"{where}: bad {NAME} fence: {options['error']}")
        file = site.root / path
        if not file.is_file():
            raise FenceError(f"{where}: no such snippet file (paths are relative to {site.root})")

        def run(code: str, **_: Any) -> str:
            try:
                return _outputs(path, opts, options["returncode"], md) if opts.run else ""
            except SnippetError as error:
                raise ExecutionError(
                    markup.failure(f"{path} failed to run", f"{site.page}: {error}")
                ) from None

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
            returncode=options["returncode"],
            extra={"title": path, **options["extra"]},
        )
        if site.repo_url and options["source"]:
            link = f"[View `{path}` on GitHub]({site.repo_url}/blob/main/{path}){{ .snippet-link }}"
            html += MarkdownConverter(md, update_toc=False).convert(link)
        return html
    except Exception as error:  # noqa: BLE001 (superfences would swallow it: report it instead)
        message = str(error) if isinstance(error, FenceError) else f"{where}:\n{traceback.format_exc()}"
        log.warning("%s", message)
        failure = markup.failure(f"{path} cannot be shown", message)
        return MarkdownConverter(md, update_toc=False).convert(failure)


def _outputs(path: str, opts: Options, returncode: int, md) -> str:
    """The HTML of the output(s): one block, or one tab per build."""
    every = claims.of_command(site.claims, path, list(opts.args))
    command = shlex.join(["python", path, *opts.args])
    if opts.argued and not every:
        raise FenceError(
            f"{site.page}: no claim in tests/{Path(path).parent.name}/claims.py is about `{command}`: "
            "add the sentences the page says about its output there, or mark the fence "
            'claims="none" if the page does not argue from it'
        )
    if not opts.argued and every:
        raise FenceError(f'{site.page}: {command}: claims="none", but {len(every)} claim(s) are about it')
    stash: dict[str, str] = {}
    shown = [
        (build, python, _output(path, opts, returncode, python, stash) if python else "")
        for build, python in tab_pythons(opts.builds, opts.needs, interpreters_by_build())
    ]
    blocks = [
        markdown
        or markup.admonition("info", "Not run for this copy of the site", how_to_run(path, build, opts.needs))
        + "\n\n"
        + _stashed(stash, checklist([], [(claim, "not run on this copy of the site") for claim in every]))
        for build, python, markdown in shown
    ]
    if opts.builds:
        markdown = tabbed(
            *((tab_title(python, build), block) for (build, python, _), block in zip(shown, blocks))
        )
    else:
        markdown = blocks[0]
    return MarkdownConverter(md, update_toc=False).convert(markdown, stash=stash)


def _stashed(stash: dict[str, str], html: str) -> str:
    """A placeholder for `html`, which MarkdownConverter puts back after converting the Markdown
    around it (raw HTML would not survive indentation in tabs and admonitions)."""
    key = f"snippet-html-{uuid.uuid4().hex}"
    stash[f'<div class="{key}"></div>'] = html
    return f'<div class="{key}"></div>'


def start(runs: list[schedule.Run], mostly_waiting: set[str]) -> None:
    """Run what the pages will show before they ask: first, one at a time, every program whose
    output needs the CPUs to itself; then, in the background while the pages render, the programs
    that mostly wait, side by side (see :mod:`sitebuild.schedule`)."""
    finish()
    site.planned = set(runs)
    for run in runs:
        if run.path not in mostly_waiting:
            _quietly(run)
    site.side_by_side = ThreadPoolExecutor(schedule.SIDE_BY_SIDE, thread_name_prefix="snippet")
    charts.warm_up(site.side_by_side)
    for run in runs:
        if run.path in mostly_waiting:
            site.side_by_side.submit(_quietly, run)


def finish() -> None:
    """Wait for the runs started in the background (a build ends, or a run needs the CPUs)."""
    if site.side_by_side is not None:
        site.side_by_side.shutdown(wait=True)
        site.side_by_side = None


def _quietly(run: schedule.Run) -> None:
    """A run ahead of its page: a failure is reported by the fence that shows it, naming the page."""
    try:
        _verdict(run)
    except Exception:  # noqa: BLE001, S110 (kept in the cache: the fence raises it again)
        pass


def _verdict(run: schedule.Run) -> claims.Verdict:
    """The output of `run` that agrees with the pages' claims about it (or the verdict against it)."""
    command = shlex.join(["python", run.path, *run.args])
    checked = claims.about(site.claims, run.path, list(run.args), describe(run.python))

    def verify() -> claims.Verdict:
        runs = outputs(
            run.path,
            run.args,
            python=run.python,
            timeout=run.timeout,
            root=site.root,
            returncode=run.returncode,
        )
        return claims.verify(command, checked, runs)

    key = (run.python, run.path, run.args, run.returncode)
    return site.cache.get(key, site.root / run.path, "", verify)


def _output(path: str, opts: Options, returncode: int, python: str, stash: dict[str, str]) -> str:
    """The Markdown for one interpreter's output, checked against the page's claims, with the list
    of what was checked on it under it (:mod:`sitebuild.checklist`)."""
    interpreter = describe(python)
    command = shlex.join(["python", path, *opts.args])
    run = schedule.Run(python, path, opts.args, returncode, opts.timeout)
    if run not in site.planned:
        log.warning(
            "%s: %s was not found before the pages were rendered (write the fence as in "
            "hooks/sitebuild/schedule.py): it runs now, alone, after the programs that mostly wait",
            site.page,
            command,
        )
        finish()
    verdict = _verdict(run)
    if verdict.holds and verdict.runs > 1:
        retried = "; ".join(verdict.retried)
        log.info(
            "%s: %s agreed with its claims on run %d; set aside: %s",
            site.page,
            command,
            verdict.runs,
            retried,
        )
    contradiction = ""
    if verdict.excused:
        log.info("%s: %s", site.page, verdict.message(interpreter))
        contradiction = _short_of_cpus(verdict) + "\n\n"
    elif not verdict.holds:
        log.warning("%s: %s", site.page, verdict.message(interpreter))
        contradiction = (
            markup.failure("This output contradicts the page", verdict.message(interpreter)) + "\n\n"
        )
    checks = "\n\n" + _stashed(stash, _checklist(path, opts, verdict, interpreter))
    caption = f"Output · {interpreter.provenance}"
    if not opts.chart and not opts.plot:
        return contradiction + markup.code_block(f"$ {command}\n{verdict.output.text}", caption) + checks
    svg = verdict.output.text
    if opts.plot:  # the snippet's output, drawn by a plotting program on the building interpreter
        command += " | " + shlex.join(["python", opts.plot])
        plot = lambda: run_plot(opts.plot, svg, root=site.root)  # noqa: E731
        plotted = site.cache.get(("plot", opts.plot), site.root / opts.plot, svg, plot)
        check(plotted, opts.plot)
        svg = plotted.stdout
    prefix = f"snippet-chart-{uuid.uuid4().hex}"
    return contradiction + _stashed(stash, svg_figure(svg, f"{caption} · $ {command}", prefix)) + checks


def _checklist(path: str, opts: Options, verdict: claims.Verdict, interpreter) -> str:
    """What the build checked on this output, and which of the page's claims it did not, and why."""
    if not opts.argued:
        return not_argued()
    excused = set(verdict.failed) if verdict.excused else set()
    shown = [finding for finding in verdict.findings if finding.claim not in excused]
    unchecked = [(claim, f"not shown: {verdict.output.host}") for claim in excused]
    unchecked += [
        (claim, claim.unless(interpreter))
        for claim in claims.of_command(site.claims, path, list(opts.args))
        if not claim.applies(interpreter)
    ]
    return checklist(shown, unchecked)


def _short_of_cpus(verdict: claims.Verdict) -> str:
    """What a reader needs to know of an output from a machine that did not have the CPUs the page
    talks about (its host took them): the page stays true, the output says what the machine gave."""
    needed = claims.needed_cpus(verdict.output.host)
    says = "; ".join(f"“{claim.says}”" for claim in verdict.failed)
    return markup.admonition(
        "warning",
        "Built while the machine was busy",
        f"This program needs {needed} CPUs to itself, and none of its {verdict.runs} runs had them. "
        f"In the last one, shown below, {verdict.output.host}. So this output cannot show {says}. "
        f"Run the program on a machine with {needed} idle CPUs to see it.",
    )
