import pytest

SNIPPET = "snippets/threading-tools/ordered_locks.py"


@pytest.mark.parametrize("attempt", range(3))
def test_a_global_lock_order_never_deadlocks(run, attempt):
    output = run(SNIPPET, timeout=10)
    assert output.number("deadlocked transfers:") == 0
    assert output.numbers("balances: A=") == [110, 90, 200]


def test_without_the_order_it_deadlocks(run, mutant):
    root = mutant(SNIPPET, "transfer_both_ways(lock_order=by_name)", "transfer_both_ways()")
    assert run(SNIPPET, root=root, timeout=10).number("deadlocked transfers:") >= 1
