import pytest

SNIPPET = "snippets/threading/lock_counter.py"


@pytest.mark.parametrize("attempt", range(10))
def test_the_lock_makes_the_count_exact(run, attempt):
    output = run(SNIPPET, 10, 200)
    assert output.number("count:") == output.number("expected:")


def test_without_the_lock_updates_are_lost(run, mutant):
    output = run(SNIPPET, root=mutant(SNIPPET, "with lock:", "if True:"))
    assert output.number("count:") < output.number("expected:")
