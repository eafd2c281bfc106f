import pytest

SNIPPET = "snippets/threading/bank_transfer_locked.py"


@pytest.mark.parametrize("attempt", range(5))
def test_with_a_lock_the_total_never_changes(run, attempt):
    output = run(SNIPPET)
    assert output.number("total after:") == output.number("total before:")
    wrong_audits, audits = output.numbers("audits that found the wrong total:")
    assert audits > 0
    assert wrong_audits == 0


def test_without_the_lock_the_total_goes_wrong(run, mutant):
    output = run(SNIPPET, root=mutant(SNIPPET, "with self.lock:", "if True:"))
    drifted = output.number("total after:") != output.number("total before:")
    wrong_audits, _ = output.numbers("audits that found the wrong total:")
    assert drifted or wrong_audits > 0
