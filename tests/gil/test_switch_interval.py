import pytest

SNIPPET = "snippets/gil/switch_interval.py"


def test_a_turn_lasts_about_one_switch_interval(run, gil_disabled):
    if gil_disabled:
        pytest.skip("no turns without a GIL")
    output = run(SNIPPET)
    default_interval, default_turn = output.numbers("switch interval", 0)
    short_interval, short_turn = output.numbers("switch interval", 1)
    assert default_interval / 2 < default_turn < default_interval * 3
    assert short_interval / 2 < short_turn < short_interval * 3
    assert short_turn < default_turn


def test_says_there_are_no_turns_without_a_gil(run, gil_disabled):
    if not gil_disabled:
        pytest.skip("claim about free-threaded builds")
    assert "no GIL" in run(SNIPPET).text
