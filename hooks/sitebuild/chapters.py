"""The chapters' claims and registries, read from each ``tests/<chapter>/claims.py``.

A chapter's claims file defines ``CLAIMS`` (:mod:`sitebuild.claims`) and may list its programs by
property, beside the claims about them:

- ``MOSTLY_WAITING``: programs whose claims hold with every CPU busy; the build runs them side by
  side (:mod:`sitebuild.plan`), ``tests/test_mostly_waiting.py`` checks them under busy loops;
- ``TAKE_A_START_METHOD``: multiprocessing programs that take the start method as their first
  argument and print it first (``tests/test_start_methods.py``);
- ``PRESS_CTRL_C``: programs that send themselves SIGINT (``tests/test_ctrl_c_ignored.py``).

The build imports these files; they import only ``sitebuild.claims`` (and the standard library), so
the imports between ``hooks/`` and ``tests/`` run one way: tests use the build, never the reverse.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from sitebuild.claims import Claim
from sitebuild.runs import ROOT


@dataclass(frozen=True)
class Chapters:
    """Every chapter's claims (each marked `alone` unless its program mostly waits), and the
    programs each registry lists."""

    claims: tuple[Claim, ...]
    mostly_waiting: frozenset[str]
    take_a_start_method: frozenset[str]
    press_ctrl_c: frozenset[str]


def load(root: Path = ROOT) -> Chapters:
    """Import each chapter's claims file afresh (``mkdocs serve`` picks up edits)."""
    modules = []
    for file in sorted((root / "tests").glob("*/claims.py")):
        spec = importlib.util.spec_from_file_location(f"claims_of_{file.parent.name}", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)

    def listed(name: str) -> frozenset[str]:
        return frozenset(path for module in modules for path in getattr(module, name, ()))

    waiting = listed("MOSTLY_WAITING")
    claims = tuple(
        dataclasses.replace(claim, alone=claim.snippet not in waiting)
        for module in modules
        for claim in module.CLAIMS
    )
    return Chapters(claims, waiting, listed("TAKE_A_START_METHOD"), listed("PRESS_CTRL_C"))


def named(says: str) -> Claim:
    """The claim whose sentence starts with `says` (chapter tests use it instead of a copy)."""
    found = [claim for claim in load().claims if claim.says.startswith(says)]
    assert len(found) == 1, f"{len(found)} claims start with {says!r}"
    return found[0]
