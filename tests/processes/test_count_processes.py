import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/processes/count_processes.py"


def test_one_worker_keeps_only_one_cpu_busy(run, mutant, interpreter):
    """The claim can fail: with a single worker the two counts run one after the other."""
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")
    root = mutant(
        SNIPPET,
        "with context.Pool(2) as pool:\n        # the workers",
        "with context.Pool(1) as pool:\n        # the workers",
    )
    assert not named("two processes keep two CPUs busy").check(run(SNIPPET, root=root, timeout=120))


@pytest.mark.machine
def test_two_processes_are_at_least_one_and_a_half_times_faster(run, interpreter):
    """Needs two physical cores to itself: see the `machine` marker in pyproject.toml."""
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")
    assert run(SNIPPET, timeout=120).number("speedup:") >= 1.5
