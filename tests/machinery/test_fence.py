"""The `snippet` fence, rendered in-process: options are checked, nothing is swallowed, and an output
that contradicts its page's claims is shown with the contradiction and fails the strict build."""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import textwrap
from pathlib import Path

import markdown
import pytest
from markdown_exec import markdown_config
from sitebuild import claims, fence, host, options, verdicts
from sitebuild.build import Build
from sitebuild.chapters import Chapters
from sitebuild.claims import Claim
from sitebuild.host import Host
from sitebuild.interpreters import describe

EXTENSIONS = ["pymdownx.superfences", "pymdownx.highlight", "admonition", "pymdownx.tabbed", "attr_list"]


@pytest.fixture
def render(tmp_path: Path, monkeypatch, caplog):
    """render(page, claims=[...]) -> (html, warnings): the page through superfences with our fence,
    rendering from a Build of tmp_path (snippets in tmp_path/snippets/, see `program`) whose claims
    are `claims`, its commands run first as the hook runs them (programs in `mostly_waiting` side
    by side); `plan=False` skips that."""
    monkeypatch.setattr(verdicts, "PAUSE", 0)
    monkeypatch.setenv("FREE_THREADED_PYTHON", "")
    markdown_config.save(EXTENSIONS, {})  # as markdown-exec's MkDocs plugin does

    def render(
        page: str,
        level: int = logging.WARNING,
        mostly_waiting: tuple[str, ...] = (),
        plan: bool = True,
        claims: tuple[Claim, ...] | list[Claim] = (),
    ) -> tuple[str, list[str]]:
        caplog.clear()
        page = textwrap.dedent(page)
        build = Build(tmp_path)
        build.page = "docs/test.md"
        build.chapters = Chapters(tuple(claims), frozenset(mostly_waiting), frozenset(), frozenset())
        snippet = {
            "name": "snippet",
            "class": "snippet",
            "validator": options.validate,
            "format": functools.partial(fence.format_fence, build=build),
        }
        configs = {"pymdownx.superfences": {"custom_fences": [snippet]}}
        md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=configs)
        with caplog.at_level(level):
            if plan:
                build.start([page])
            html = md.convert(page)
            build.finish()
        return html, [
            r.getMessage() for r in caplog.records if r.levelno >= level and r.name.startswith("mkdocs")
        ]

    yield render
    markdown_config.reset()


@pytest.fixture
def program(tmp_path: Path):
    def program(name: str, source: str) -> str:
        path = tmp_path / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return f"snippets/{name}"

    return program


BAD_OPTIONS = [
    ('timeout="abc"', 'timeout="abc"'),
    ('timeout="-1"', 'timeout="-1"'),
    ('returncode="x"', 'returncode="x"'),
    ('builds="GIL nogil"', 'builds="GIL nogil"'),
    ('source="left"', 'source="left"'),
    ('output="png"', 'output="png"'),
    ('plot="snippets/none.py"', 'plot="snippets/none.py"'),
    ('run="maybe"', 'run="maybe"'),
    ('args="unbalanced \'quote"', "args="),
    ('colour="red"', "unknown attribute(s) ['colour']"),
    ('html="1"', "html: not supported"),
]


@pytest.mark.parametrize(("option", "message"), BAD_OPTIONS, ids=[o for o, _ in BAD_OPTIONS])
def test_a_bad_option_is_reported_naming_page_and_option_and_swallows_nothing(
    render, program, option, message
):
    path = program("hello.py", "print('hello')\n")
    html, warnings = render(f"```snippet {option}\n{path}\n```\n\nThe next paragraph.\n")
    assert len(warnings) == 1
    assert warnings[0].startswith(f"docs/test.md: {path}: bad snippet fence: ")
    assert message in warnings[0]
    assert "cannot be shown" in html
    assert "<p>The next paragraph.</p>" in html  # not swallowed into the block


def test_an_exception_in_the_fence_is_reported_not_swallowed(render, program, monkeypatch):
    path = program("hello.py", "print('hello')\n")

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the machinery")

    monkeypatch.setattr(fence, "_outputs", broken)
    html, warnings = render(f"```snippet\n{path}\n```\n")
    assert len(warnings) == 1
    assert "docs/test.md: snippets/hello.py" in warnings[0]
    assert "RuntimeError: a bug in the machinery" in warnings[0]
    assert "a bug in the machinery" in html


def test_markdown_exec_options_place_the_source(render, program):
    path = program("hello.py", "x = 1\nprint('hello')\n")
    html, warnings = render(
        f'```snippet claims="none" source="tabbed-left" hl_lines="2" title="Hello"\n{path}\n```\n'
    )
    assert warnings == []
    assert "tabbed-set" in html
    assert html.index(">Source<") < html.index(">Result<")
    assert 'class="hll"' in html
    assert ">Hello<" in html
    assert "$ python snippets/hello.py" in html


def test_a_failing_snippet_is_reported_by_markdown_exec_naming_the_file(render, program):
    path = program("fails.py", "raise SystemExit('broken on purpose')\n")
    html, warnings = render(f'```snippet claims="none"\n{path}\n```\n')
    assert len(warnings) == 1
    assert "snippets/fails.py" in warnings[0]
    assert "broken on purpose" in warnings[0]
    assert "broken on purpose" in html


def claim_about(path: str, holds) -> Claim:
    return Claim("the count is above 5", path, holds, shows=("count:",))


def test_an_output_that_contradicts_its_claim_is_run_again_then_refused(render, program, tmp_path):
    path = program("counts.py", "with open('runs', 'a') as f: f.write('x')\nprint('count: 3')\n")
    claimed = [claim_about(path, lambda output: output.number("count:") > 5)]
    html, warnings = render(f"```snippet\n{path}\n```\n", claims=claimed)
    assert (tmp_path / "runs").read_text() == "x" * verdicts.ATTEMPTS
    assert len(warnings) == 1
    assert "docs/test.md: python snippets/counts.py: on CPython" in warnings[0]
    assert "claim: the count is above 5" in warnings[0]
    assert f"run {verdicts.ATTEMPTS}: count: 3" in warnings[0]
    assert "This output contradicts the page" in html
    assert html.index("contradicts the page") < html.index("$ python snippets/counts.py")


def test_the_first_run_that_shows_the_claim_is_published(render, program, tmp_path):
    path = program(
        "flaky.py",
        "with open('runs', 'a') as f: f.write('x')\nprint('count:', 2 * len(open('runs').read()) + 2)\n",
    )
    claimed = [claim_about(path, lambda output: output.number("count:") > 5)]
    html, warnings = render(f"```snippet\n{path}\n```\n", level=logging.INFO, claims=claimed)
    assert warnings == [
        "docs/test.md: python snippets/flaky.py agreed with its claims on run 2; "
        "set aside: run 1: the count is above 5: count: 4"
    ]
    assert "count: 6" in html
    assert "contradicts" not in html


@pytest.fixture
def hosts(monkeypatch):
    """hosts(*taken) -> each run in turn had 2 CPUs less what its entry says the host took."""

    def hosts(*taken: float) -> None:
        measured = iter([Host(2, to_host, 0.0) for to_host in taken])
        monkeypatch.setattr(host, "between", lambda *args: next(measured))

    return hosts


def test_a_claim_that_only_runs_short_of_cpus_contradict_is_shown_under_a_warning(
    render, program, hosts, caplog
):
    """The page stays true (it says what the machine gave), and the strict build goes on."""
    path = program("counts.py", "print('count: 3')\n")
    claim = claim_about(path, lambda output: output.number("count:") > 5)
    claimed = [dataclasses.replace(claim, alone=True)]
    hosts(0.9, 1.0, 1.1)
    html, warnings = render(f"```snippet\n{path}\n```\n", level=logging.INFO, claims=claimed)
    assert len(warnings) == 1
    assert f"{verdicts.ATTEMPTS} run(s) were short of CPUs" in warnings[0]
    assert "run 1: count: 3 (it had 1.10 of 2 CPUs: the host took 0.90, other programs 0.00)" in warnings[0]
    assert "Built while the machine was busy" in html
    assert "In the last one, shown below, it had 0.90 of 2 CPUs: the host took 1.10" in html
    assert "“the count is above 5”" in html
    assert "contradicts the page" not in html
    assert html.index("Built while the machine was busy") < html.index("$ python snippets/counts.py")
    assert max(record.levelno for record in caplog.records) == logging.INFO  # --strict goes on


@pytest.mark.parametrize("taken", [(0.0, 1.0, 1.0), (1.0, 1.0, 0.1)], ids=["first", "last"])
def test_a_run_that_had_its_cpus_and_contradicts_the_claim_is_never_excused(render, program, hosts, taken):
    path = program("counts.py", "print('count: 3')\n")
    claim = claim_about(path, lambda output: output.number("count:") > 5)
    claimed = [dataclasses.replace(claim, alone=True)]
    hosts(*taken)
    html, warnings = render(f"```snippet\n{path}\n```\n", claims=claimed)
    assert len(warnings) == 1
    assert "run(s) contradict the page" in warnings[0]
    assert "This output contradicts the page" in html


def test_a_claim_about_a_program_that_mostly_waits_is_refused_on_a_busy_machine(render, program, hosts):
    path = program("counts.py", "print('count: 3')\n")
    claimed = [claim_about(path, lambda output: output.number("count:") > 5)]
    hosts(1.5, 1.5, 1.5)
    html, warnings = render(f"```snippet\n{path}\n```\n", claims=claimed)
    assert len(warnings) == 1
    assert "This output contradicts the page" in html


def test_claims_apply_only_to_their_arguments_and_builds(render, program):
    path = program("counts.py", "print('count: 3')\n")
    other_args = Claim("x", path, lambda output: False, args=("9",))
    other_build = Claim(
        "y", path, lambda output: False, when=(claims.NO_GIL if describe().gil_enabled else claims.GIL,)
    )
    claimed = [other_args, other_build]
    assert render(f"```snippet\n{path}\n```\n", claims=claimed)[1] == []


def test_a_fence_not_found_before_the_pages_runs_alone_and_says_so(render, program):
    path = program("hello.py", "print('hello')\n")
    html, warnings = render(f'```snippet claims="none"\n{path}\n```\n', plan=False)
    assert warnings == [
        "docs/test.md: python snippets/hello.py was not found before the pages were rendered "
        "(write the fence as in hooks/sitebuild/plan.py): it runs now, alone, after the "
        "programs that mostly wait"
    ]
    assert "hello" in html


TIMED = """\
import time
print("start:", repr(time.time()))
time.sleep(0.4)
print("end:", repr(time.time()))
"""


def test_programs_that_mostly_wait_run_side_by_side_the_others_alone_first(render, program):
    waiting = program("waits_1.py", TIMED), program("waits_2.py", TIMED)
    paths = (*waiting, program("alone_1.py", TIMED), program("alone_2.py", TIMED))
    html, warnings = render(
        "".join(f'```snippet claims="none"\n{path}\n```\n\n' for path in paths), mostly_waiting=waiting
    )
    assert warnings == []
    starts = [float(n) for n in re.findall(r"start: ([\d.]+)", html)]
    ends = [float(n) for n in re.findall(r"end: ([\d.]+)", html)]
    (w1, w2, a1, a2) = zip(starts, ends, strict=True)  # in page order
    assert a1[1] < a2[0] < a2[1] < min(w1[0], w2[0]), "alone, one after the other, before the rest"
    assert w1[0] < w2[1] and w2[0] < w1[1], "side by side"


def test_under_each_output_the_claims_checked_on_it_with_values_and_bounds(render, program):
    path = program("counts.py", "print('count: 7')\n")
    other = claims.NO_GIL if describe().gil_enabled else claims.GIL
    claimed = [
        claim_about(path, lambda output: output.number("count:") > 5),
        Claim("the count is below 3", path, lambda output: output.number("count:") < 3, when=(other,)),
    ]
    html, warnings = render(f"```snippet\n{path}\n```\n", claims=claimed)
    assert warnings == []
    checked = html[html.index('<details class="snippet-checks">') :]
    assert "Checked on this output: 1 of 1 claims hold; 1 not checked on this build" in checked
    assert "the count is above 5" in checked
    assert "<code>count: 7 &gt; 5</code>" in checked
    assert f"the count is below 3 (a claim about {other.says})" in checked
    assert html.index("$ python snippets/counts.py") < html.index("snippet-checks")


def test_a_fence_needs_claims_or_the_mark_that_the_page_does_not_argue_from_it(render, program):
    path = program("hello.py", "print('hello')\n")
    html, warnings = render(f"```snippet\n{path}\n```\n")
    assert len(warnings) == 1
    assert "no claim in tests/snippets/claims.py is about `python snippets/hello.py`" in warnings[0]
    html, warnings = render(f'```snippet claims="none"\n{path}\n```\n')
    assert warnings == []
    assert "The page does not argue from this output" in html
    claimed = [claim_about(path, lambda output: True)]
    html, warnings = render(f'```snippet claims="none"\n{path}\n```\n', claims=claimed)
    assert warnings == ['docs/test.md: python snippets/hello.py: claims="none", but 1 claim(s) are about it']


def test_a_program_that_needs_a_newer_python_than_any_here_shows_what_it_needs(render, program):
    path = program("future.py", "print('from the future')\n")
    claimed = [claim_about(path, lambda output: True)]
    html, warnings = render(f'```snippet needs="3.99"\n{path}\n```\n', claims=claimed)
    assert warnings == []
    assert "$ python snippets/future.py" not in html
    assert "needs Python 3.99+" in html
    assert "the count is above 5 (not run on this copy of the site)" in html
