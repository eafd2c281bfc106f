"""MkDocs hook: the `snippet` fence (see hooks/sitebuild/fence.py) and the checks that fail a build
on a page that renders wrong (hooks/sitebuild/pages.py). This file only wires MkDocs' events.

MkDocs imports a hook once per process: `mkdocs serve` picks up edits to snippets, pages and claims,
but edits to this machinery need a restart of `mkdocs serve`.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # MkDocs loads hooks by path: make sitebuild importable

from markdown_exec import patch_loggers  # noqa: E402
from sitebuild import claims, fence, host, interpreters, options, pages, schedule  # noqa: E402

log = logging.getLogger("mkdocs.hooks.pages")
build_started: host.Snapshot | None = None


def on_startup(command: str, dirty: bool) -> None:
    fence.site.cache.keep_between_builds = command == "serve"


def on_config(config):
    """Register the fence with pymdownx.superfences, and route markdown-exec's warnings to MkDocs
    (where --strict counts them) even if its plugin is not loaded."""
    patch_loggers(lambda name: logging.getLogger(f"mkdocs.plugins.{name}"))
    fence.site.root = Path(config.config_file_path).resolve().parent
    fence.site.repo_url = (config.repo_url or "").rstrip("/")
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences.setdefault("custom_fences", []).append(
        {"name": fence.NAME, "class": fence.NAME, "validator": options.validate, "format": fence.format_fence}
    )
    return config


def on_pre_build(config) -> None:
    global build_started
    build_started = host.snapshot()
    fence.site.cache.new_build()
    fence.site.claims = claims.load(fence.site.root)
    builds = interpreters.interpreters_by_build()
    log.info(
        "outputs by build: %s",
        ", ".join(f"{b}: {p or 'none (tabs say how to run it)'}" for b, p in builds.items()),
    )


def on_files(files, config):
    """Run the snippets the pages show before rendering them (hooks/sitebuild/schedule.py)."""
    pages = [file.content_string for file in files.documentation_pages()]
    runs = schedule.runs(pages, interpreters.interpreters_by_build())
    fence.start(runs, claims.mostly_waiting(fence.site.root))
    return files


def on_post_build(config) -> None:
    fence.finish()
    taken = host.between(build_started, host.snapshot(), session=0)
    if taken is not None and taken.to_host >= 0.1:
        log.info(
            "the machine's host took %.2f of %d CPUs during this build (stolen time): the build, "
            "and the timings it shows, ran slower than on an idle machine",
            taken.to_host,
            taken.cpus,
        )


def on_build_error(error) -> None:
    fence.finish()


def on_page_markdown(markdown: str, page, config, files) -> str:
    fence.site.page = f"docs/{page.file.src_uri}"
    for problem in pages.front_matter_problems(page.file.content_string):
        log.warning("%s: %s", fence.site.page, problem)
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    for problem in pages.unprocessed_markdown(html):
        log.warning(
            "docs/%s: Markdown syntax left unprocessed, shown as text: %s", page.file.src_uri, problem
        )
    return html
