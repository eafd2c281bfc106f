"""The Markdown the fence writes around outputs: code blocks, admonitions, failure messages."""

from __future__ import annotations

import re
from html import escape

from sitebuild.interpreters import Interpreter
from sitebuild.verdicts import Verdict, needed_cpus


def fence(text: str) -> str:
    """A fence longer than any run of backticks in the text, so the text cannot end it."""
    return "`" * max(3, 1 + max(map(len, re.findall(r"`+", text)), default=0))


def code_block(text: str, title: str) -> str:
    # No copy button: you copy programs, not their output (and each button adds work at page load).
    ticks, title = fence(text), title.replace('"', "'")
    return f'{ticks}{{ .text .no-copy title="{title}" }}\n{text.rstrip()}\n{ticks}'


def admonition(kind: str, title: str, text: str) -> str:
    body = "\n".join("    " + line if line else line for line in text.splitlines())
    return f'!!! {kind} "{title}"\n\n{body}'


def failure(title: str, message: str) -> str:
    ticks = fence(message)
    return admonition("failure", title, f"{ticks}text\n{message}\n{ticks}")


def tab_title(interpreter: Interpreter | None, build: str) -> str:
    """A tab's title: the interpreter that filled it, or the build none filled."""
    if interpreter is None:
        return f"{build} build"
    return f"{interpreter.label} — {interpreter.build}"


def how_to_run(path: str, build: str, needs: tuple[int, int] | None = None) -> str:
    """What a tab says when this copy of the site was built without an interpreter for it."""
    oldest = ".".join(map(str, needs or (3, 13)))
    if build == "free-threaded":
        return (
            f"Run it with a free-threaded CPython {oldest}t or newer: `python3.15t {path}`. To build "
            "the site with this output, put one on PATH as `python3.15t` (or 3.14t, 3.13t), or point "
            "`FREE_THREADED_PYTHON` at one: `FREE_THREADED_PYTHON=/path/to/python3.15t make serve`."
        )
    if needs:
        return (
            f"This program's point needs Python {oldest}+, and none built this copy of the site. "
            f"Run it with `python{oldest} {path}` or newer. To build the site with this output, "
            f"put `python{oldest}` (or newer) on PATH, or install it with pyenv."
        )
    return f"Run it with a standard CPython build: `python3 {path}`."


def not_run(path: str, build: str, needs: tuple[int, int] | None) -> str:
    """A tab no interpreter of this build filled, and how to see its output (then the checklist)."""
    return admonition("info", "Not run for this copy of the site", how_to_run(path, build, needs)) + "\n\n"


def short_of_cpus(verdict: Verdict) -> str:
    """What a reader needs to know of an output from a machine that did not have the CPUs the page
    talks about (its host took them): the page stays true, the output says what the machine gave."""
    needed = needed_cpus(verdict.output.host)
    says = "; ".join(f"“{claim.says}”" for claim in verdict.failed)
    return admonition(
        "warning",
        "Built while the machine was busy",
        f"This program needs {needed} CPUs to itself, and none of its {verdict.runs} runs had them. "
        f"In the last one, shown below, {verdict.output.host}. So this output cannot show {says}. "
        f"Run the program on a machine with {needed} idle CPUs to see it.",
    )


def github_link(url: str, path: str) -> str:
    """The link under a snippet's source (raw HTML: nothing left to convert; add it to a str,
    not to markdown-exec's Markup, which would escape it)."""
    return (
        f'<p><a class="snippet-link" href="{escape(url)}">View <code>{escape(path)}</code> on GitHub</a></p>'
    )
