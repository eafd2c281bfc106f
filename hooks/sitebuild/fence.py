"""The ``snippet`` fence, built on markdown-exec's public API: it renders, the build runs.

A page shows a snippet with one block holding the file's path::

    ```snippet
    snippets/threading/race_counter.py
    ```

markdown-exec places the source, renders errors and logs the warning that fails ``--strict``. This
module adds what only this site does, from the verdicts the build already has
(:class:`sitebuild.build.Build`): each output titled with what produced it, one tab per build,
charts, a contradiction or a busy machine said above the output, and the list of what was checked
under it (:mod:`sitebuild.checklist`). Options: :mod:`sitebuild.options`. Nothing fails silently: a
bad option, a missing or failing snippet, a claim that no run shows, or an exception here logs a
WARNING naming the page and the file, and puts the message in the page.
"""

from __future__ import annotations

import logging
import shlex
import traceback
import uuid
from pathlib import Path
from typing import Any

from markdown_exec import ExecutionError, MarkdownConverter, base_format, tabbed

from sitebuild import markup, plan
from sitebuild.build import Build
from sitebuild.charts import svg_figure
from sitebuild.checklist import checked_on, checklist, not_argued
from sitebuild.claims import of_command
from sitebuild.options import FenceError, Options
from sitebuild.plan import Command
from sitebuild.runs import SnippetError, snippet_file

log = logging.getLogger(f"mkdocs.hooks.{plan.NAME}")


def format_fence(
    source: str, language: str, css_class: str, options: dict, md, *, build: Build, **kwargs: Any
) -> str:
    """Superfences formatter: the snippet's source and output, or a message saying what is wrong."""
    path = source.strip()
    where = f"{build.page}: {path}" if build.page else path
    try:
        opts: Options | None = options.get("snippet")
        error = options.get("error", "")
        if not error and opts.plot and not (build.root / opts.plot).is_file():
            error = f'plot="{opts.plot}": no such plotting program'
        if error:
            raise FenceError(f"{where}: bad {plan.NAME} fence: {error}")
        try:
            file = snippet_file(path, build.root)
        except SnippetError as missing:
            raise FenceError(f"{build.page}: {missing}" if build.page else str(missing)) from None

        def shown(code: str, **_: Any) -> str:
            try:
                return _outputs(build, path, opts, md) if opts.execute else ""
            except SnippetError as failed:
                message = markup.failure(f"{path} failed to run", f"{build.page}: {failed}")
                raise ExecutionError(message) from None

        html = base_format(
            language="python",
            run=shown,
            code=path,
            transform_source=lambda code: (code, file.read_text(encoding="utf-8")),
            md=md,
            html=True,
            source=opts.source,
            tabs=options["tabs"],
            id=options["id"] or where,
            returncode=opts.returncode,
            extra={"title": path, **options["extra"]},
        )
        if build.repo_url and opts.source:
            html = str(html) + markup.github_link(f"{build.repo_url}/blob/main/{path}", path)
        return html
    except Exception as error:  # noqa: BLE001 (superfences would swallow it: report it instead)
        message = str(error) if isinstance(error, FenceError) else f"{where}:\n{traceback.format_exc()}"
        log.warning("%s", message)
        failure = markup.failure(f"{path} cannot be shown", message)
        return MarkdownConverter(md, update_toc=False).convert(failure)


def _outputs(build: Build, path: str, opts: Options, md) -> str:
    """The HTML of the output(s): one block, or one tab per build (the fence's one conversion)."""
    every = of_command(build.chapters.claims, path, opts.args)
    command = shlex.join(["python", path, *opts.args])
    if opts.argued and not every:
        raise FenceError(
            f"{build.page}: no claim in tests/{Path(path).parent.name}/claims.py is about `{command}`: "
            "add the sentences the page says about its output there, or mark the fence "
            'claims="none" if the page does not argue from it'
        )
    if not opts.argued and every:
        raise FenceError(f'{build.page}: {command}: claims="none", but {len(every)} claim(s) are about it')
    stash: dict[str, str] = {}
    tabs = build.pythons.tab_pythons(opts.builds, opts.needs)
    blocks = [
        _output(build, Command(python, path, opts.args, opts.returncode, opts.timeout), opts, every, stash)
        if python
        else markup.not_run(path, name, opts.needs)
        + _stashed(stash, checklist([], [(claim, "not run on this copy of the site") for claim in every]))
        for name, python in tabs
    ]
    markdown = blocks[0]
    if opts.builds:
        titles = [markup.tab_title(python and build.pythons.describe(python), name) for name, python in tabs]
        markdown = tabbed(*zip(titles, blocks))
    return MarkdownConverter(md, update_toc=False).convert(markdown, stash=stash)


def _stashed(stash: dict[str, str], html: str) -> str:
    """A placeholder for `html`, which MarkdownConverter puts back after converting the Markdown
    around it (raw HTML would not survive indentation in tabs and admonitions)."""
    key = f"snippet-html-{uuid.uuid4().hex}"
    stash[f'<div class="{key}"></div>'] = html
    return f'<div class="{key}"></div>'


def _output(build: Build, command: Command, opts: Options, every: list, stash: dict[str, str]) -> str:
    """The Markdown for one interpreter's output, as its verdict found it, the contradiction or the
    busy machine said above it, and what was checked on it under it."""
    interpreter = build.pythons.describe(command.python)
    verdict = build.verdict(command)
    above = ""
    if verdict.excused:
        log.info("%s: %s", build.page, verdict.message(interpreter))
        above = markup.short_of_cpus(verdict) + "\n\n"
    elif not verdict.holds:
        log.warning("%s: %s", build.page, verdict.message(interpreter))
        above = markup.failure("This output contradicts the page", verdict.message(interpreter)) + "\n\n"
    checks = checked_on(verdict, every, interpreter) if opts.argued else not_argued()
    below = "\n\n" + _stashed(stash, checks)
    caption, shown = f"Output · {interpreter.provenance}", f"{command}"
    if not opts.chart and not opts.plot:
        return above + markup.code_block(f"$ {shown}\n{verdict.output.text}", caption) + below
    svg = verdict.output.text
    if opts.plot:  # the snippet's output, drawn by a plotting program on the building interpreter
        shown += " | " + shlex.join(["python", opts.plot])
        svg = build.plot(opts.plot, svg)
    figure = svg_figure(svg, f"{caption} · $ {shown}", f"snippet-chart-{uuid.uuid4().hex}")
    return above + _stashed(stash, figure) + below
