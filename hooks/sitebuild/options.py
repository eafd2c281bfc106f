"""The ``snippet`` fence's options, each value checked, on top of markdown-exec's own.

markdown-exec reads ``tabs`` and ``id``; the source block also takes ``title``, ``hl_lines`` and
``linenums``; ``source="above|below|tabbed-left|tabbed-right"`` and ``returncode`` are checked here
and handed to markdown-exec by the fence (:mod:`sitebuild.fence`). This site adds
``args="20 1000"``, ``timeout="120"`` (seconds), ``builds="GIL free-threaded"`` (one tab per build),
``output="svg"`` or ``plot="snippets/x/plot_y.py"`` (a chart), ``run="no"`` (a helper module: source
only), ``source="no"`` (output only), ``needs="3.13"`` (the program's point needs that Python: see
:meth:`sitebuild.pythons.Pythons.new_enough`) and ``claims="none"`` (the page does not argue from this
output: see :mod:`sitebuild.checklist`).
"""

from __future__ import annotations

import shlex
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import markdown_exec

from sitebuild.pythons import BUILDS
from sitebuild.runs import DEFAULT_TIMEOUT

SOURCES = ("above", "below", "tabbed-left", "tabbed-right")
HIGHLIGHT = {"title", "hl_lines", "linenums"}  # passed on to the source block
OURS = {"args", "timeout", "builds", "output", "plot", "run", "source", "returncode", "needs", "claims"}
UNSUPPORTED = {"html", "result", "session", "workdir", "width", "exec", "idprefix", "updatetoc"}


class FenceError(Exception):
    """A fence attribute is wrong: the message names it."""


@dataclass(frozen=True)
class Options:
    args: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    builds: tuple[str, ...] = ()
    chart: bool = False
    plot: str = ""
    execute: bool = True  # False: a helper module, source only (run="no")
    source: str = "above"  # where markdown-exec places the source ("": nowhere, source="no")
    returncode: int = 0  # the exit status the program is expected to end with
    needs: tuple[int, int] | None = None  # the Python the program's point needs
    argued: bool = True  # False: the page does not argue from this output (claims="none")


def _seconds(value: str) -> float:
    if not float(value) > 0:
        raise ValueError("expected a number of seconds above 0")
    return float(value)


def _builds(value: str) -> tuple[str, ...]:
    if not value.split() or not set(value.split()) <= set(BUILDS):
        raise ValueError('list "GIL" and/or "free-threaded"')
    return tuple(value.split())


def _version(value: str) -> tuple[int, int]:
    major, minor = value.split(".")  # ValueError unless "3.13"
    if major != "3" or not minor.isdigit():
        raise ValueError('expected a Python version such as "3.13"')
    return 3, int(minor)


def _one_of(*allowed: str):
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"expected {' or '.join(map(repr, allowed))}")
        return value

    return parse


def _place(value: str) -> str:
    if value not in (*SOURCES, "no", ""):
        raise ValueError(f'expected one of {list(SOURCES)} or "no"')
    return "" if value == "no" else value


def parse(inputs: Mapping[str, str]) -> tuple[Options, dict[str, str]]:
    """This site's options, each value checked, and the attributes left for markdown-exec."""

    def take(name: str, parse, default):
        if name not in inputs:
            return default
        try:
            return parse(inputs[name])
        except (ValueError, TypeError) as error:
            raise FenceError(f'{name}="{inputs[name]}": {error}') from None

    options = Options(
        args=take("args", lambda v: tuple(shlex.split(v)), ()),
        timeout=take("timeout", _seconds, DEFAULT_TIMEOUT),
        builds=take("builds", _builds, ()),
        chart=take("output", _one_of("svg"), "") == "svg",
        plot=take("plot", str, ""),
        execute=take("run", _one_of("no"), "") != "no",
        source=take("source", _place, "above"),
        returncode=take("returncode", int, 0),
        needs=take("needs", _version, None),
        argued=take("claims", _one_of("none"), "") != "none",
    )
    rest = {name: value for name, value in inputs.items() if name not in OURS}
    return options, rest


def validate(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict, md) -> bool:
    """Superfences validator. Never returns False (superfences would then swallow the next block)
    and never raises (superfences would swallow that): the formatter reports options["error"]."""
    try:
        options["snippet"], theirs = parse(inputs)
        unsupported = sorted(set(theirs) & UNSUPPORTED)
        if unsupported:
            raise FenceError(f"{', '.join(unsupported)}: not supported by snippet fences")
        markdown_exec.validator(language, {**theirs, "exec": "on"}, options, attrs, md)
        unknown = sorted(set(options["extra"]) - HIGHLIGHT)
        if unknown:
            known = sorted(OURS | {"tabs", "id"} | HIGHLIGHT)
            raise FenceError(f"unknown attribute(s) {unknown} (known: {known})")
    except Exception as error:  # noqa: BLE001 (reported by the formatter, naming the page)
        options["error"] = str(error) if isinstance(error, FenceError) else traceback.format_exc()
    return True
