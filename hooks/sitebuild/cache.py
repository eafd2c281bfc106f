"""What a build runs once, and what ``mkdocs serve`` reuses between rebuilds.

A build runs each command once, even if a page shows its output twice, and even if a page asks for
it while the run started ahead of the pages (:mod:`sitebuild.build`) is still going: the page
waits for that run. During ``mkdocs serve`` a result is reused while neither the snippet nor the
neighbouring modules it imports have changed (nor, for a plotting program, the data piped into
it), so an edit reruns only the snippets it affects; every ``mkdocs build`` starts empty and runs
everything. A run that raised raises again within its build, and runs again in the next.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class RunCache:
    def __init__(self) -> None:
        self.keep_between_builds = False
        self._results: dict[tuple, Future] = {}
        self._lock = threading.Lock()

    def new_build(self) -> None:
        with self._lock:
            if not self.keep_between_builds:
                self._results.clear()
            for key, result in list(self._results.items()):
                if result.done() and result.exception() is not None:
                    del self._results[key]

    def get(self, key: tuple, file: Path, data: str, run: Callable[[], T]) -> T:
        """run(), unless a result for `key` exists or is on its way and `file`, its imports and
        `data` are unchanged. Safe to call from several threads: one of them runs, the others wait."""
        digest = hashlib.sha256(b"".join(f.read_bytes() for f in sources(file)))
        digest.update(data.encode())
        key = (*key, digest.hexdigest())
        with self._lock:
            result = self._results.get(key)
            ours = result is None
            if ours:
                result = self._results[key] = Future()
        if ours:
            try:
                result.set_result(run())
            except BaseException as error:  # noqa: BLE001 (whoever waits for it raises it)
                result.set_exception(error)
        return result.result()


def sources(file: Path, seen: frozenset = frozenset()) -> list[Path]:
    """The file and the modules beside it that it imports, directly or not."""
    found = [file]
    for name in re.findall(r"^(?:from|import) (\w+)", file.read_text(encoding="utf-8"), re.MULTILINE):
        neighbour = file.with_name(f"{name}.py")
        if neighbour.is_file() and neighbour not in seen | {file}:
            found += sources(neighbour, seen | {file})
    return sorted(set(found))
