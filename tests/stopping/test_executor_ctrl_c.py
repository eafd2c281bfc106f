from sitebuild.chapters import named

SNIPPET = "snippets/stopping/executor_ctrl_c.py"


def test_without_cancel_futures_every_queued_task_runs(run, mutant):
    root = mutant(SNIPPET, "cancel_futures=cancel_futures", "cancel_futures=False")
    assert not named("with cancel_futures=True the queued").check(run(SNIPPET, root=root))
