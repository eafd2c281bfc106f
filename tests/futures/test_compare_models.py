import pytest
from sitebuild.chapters import named

SNIPPET = "snippets/futures/compare_models.py"


def test_processes_that_are_threads_do_not_speed_up_counting(run, mutant, interpreter):
    """The claim can fail: "2 processes" that are really two threads count no faster on a GIL build."""
    if not interpreter.gil_enabled or interpreter.cpus < 2:
        pytest.skip("claim about GIL builds on 2+ CPUs")
    root = mutant(SNIPPET, "ProcessPoolExecutor(2, mp_context=context)", "ThreadPoolExecutor(2)")
    output = run(SNIPPET, root=root, timeout=120)
    assert not named("on a GIL build only processes").check(output)
