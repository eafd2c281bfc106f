import pytest


@pytest.mark.parametrize("attempt", range(3))
def test_no_thread_starts_phase_2_before_all_finish_phase_1(run, attempt):
    output = run("snippets/threading-tools/barrier_phases.py")
    assert output.numbers("order of finished phases:") == [1, 1, 1, 1, 2, 2, 2, 2]


def test_without_the_barrier_phases_mix(run, mutant):
    path = "snippets/threading-tools/barrier_phases.py"
    root = mutant(path, "barrier.wait()", "pass")
    # With random delays a mix is likely in any one run; in one of five runs, it is near certain.
    orders = [run(path, root=root).numbers("order of finished phases:") for _ in range(5)]
    assert any(order != sorted(order) for order in orders)
