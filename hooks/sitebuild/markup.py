"""The Markdown the fence writes around outputs: code blocks, admonitions, failure messages."""

from __future__ import annotations

import re


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
