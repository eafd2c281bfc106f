def test_the_chart_states_the_winners(run, chart):
    table = run("snippets/futures/compare_models.py", timeout=120).text
    svg = chart("snippets/choosing/plot_compare_models.py", table)
    assert "for waiting, " in svg
    assert "Speedup over sequential on Python " in svg
