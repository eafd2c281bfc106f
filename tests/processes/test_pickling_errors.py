def test_a_lambda_cannot_be_sent_and_a_function_can(run, start_method):
    text = run("snippets/processes/pickling_errors.py", start_method, timeout=120).text
    assert "a lambda:" in text
    assert "pickle" in text.lower()
    assert "a module-level function:   [0, 1, 4, 9]" in text
