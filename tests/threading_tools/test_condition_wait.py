def test_the_withdrawal_waits_until_the_balance_allows_it(run):
    lines = run("snippets/threading_tools/condition_wait.py").text.splitlines()
    assert lines == [
        "deposit 100, balance 100",
        "deposit 100, balance 200",
        "deposit 100, balance 300",
        "withdraw 250, balance 50",
    ]
