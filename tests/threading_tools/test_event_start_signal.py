def test_no_runner_starts_before_the_signal_and_all_start_after(run):
    output = run("snippets/threading_tools/event_start_signal.py")
    assert output.number("runners started before the signal:") == 0
    assert output.number("runners started after the signal:") == 5
