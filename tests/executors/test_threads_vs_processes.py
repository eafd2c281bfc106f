import pytest

SNIPPET = "snippets/executors/threads_vs_processes.py"


def test_threads_overlap_waits(run, start_method):
    output = run(SNIPPET, start_method, timeout=120)
    sequential, threads, processes = output.numbers("I/O-bound: 8 waits of 5 ms")
    assert threads < sequential / 3
    assert processes < sequential  # two processes wait two at a time


def test_threads_do_not_speed_up_cpu_work_with_a_gil(typical, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")

    def threads_over_sequential(output) -> float:
        sequential, threads, _ = output.numbers("CPU-bound: 4 × count(500_000)")
        return threads / sequential

    assert typical(threads_over_sequential, SNIPPET, timeout=120) > 0.7  # about 1
