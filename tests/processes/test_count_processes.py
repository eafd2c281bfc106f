import pytest

SNIPPET = "snippets/processes/count_processes.py"


def test_two_processes_keep_two_cpus_busy(run_until, start_method, interpreter):
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")

    def two_busy(output):
        return output.number("CPUs busy during the parallel run:") > 1.4

    output = run_until(two_busy, SNIPPET, start_method, timeout=120)
    assert output.text.startswith(f"start method: {start_method}")
    assert two_busy(output)


def test_one_worker_keeps_only_one_cpu_busy(run, mutant, interpreter):
    """The test above can fail: with a single worker the two counts run one after the other."""
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")
    root = mutant(
        SNIPPET,
        "with context.Pool(2) as pool:\n        pool.map(count",
        "with context.Pool(1) as pool:\n        pool.map(count",
    )
    assert run(SNIPPET, root=root, timeout=120).number("CPUs busy during the parallel run:") < 1.2


@pytest.mark.machine
def test_two_processes_are_at_least_one_and_a_half_times_faster(run, interpreter):
    """Needs two physical cores to itself: see the `machine` marker in pyproject.toml."""
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")
    assert run(SNIPPET, timeout=120).number("speedup:") >= 1.5
