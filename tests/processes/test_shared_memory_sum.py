def test_workers_fill_the_shared_block(run, start_method):
    output = run("snippets/processes/shared_memory_sum.py", start_method, timeout=120)
    assert output.number("sum of squares below") == 100_000
    assert output.numbers("sum of squares below")[-1] == output.number("computed here:")
