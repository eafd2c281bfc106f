def test_timeouts_stop_waiting_and_only_queued_tasks_cancel(run):
    text = run("snippets/executors/timeouts_and_cancel.py").text
    assert "the task is still running: True" in text
    assert "cancel() a running task: False" in text
    assert "cancel() a queued task:  True" in text
    assert "running task finished: 0.3 s" in text
    assert "queued tasks cancelled: 3 of 3" in text
