def test_fork_copies_the_parent_and_the_others_import_afresh(run, interpreter):
    text = run("snippets/processes/start_methods.py", timeout=120).text
    expected = {
        "fork": "changed by the parent at run time",
        "spawn": "as imported",
        "forkserver": "as imported",
    }
    for method in interpreter.start_methods:
        assert f"{method:<10} child sees setting = {expected[method]!r}" in text
