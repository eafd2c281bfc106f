def test_a_workers_exception_reaches_the_caller(run):
    text = run("snippets/executors/worker_exceptions.py").text
    assert "parse('three') failed: ValueError" in text
    assert "parse('4') = 4" in text
    assert "map() raised when it reached the failed item" in text
