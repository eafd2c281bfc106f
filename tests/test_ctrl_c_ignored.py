"""A program that presses Ctrl-C itself (it sends SIGINT) shows what its page claims even when it
starts with SIGINT ignored, as a background job of a shell script does: Python then leaves
SIGINT ignored, and without snippets/stopping/ctrl_c.py such a program would hang or skip its point."""

import os
import signal

import pytest
from sitebuild.claims import all_claims
from sitebuild.runs import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="inheriting an ignored SIGINT is POSIX")

PRESS_CTRL_C = [claim for claim in all_claims() if "SIGINT" in (ROOT / claim.snippet).read_text()]


def test_the_programs_that_press_ctrl_c_are_found():
    assert {claim.snippet for claim in PRESS_CTRL_C} >= {
        "snippets/stopping/ctrl_c_during_join.py",
        "snippets/stopping/executor_ctrl_c.py",
        "snippets/stopping/asyncio_ctrl_c.py",
    }


@pytest.fixture
def sigint_ignored():
    """SIGINT ignored here, so in every process started meanwhile (an ignored signal is inherited)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("claim", PRESS_CTRL_C, ids=str)
def test_claim_with_sigint_ignored(claim, check_claim, sigint_ignored):
    check_claim(claim)
