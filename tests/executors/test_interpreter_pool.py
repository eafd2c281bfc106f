def test_says_plainly_where_it_is_not_available(run, interpreter):
    text = run("snippets/executors/interpreter_pool.py", timeout=120).text
    if interpreter.version_tuple < (3, 14):
        assert f"not available on Python {interpreter.version}: it needs 3.14+" in text
    else:
        assert "interpreters / sequential:" in text
