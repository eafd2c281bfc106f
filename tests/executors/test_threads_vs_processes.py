import pytest

SNIPPET = "snippets/executors/threads_vs_processes.py"


def test_threads_overlap_waits(run, start_method):
    output = run(SNIPPET, start_method, timeout=120)
    sequential, threads, processes = output.numbers("I/O-bound: 8 waits of 50 ms")
    assert threads < sequential / 3
    assert processes < sequential  # two processes wait two at a time


def test_threads_do_not_speed_up_cpu_work_with_a_gil(run, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    sequential, threads, _ = run(SNIPPET, timeout=120).numbers("CPU-bound: 4 × count(1_000_000)")
    assert threads > 0.55 * sequential  # about equal; the single sequential run is noisy
