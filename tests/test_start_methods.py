"""The pages show each multiprocessing program under the platform's default start method; their
claims hold under every start method (fork, spawn, forkserver), which each program in a chapter's
TAKE_A_START_METHOD takes as its first argument. One run per program and method checks the line
that names the method and every claim of that run."""

import pytest
from sitebuild.chapters import load
from sitebuild.runs import ROOT

CHAPTERS = load()
PROGRAMS = sorted(CHAPTERS.take_a_start_method)
CLAIMS = [claim for claim in CHAPTERS.claims if claim.snippet in PROGRAMS and not claim.args]


def test_the_registry_lists_every_program_that_takes_a_start_method():
    takes = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "snippets").glob("*/*.py")
        if 'print(f"start method: ' in path.read_text(encoding="utf-8")
    }
    assert takes, "no program takes a start method: this test checks nothing"
    assert set(PROGRAMS) == takes


@pytest.mark.parametrize("path", PROGRAMS)
def test_the_program_prints_the_start_method_it_was_given(path, start_method, checks):
    output = checks(path, (), (start_method,)).output
    assert output.text.startswith(f"start method: {start_method}\n"), path


@pytest.mark.parametrize("claim", CLAIMS, ids=str)
def test_claim_under_each_start_method(claim, start_method, check_claim):
    check_claim(claim, (start_method,))
