def test_workers_write_into_the_managers_dict(run, start_method):
    text = run("snippets/processes/manager_dict.py", start_method, timeout=120).text
    assert "squares: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25}" in text
    assert "(none of them is this one: True)" in text
