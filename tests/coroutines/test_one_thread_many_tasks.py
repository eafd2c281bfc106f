def test_tasks_wait_together_on_one_thread(run):
    output = run("snippets/coroutines/one_thread_many_tasks.py")
    assert output.numbers("10 tasks that each wait 0.1 s finished in")[-1] < 0.5
    assert output.number("threads they ran on:") == 1
