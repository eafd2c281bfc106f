import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/gil/count_threads.py"
JOINED_AT_ONCE = "    for t in workers:\n        t.start()\n    for t in workers:\n        t.join()"
ONE_BY_ONE = "    for t in workers:\n        t.start()\n        t.join()"


def test_threads_that_run_one_after_another_do_not_show_parallelism(run, mutant, gil_disabled):
    """The free-threaded claim can fail: threads joined one by one run no faster than sequential."""
    if not gil_disabled:
        pytest.skip("claim about free-threaded builds")
    output = run(SNIPPET, root=mutant(SNIPPET, JOINED_AT_ONCE, ONE_BY_ONE))
    assert not named("without a GIL, the two threads finish").check(output)
