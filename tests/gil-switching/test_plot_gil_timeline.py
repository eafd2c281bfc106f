def test_draws_the_timeline_as_an_svg_that_states_its_finding(run, chart):
    svg = chart(
        "snippets/gil-switching/plot_gil_timeline.py",
        run("snippets/gil-switching/gil_timeline.py", "--json").text,
    )
    assert svg.lstrip().startswith("<?xml")
    assert "both threads running at once" in svg
