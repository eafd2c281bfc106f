def test_reports_the_build_and_the_gil_state(run, interpreter):
    text = run("snippets/free_threading/detect_build.py").text
    assert f"free-threaded build: {interpreter.free_threaded_build}" in text
    assert f"GIL enabled now: {interpreter.gil_enabled}" in text
