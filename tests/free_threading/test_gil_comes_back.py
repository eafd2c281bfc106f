def test_the_gil_can_be_turned_back_on_only_on_a_free_threaded_build(run, interpreter):
    text = run("snippets/free_threading/gil_comes_back.py", timeout=60).text
    if not interpreter.free_threaded_build:
        assert "is a standard build: its GIL is always enabled" in text
        return
    assert "GIL enabled, no option:    False" in text
    assert "GIL enabled, PYTHON_GIL=1: True" in text
    assert "GIL enabled, -X gil=1:     True" in text
