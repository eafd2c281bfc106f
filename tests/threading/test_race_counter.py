from sitebuild.chapters import named

SNIPPET = "snippets/threading/race_counter.py"


def test_without_the_pause_the_claim_fails_on_a_310_gil_build(run, mutant, interpreter):
    """The claim can fail: with no switch between read and write, a 3.10+ GIL build loses nothing."""
    if interpreter.gil_enabled and interpreter.version_tuple >= (3, 10):
        root = mutant(SNIPPET, "    time.sleep(0.000001)\n", "")
        assert not named("the race with a sleep loses").check(run(SNIPPET, root=root))
