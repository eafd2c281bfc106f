import pytest


def ratio(output) -> float:
    return output.number("threads / sequential")


def test_threads_do_not_speed_up_python_code_with_a_gil(typical, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    # About 1; two threads in parallel would give about 0.5 (a noisy 2-vCPU machine measured 0.8).
    assert typical(ratio, "snippets/gil/count_threads.py") > 0.7


def test_threads_run_python_code_in_parallel_without_a_gil(run_until, gil_disabled, interpreter):
    if not gil_disabled or interpreter.cpus < 2:
        pytest.skip("claim about free-threaded builds on 2+ cores")

    def parallel(output) -> bool:
        return ratio(output) < 0.85

    # A bigger count: on 2-vCPU machines parallel runs of interpreted code vary more than C code.
    assert parallel(run_until(parallel, "snippets/gil/count_threads.py", 4_000_000))
