SNIPPET = "snippets/processes/process_bank.py"


def test_the_total_never_changes_across_processes(run, start_method):
    output = run(SNIPPET, start_method, timeout=120)
    assert output.number("total after:") == output.number("total before:")
    wrong, audits = output.numbers("audits that found the wrong total:")
    assert wrong == 0
    assert audits > 0


def test_without_the_lock_the_total_goes_wrong(run, mutant):
    root = mutant(SNIPPET, "with balances.get_lock():  # one lock", "if True:  # no lock")
    output = run(SNIPPET, "fork", 3, 20_000, root=root, timeout=120)
    wrong, _ = output.numbers("audits that found the wrong total:")
    assert wrong > 0 or output.number("total after:") != output.number("total before:")
