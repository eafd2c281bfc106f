"""A program that presses Ctrl-C itself (it sends SIGINT; a chapter lists it in PRESS_CTRL_C) shows
what its page claims even when it starts with SIGINT ignored, as a background job of a shell script
does: Python then leaves SIGINT ignored, and without snippets/stopping/ctrl_c.py such a program
would hang or skip its point."""

import os
import signal

import pytest
from sitebuild.chapters import load
from sitebuild.runs import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="inheriting an ignored SIGINT is POSIX")

CHAPTERS = load()
PRESS_CTRL_C = [claim for claim in CHAPTERS.claims if claim.snippet in CHAPTERS.press_ctrl_c]


def test_the_registry_lists_every_program_that_presses_ctrl_c():
    """Every program with claims that sends SIGINT (its helper module, ctrl_c.py, has none)."""
    sends = {
        claim.snippet for claim in CHAPTERS.claims if "SIGINT" in (ROOT / claim.snippet).read_text("utf-8")
    }
    assert sends, "no program presses Ctrl-C: this test checks nothing"
    assert set(CHAPTERS.press_ctrl_c) == sends


@pytest.fixture
def sigint_ignored():
    """SIGINT ignored here, so in every process started meanwhile (an ignored signal is inherited)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("claim", PRESS_CTRL_C, ids=str)
def test_claim_with_sigint_ignored(claim, check_claim, sigint_ignored):
    check_claim(claim, context="SIGINT ignored")
