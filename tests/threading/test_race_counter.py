import pytest


@pytest.mark.parametrize("attempt", range(5))
def test_the_race_loses_most_updates_every_run(run, attempt):
    output = run("snippets/threading/race_counter.py")
    assert output.number("lost updates:") > output.number("expected:") / 2
