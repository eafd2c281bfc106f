from sitebuild.chapters import named

SNIPPET = "snippets/asyncio-errors/swallowed_cancel.py"


def test_a_fix_that_swallows_too_gets_no_timeout(run, mutant):
    root = mutant(SNIPPET, "        raise  # after any cleanup", "        pass")
    assert not named("a task that swallows CancelledError").check(run(SNIPPET, root=root))
