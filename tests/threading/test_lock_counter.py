import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/threading/lock_counter.py"
EXACT = named("the lock makes the count exact")


@pytest.mark.parametrize("attempt", range(5))
def test_the_lock_makes_the_count_exact_with_more_increments(run, attempt):
    assert EXACT.check(run(SNIPPET, 10, 200))


def test_without_the_lock_updates_are_lost(run, mutant):
    assert not EXACT.check(run(SNIPPET, root=mutant(SNIPPET, "with lock:", "if True:")))
