def test_a_blocking_call_stalls_every_task_and_the_fixes_do_not(run):
    output = run("snippets/coroutines/blocking_call.py")
    blocking = output.number("  blocking_sleep:")
    for fix in ("async_sleep", "in_a_thread", "in_an_executor"):
        assert output.number(f"  {fix}:") < blocking / 2
