"""Every claim a page makes about an output (tests/<chapter>/claims.py), checked on the interpreter
under test by the same function that checks it on the output the build publishes."""

import pytest
from sitebuild.claims import all_claims, verify
from sitebuild.runs import outputs


@pytest.mark.parametrize("claim", all_claims(), ids=str)
def test_claim(claim, interpreter, snippet_python):
    if not claim.applies(interpreter):
        pytest.skip(f"claim about {', '.join(c.says for c in claim.when)}")
    runs = outputs(claim.snippet, claim.args, python=snippet_python, timeout=120)
    verdict = verify(str(claim), [claim], runs)
    assert verdict.holds, verdict.message(interpreter)
