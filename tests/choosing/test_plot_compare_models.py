def test_the_chart_states_the_winners(run, chart):
    svg = chart(
        "snippets/choosing/plot_compare_models.py",
        run("snippets/futures/compare_models.py", "--json", timeout=120).text,
    )
    assert "for waiting," in svg
