def test_sleeping_threads_overlap(run):
    assert run("snippets/gil/threads_overlap_waiting.py").number("threads / sequential") < 0.5
