def test_one_task_per_message_is_much_slower_than_chunks(run, start_method):
    output = run("snippets/processes/chunksize_cost.py", start_method, timeout=120)
    assert output.numbers("chunksize=1 ")[1] > 3
