import pytest

SNIPPET = "snippets/threading/seed_counter.py"


@pytest.mark.parametrize("increments", [100, 100_000])
def test_the_seed_counter_is_exact_on_a_310_gil_build(run, interpreter, increments):
    if not interpreter.gil_enabled or interpreter.version_tuple < (3, 10):
        pytest.skip("claim about GIL builds of 3.10+")
    output = run(SNIPPET, increments)
    assert output.number("count:") == output.number("expected:")


def test_the_seed_counter_loses_updates_without_a_gil(run_until, gil_disabled, interpreter):
    if not gil_disabled or interpreter.cpus < 2:
        pytest.skip("claim about free-threaded builds on 2+ cores")

    def lost_updates(output) -> bool:
        return output.number("count:") < output.number("expected:")

    assert lost_updates(run_until(lost_updates, SNIPPET, 100_000))
