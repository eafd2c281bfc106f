import pytest


@pytest.mark.parametrize("limit", [1, 3])
def test_never_more_than_the_limit_at_once(run, limit):
    output = run("snippets/threading-tools/semaphore_bound.py", 12, limit)
    assert output.number("most tasks running at once:") == limit


def test_without_the_semaphore_more_run_at_once(run, mutant):
    path = "snippets/threading-tools/semaphore_bound.py"
    root = mutant(path, "with slots:", "if True:")
    assert run(path, 12, 3, root=root).number("most tasks running at once:") > 3
