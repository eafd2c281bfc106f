def test_each_thread_sees_only_its_own_value(run):
    text = run("snippets/threading_tools/thread_local_state.py").text
    for n in range(3):
        assert f"worker-{n} saw request: {n}" in text
    assert "main thread sees a request: False" in text
