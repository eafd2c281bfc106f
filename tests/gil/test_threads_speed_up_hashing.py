import pytest


def test_hashing_in_two_threads_is_faster(run, interpreter):
    if interpreter.cpus < 2:
        pytest.skip("needs 2 CPUs")
    assert run("snippets/gil/threads_speed_up_hashing.py").number("threads / sequential") < 0.8
