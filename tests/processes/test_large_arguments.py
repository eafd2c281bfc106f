def test_sending_big_arguments_costs_more_than_making_them(run, start_method):
    output = run("snippets/processes/large_arguments.py", start_method, timeout=120)
    assert output.number("sending / making:") > 2
