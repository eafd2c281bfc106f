"""Every claim a page makes about an output (tests/<chapter>/claims.py), checked on the interpreter
under test by the same function that checks it on the output the build publishes: on the builder,
the build's own verdict (its record); on another interpreter, one verdict per command."""

import pytest
from sitebuild.chapters import load


@pytest.mark.parametrize("claim", load().claims, ids=str)
def test_claim(claim, check_claim):
    check_claim(claim)
