from sitebuild.chapters import named

SNIPPET = "snippets/asyncio-errors/debug_mode.py"


def test_without_debug_mode_the_blocking_call_goes_unreported(run, mutant):
    root = mutant(SNIPPET, "asyncio.run(handler(), debug=True)", "asyncio.run(handler())")
    assert not named("a forgotten await is always reported").check(run(SNIPPET, root=root))
