import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/asyncio-errors/stopping_consumers.py"


def test_consumers_nobody_stops_are_left_waiting(run, mutant, interpreter):
    if interpreter.version_tuple < (3, 13):
        pytest.skip("Queue.shutdown() needs Python 3.13+")
    root = mutant(SNIPPET, "        q.shutdown()  #", "        pass  #")
    output = run(SNIPPET, root=root)
    assert not named("Queue.shutdown() stops every consumer").check(output)
    assert "consumers still waiting: 3" in output.text


def test_without_sentinels_consumers_are_left_waiting(run, mutant):
    root = mutant(SNIPPET, "            await q.put(DONE)", "            pass")
    assert not named("sentinels stop every consumer").check(run(SNIPPET, root=root))


def test_every_item_is_handled_with_more_consumers_than_items(run):
    output = run(SNIPPET, 2, 5)
    assert "sentinels: handled 2; consumers still waiting: 0" in output.text
