from sitebuild.chapters import named

SNIPPET = "snippets/asyncio-errors/shield_keeps_working.py"


def test_without_the_shield_the_save_is_cancelled_too(run, mutant):
    root = mutant(SNIPPET, "asyncio.shield(task) if shielded else task", "task")
    assert not named("the caller times out either way").check(run(SNIPPET, root=root))
