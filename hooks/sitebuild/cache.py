"""What ``mkdocs serve`` reuses between rebuilds.

A build runs each command once, even if a page shows its output twice. During ``mkdocs serve`` a
result is reused while neither the snippet nor the neighbouring modules it imports have changed
(nor, for a plotting program, the data piped into it), so an edit reruns only the snippets it
affects; every ``mkdocs build`` starts empty and runs everything.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class RunCache:
    def __init__(self) -> None:
        self.keep_between_builds = False
        self._results: dict[tuple, object] = {}

    def new_build(self) -> None:
        if not self.keep_between_builds:
            self._results.clear()

    def get(self, key: tuple, file: Path, data: str, run: Callable[[], T]) -> T:
        """run(), unless a result for `key` exists and `file`, its imports and `data` are unchanged."""
        digest = hashlib.sha256(b"".join(f.read_bytes() for f in sources(file)))
        digest.update(data.encode())
        key = (*key, digest.hexdigest())
        if key not in self._results:
            self._results[key] = run()
        return self._results[key]


def sources(file: Path, seen: frozenset = frozenset()) -> list[Path]:
    """The file and the modules beside it that it imports, directly or not."""
    found = [file]
    for name in re.findall(r"^(?:from|import) (\w+)", file.read_text(encoding="utf-8"), re.MULTILINE):
        neighbour = file.with_name(f"{name}.py")
        if neighbour.is_file() and neighbour not in seen | {file}:
            found += sources(neighbour, seen | {file})
    return sorted(set(found))
