"""MkDocs hook: the `snippet` fence (hooks/sitebuild/fence.py), the build that runs what it shows
(hooks/sitebuild/build.py), and the checks that fail a build on a page that renders wrong
(hooks/sitebuild/pages.py). This file only wires MkDocs' events.

MkDocs imports a hook once per process: `mkdocs serve` picks up edits to snippets, pages and claims,
but edits to this machinery need a restart of `mkdocs serve`.
"""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # MkDocs loads hooks by path: make sitebuild importable

from markdown_exec import patch_loggers  # noqa: E402
from sitebuild import fence, options, pages, plan  # noqa: E402
from sitebuild.build import Build  # noqa: E402
from sitebuild.cache import RunCache  # noqa: E402

log = logging.getLogger("mkdocs.hooks.pages")


class Hook:
    """The events' shared state: one Build per build, and the runs `mkdocs serve` reuses."""

    def __init__(self) -> None:
        self.cache = RunCache()
        self.build: Build | None = None

    def on_startup(self, command: str, dirty: bool) -> None:
        self.cache.keep_between_builds = command == "serve"

    def on_config(self, config):
        """A new Build, and the fence that renders from it registered with pymdownx.superfences;
        markdown-exec's warnings go to MkDocs (where --strict counts them), its plugin loaded or not."""
        patch_loggers(lambda name: logging.getLogger(f"mkdocs.plugins.{name}"))
        root = Path(config.config_file_path).resolve().parent
        self.build = Build(root, config.repo_url or "", self.cache)
        superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
        superfences.setdefault("custom_fences", []).append(
            {
                "name": plan.NAME,
                "class": plan.NAME,
                "validator": options.validate,
                "format": functools.partial(fence.format_fence, build=self.build),
            }
        )
        return config

    def on_pre_build(self, config) -> None:
        by_build = self.build.pythons.by_build()
        found = ", ".join(f"{b}: {p or 'none (tabs say how to run it)'}" for b, p in by_build.items())
        log.info("outputs by build: %s", found)

    def on_files(self, files, config):
        """Run the snippets the pages show before rendering them (hooks/sitebuild/plan.py)."""
        self.build.start([file.content_string for file in files.documentation_pages()])
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        self.build.page = f"docs/{page.file.src_uri}"
        for problem in pages.front_matter_problems(page.file.content_string):
            log.warning("%s: %s", self.build.page, problem)
        return markdown

    def on_page_content(self, html: str, page, config, files) -> str:
        for problem in pages.unprocessed_markdown(html):
            log.warning(
                "docs/%s: Markdown syntax left unprocessed, shown as text: %s", page.file.src_uri, problem
            )
        return html

    def on_post_build(self, config) -> None:
        self.build.end(Path(config.site_dir))

    def on_build_error(self, error) -> None:
        if self.build is not None:
            self.build.finish()


_hook = Hook()
on_startup, on_config, on_pre_build = _hook.on_startup, _hook.on_config, _hook.on_pre_build
on_files = _hook.on_files
on_page_markdown, on_page_content = _hook.on_page_markdown, _hook.on_page_content
on_post_build, on_build_error = _hook.on_post_build, _hook.on_build_error
