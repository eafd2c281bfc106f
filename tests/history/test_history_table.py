from test_results import DATA


def test_the_table_shows_every_measured_python_and_where_it_was_measured(run):
    text = run("snippets/history/history_table.py").text
    assert f"recorded by history/measure.py on {DATA['measured_on']}" in text
    assert DATA["machine"]["cpu"] in text
    for result in DATA["results"]:
        assert result["python"] in text


def test_the_chart_is_an_svg_that_states_when_it_was_measured(chart):
    assert f"Measured on {DATA['measured_on']}" in chart("snippets/history/plot_history.py")
