from sitebuild.chapters import named

SNIPPET = "snippets/asyncio/await_race.py"


def test_without_the_lock_the_locked_version_loses_updates_too(run, mutant):
    root = mutant(SNIPPET, "async with self.lock:", "if True:")
    assert not named("an await between read and write").check(run(SNIPPET, root=root))
