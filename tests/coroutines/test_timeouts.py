def test_a_timeout_cancels_the_awaited_work(run, interpreter):
    lines = run("snippets/coroutines/timeouts.py").text.splitlines()
    expected = ["slow_reply was cancelled", "wait_for: timed out after 0.05 s"]
    if interpreter.version_tuple >= (3, 11):
        expected += ["slow_reply was cancelled", "asyncio.timeout: timed out after 0.05 s"]
    assert lines == expected
