def test_isolation_where_available_and_a_plain_message_elsewhere(run, interpreter):
    text = run("snippets/subinterpreters/isolated_interpreters.py").text
    if interpreter.version_tuple < (3, 14):
        assert f"not available on Python {interpreter.version}: it needs 3.14+" in text
        return
    assert "the main interpreter sees 'secret': False" in text
    assert f"pow(2, 100): {2**100}" in text
