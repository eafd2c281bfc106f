def test_a_failure_cancels_the_siblings(run, interpreter):
    lines = run("snippets/coroutines/task_group.py").text.splitlines()
    if interpreter.version_tuple < (3, 11):
        assert "needs Python 3.11+" in lines[0]
        return
    assert lines == ["quick: done", "slow: cancelled", "the group raised: ['broken failed']"]
