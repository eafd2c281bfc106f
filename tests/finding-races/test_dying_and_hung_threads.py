from sitebuild.runs import run_snippet

SNIPPET = "snippets/finding-races/dying_and_hung_threads.py"


def test_without_the_hook_the_death_goes_to_stderr_only(mutant, snippet_python):
    root = mutant(SNIPPET, "    threading.excepthook = report", "    pass")
    result = run_snippet(SNIPPET, python=snippet_python, root=root)
    assert "excepthook:" not in result.stdout
    assert "ValueError: bad input in a worker" in result.stderr
