import pytest

SNIPPET = "snippets/gil/cpu_clock_vs_wall_clock.py"


def test_cpu_clock_ignores_sleeping(run):
    wall, cpu = run(SNIPPET).numbers("sleep(0.1)")
    assert cpu < wall / 2


def test_cpu_clock_matches_wall_clock_for_threads_with_a_gil(run, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    wall, cpu = run(SNIPPET).numbers("count(n) in 2 threads")
    assert cpu < 1.25 * wall


def test_cpu_clock_runs_ahead_of_wall_clock_for_threads_without_a_gil(run_until, gil_disabled, interpreter):
    if not gil_disabled or interpreter.cpus < 2:
        pytest.skip("claim about free-threaded builds on 2+ cores")

    def ahead(output) -> bool:
        wall, cpu = output.numbers("count(n) in 2 threads")
        return cpu > 1.3 * wall

    assert ahead(run_until(ahead, SNIPPET))
