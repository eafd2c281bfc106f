import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/threading-tools/queue_shutdown.py"


def test_consumer_threads_nobody_stops_are_left_waiting(run, mutant, interpreter):
    if interpreter.version_tuple < (3, 13):
        pytest.skip("queue.Queue.shutdown() needs Python 3.13+")
    root = mutant(SNIPPET, "    q.shutdown()  #", "    pass  #")
    output = run(SNIPPET, root=root)
    assert not named("queue.Queue.shutdown() stops every consumer thread").check(output)
    assert output.number("consumers still waiting:") == 3
