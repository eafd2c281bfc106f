from sitebuild.chapters import named

SNIPPET = "snippets/gil/threads_speed_up_hashing.py"


def test_hashing_twice_in_a_row_does_not_show_the_claim(run, mutant):
    """The claim can fail: with the threads replaced by a second sequential run, it does."""
    root = mutant(SNIPPET, "lambda: threaded(hash_megabytes, n)", "lambda: sequential(hash_megabytes, n)")
    assert not named("two threads hash at the same time").check(run(SNIPPET, root=root))
