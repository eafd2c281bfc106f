import pytest

SNIPPET = "snippets/futures/compare_models.py"


def test_waiting_speeds_up_with_threads_and_asyncio(run, start_method):
    output = run(SNIPPET, start_method, timeout=120)
    assert output.numbers("threads")[0] > 5
    assert output.numbers("asyncio")[0] > 5


def test_threads_do_not_speed_up_cpu_work_on_a_gil_build(typical, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    assert typical(lambda output: output.numbers("threads")[1], SNIPPET, timeout=120) < 1.5
