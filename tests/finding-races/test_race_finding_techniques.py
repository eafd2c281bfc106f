import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/finding-races/race_finding_techniques.py"


def test_without_the_tiny_interval_the_call_race_hides_on_a_gil_build(run, mutant, interpreter):
    if not interpreter.gil_enabled:
        pytest.skip("a claim about GIL builds")
    root = mutant(SNIPPET, "sys.setswitchinterval(1e-6)  #", "pass  #")
    assert not named("on a GIL build, a tiny switch interval").check(run(SNIPPET, root=root))
