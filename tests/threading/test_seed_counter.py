from sitebuild.chapters import named

SNIPPET = "snippets/threading/seed_counter.py"


def test_with_many_increments_and_a_tiny_switch_interval_the_seed_counter_still_holds(run, interpreter):
    """The page's reason, checked: on 3.10+ GIL builds no switch lands between read and write."""
    if interpreter.gil_enabled and interpreter.version_tuple >= (3, 10):
        assert named("on a GIL build of 3.10+, the exact count even").check(run(SNIPPET, 200_000))
