"""Checks that fail the build on a page that renders wrong, whatever caused it.

- Front matter that does not parse as YAML would be rendered as text (a rule and an ``<h2>``); a page
  without a ``description`` of its own falls back to the site's.
- Markdown syntax that reaches the HTML unprocessed (an include that did not expand, an admonition or
  tab with a broken indent, an attribute list that did not attach) shows as text.
"""

from __future__ import annotations

import html
import re

import yaml

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.DOTALL)
INCLUDE = re.compile(r"--8\s*<\s*--")  # never meant to reach a page, not even in a code block
UNPROCESSED = {
    "an admonition (!!!) or collapsible block (???) that did not render": re.compile(
        r"^\s*(?:!!!|\?\?\?\+?)\s*\w", re.M
    ),
    'a content tab (=== "…") that did not render': re.compile(r'^\s*===\s*"', re.M),
    "an attribute list ({ .class }) that did not attach": re.compile(r"\{\s*[.#][\w-]+[^}]*\}"),
    "a front-matter line rendered as text": re.compile(r"^\s*(?:description|title|hide):\s", re.M),
}


def front_matter_problems(markdown: str) -> list[str]:
    """What is wrong with a page's front matter (it must parse and give a description)."""
    found = FRONT_MATTER.match(markdown)
    if not found:
        return ["no front matter (--- … ---) with a description"]
    try:
        meta = yaml.safe_load(found.group(1))
    except yaml.YAMLError as error:
        return [f"front matter is not valid YAML (quote values that contain ': '): {error}"]
    if not isinstance(meta, dict) or not isinstance(meta.get("description"), str):
        return ["front matter has no description (a sentence of its own, for search engines)"]
    return []


def visible_text(page_html: str) -> str:
    """The text a reader sees, outside code blocks and scripts (where syntax is shown on purpose)."""
    page_html = re.sub(r"<(pre|code|script|style|svg)\b.*?</\1>", "", page_html, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "\n", page_html))


def unprocessed_markdown(page_html: str) -> list[str]:
    """Markdown syntax that reached the page as text, each with the line that shows it."""
    text = visible_text(page_html)
    problems = []
    if INCLUDE.search(html.unescape(re.sub(r"<[^>]+>", "", page_html))):
        problems.append("an include (--8<--) that did not expand, or that a formatter rewrote")
    for what, pattern in UNPROCESSED.items():
        found = pattern.search(text)
        if found:
            line = text[text.rfind("\n", 0, found.start()) + 1 : text.find("\n", found.end())]
            problems.append(f"{what}: {line.strip()[:120]!r}")
    return problems
