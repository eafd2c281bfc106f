def test_opposite_lock_order_deadlocks_and_the_demo_still_ends(run):
    output = run("snippets/threading_tools/deadlock_transfer.py", timeout=10)
    assert output.number("deadlocked transfers:") >= 1
    assert output.numbers("balances: A=")[2] == 200
