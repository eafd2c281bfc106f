from sitebuild.chapters import named

SNIPPET = "snippets/processes-sharing/process_bank.py"


def test_without_the_lock_the_total_goes_wrong(run, mutant):
    root = mutant(
        SNIPPET, "all or nothing\n        with balances.get_lock():", "\n        if True:  # no lock"
    )
    output = run(SNIPPET, "fork", 3, 20_000, root=root, timeout=120)
    assert not named("with one lock the bank's total never changes").check(output)
