import pytest

SNIPPET = "snippets/gil/gil_timeline.py"
DEFAULT, SHORT, WITH_IO = range(3)


def test_with_a_gil_threads_take_turns_of_about_the_switch_interval(run, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    output = run(SNIPPET)
    for scenario in (DEFAULT, SHORT, WITH_IO):
        both, total = output.numbers("  both running at once:", scenario)
        assert both < total * 0.05
    default_turn = output.numbers("  CPU-bound 1 thread:", DEFAULT)[1]
    short_turn = output.numbers("  CPU-bound 1 thread:", SHORT)[1]
    assert short_turn < default_turn


def test_with_a_gil_the_io_thread_waits_for_its_turns(run, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    output = run(SNIPPET)
    turns = output.numbers("  I/O-bound thread:")[0]
    _, total_ms = output.numbers("  both running at once:", WITH_IO)
    assert turns < total_ms / 2  # it sleeps 1 ms between turns: it could have had ~total_ms of them


def test_without_a_gil_threads_run_at_the_same_time(run_until, gil_disabled, interpreter):
    if not gil_disabled or interpreter.cpus < 2:
        pytest.skip("claim about free-threaded builds on 2+ cores")

    def overlapping(output) -> bool:
        scenarios = [output.numbers("  both running at once:", scenario) for scenario in (DEFAULT, SHORT)]
        return all(both > total * 0.2 for both, total in scenarios)

    assert overlapping(run_until(overlapping, SNIPPET))
