SNIPPET = "snippets/coroutines/await_race.py"


def test_an_await_between_read_and_write_loses_updates_and_the_lock_fixes_it(run):
    output = run(SNIPPET)
    assert output.number("without a lock:") < output.number("expected:")
    assert output.number("with asyncio.Lock:") == output.number("expected:")


def test_without_the_lock_the_locked_version_loses_updates_too(run, mutant):
    root = mutant(SNIPPET, "async with self.lock:", "if True:")
    output = run(SNIPPET, root=root)
    assert output.number("with asyncio.Lock:") < output.number("expected:")
