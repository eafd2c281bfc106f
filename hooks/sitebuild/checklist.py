"""The "Checked on this output" list under every output: what the build verified, and what not.

Each claim the page makes about the output (:mod:`sitebuild.claims`) is listed with its sentence and
the values the build read from this very output, each with the bound it was held to
(``threads / sequential: 1.18 > 0.85``); then the claims this build did not check, and why (a claim
about another build or a newer Python, or one the machine was too busy to show). It is a
``<details>`` element: collapsed, and no script. A fence marked ``claims="none"`` shows an output the
prose does not argue from, and says so in one line instead.
"""

from __future__ import annotations

from html import escape

from sitebuild.claims import Claim, Finding
from sitebuild.interpreters import Interpreter
from sitebuild.verdicts import Verdict

NOT_ARGUED = "The page does not argue from this output: no claim is checked on it."


def _item(mark: str, label: str, says: str, notes: tuple[str, ...] = ()) -> str:
    values = "".join(f"<li><code>{escape(note)}</code></li>" for note in notes[:8])
    if len(notes) > 8:
        values += f"<li>… and {len(notes) - 8} more</li>"
    return (
        f'<li><span aria-hidden="true">{mark}</span> <span class="snippet-checks-label">{label}</span> '
        f"{escape(says)}" + (f"<ul>{values}</ul>" if values else "") + "</li>"
    )


def checklist(findings: list[Finding], unchecked: list[tuple[Claim, str]]) -> str:
    """The HTML list: `findings` checked on this output, `unchecked` claims with the reason."""
    held = sum(finding.holds for finding in findings)
    summary = f"Checked on this output: {held} of {len(findings)} claims hold"
    if unchecked:
        summary += f"; {len(unchecked)} not checked on this build"
    items = [
        _item("✓", "holds:", f.claim.says, f.notes)
        if f.holds
        else _item("✗", "fails:", f.claim.says, f.notes)
        for f in findings
    ]
    items += [_item("–", "not checked:", f"{claim.says} ({why})") for claim, why in unchecked]
    return (
        f'<details class="snippet-checks"><summary>{escape(summary)}</summary>'
        f"<ul>{''.join(items)}</ul></details>"
    )


def not_argued() -> str:
    return f'<p class="snippet-checks">{escape(NOT_ARGUED)}</p>'


def checked_on(verdict: Verdict, claims: list[Claim], interpreter: Interpreter) -> str:
    """The list under an output: each of `claims` (the page's about its command) checked on the
    verdict's output, or why not (another build or Python, or a run short of CPUs)."""
    excused = set(verdict.failed) if verdict.excused else set()
    unchecked = [(claim, f"not shown: {verdict.output.host}") for claim in excused]
    unchecked += [(claim, claim.unless(interpreter)) for claim in claims if not claim.applies(interpreter)]
    return checklist([f for f in verdict.findings if f.claim not in excused], unchecked)
