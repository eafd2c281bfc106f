def test_map_keeps_input_order_and_as_completed_yields_finishers_first(run):
    text = run("snippets/executors/executor_api.py").text
    assert "result: 9" in text
    assert "map (input order):          [1, 4, 9]" in text
    assert "as_completed (finish order): [9, 4, 1]" in text
    assert "wait(FIRST_COMPLETED): 1 done, 2 still running" in text
