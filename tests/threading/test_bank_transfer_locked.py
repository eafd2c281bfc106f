import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/threading/bank_transfer_locked.py"
ALWAYS_RIGHT = named("with one lock every audit saw the right total")


@pytest.mark.parametrize("attempt", range(3))
def test_with_a_lock_the_total_never_changes(run, attempt):
    assert ALWAYS_RIGHT.check(run(SNIPPET))


def test_without_the_lock_the_total_goes_wrong(run, mutant):
    output = run(SNIPPET, root=mutant(SNIPPET, "with self.lock:", "if True:"))
    assert named("without a lock the bank's total changes").check(output)
