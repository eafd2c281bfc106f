def test_the_worker_cleans_up_and_the_daemon_is_abandoned(run):
    text = run("snippets/threading_tools/daemon_shutdown.py", timeout=10).text
    assert "worker: cleaned up" in text
    assert "worker stopped: True" in text
    assert "main: exiting, daemon still running: True" in text
    assert "daemon: cleaned up" not in text
