"""Every claim a page makes about an output (tests/<chapter>/claims.py), checked on the interpreter
under test by the same function that checks it on the output the build publishes."""

import pytest
from sitebuild.claims import all_claims


@pytest.mark.parametrize("claim", all_claims(), ids=str)
def test_claim(claim, check_claim):
    check_claim(claim)
