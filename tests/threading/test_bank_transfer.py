import pytest


@pytest.mark.parametrize("attempt", range(3))
def test_without_a_lock_the_total_goes_wrong(run, attempt):
    output = run("snippets/threading/bank_transfer.py")
    drifted = output.number("total after:") != output.number("total before:")
    wrong_audits, _ = output.numbers("audits that found the wrong total:")
    assert drifted or wrong_audits > 0
