import pytest

SNIPPET = "snippets/gil/threads_speed_up_hashing.py"


def faster(output) -> bool:
    return output.number("threads / sequential") < 0.8


def test_hashing_in_two_threads_is_faster(run_until, interpreter):
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")
    assert faster(run_until(faster, SNIPPET))


def test_hashing_twice_in_a_row_is_not(run, mutant):
    """The test above can fail: with the threads replaced by a second sequential run, it does."""
    root = mutant(SNIPPET, "lambda: threaded(hash_megabytes, n)", "lambda: sequential(hash_megabytes, n)")
    assert not faster(run(SNIPPET, root=root))
