def test_the_values_lock_makes_the_count_exact_and_without_it_updates_are_lost(run, start_method):
    output = run("snippets/processes/shared_counter.py", start_method, timeout=120)
    assert output.number("with the lock:") == output.number("expected:")
    assert output.number("without the lock:") < output.number("expected:")
