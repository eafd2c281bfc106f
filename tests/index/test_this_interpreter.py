def test_reports_the_interpreter_that_ran_it(run, interpreter):
    output = run("snippets/index/this_interpreter.py").text
    assert f"{interpreter.implementation} {interpreter.version}" in output
    assert f"GIL enabled right now: {'yes' if interpreter.gil_enabled else 'no'}" in output
    assert f"CPUs:                  {interpreter.cpus}" in output
