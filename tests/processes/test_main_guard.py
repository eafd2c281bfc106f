def test_an_unguarded_script_fails_in_the_spawned_child(run):
    text = run("snippets/processes/main_guard.py", timeout=120).text
    assert "child exit code: 1" in text
    assert "child failed with: RuntimeError: An attempt has been made to start a new process" in text
