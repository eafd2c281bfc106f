import pytest


@pytest.mark.parametrize("attempt", range(3))
def test_every_item_is_consumed_and_every_consumer_stops(run, attempt):
    output = run("snippets/threading-tools/producer_consumer.py", 4, 3, 500)
    assert output.number("items consumed:") == output.number("items produced:") == 2000
    assert output.number("consumers still running:") == 0
