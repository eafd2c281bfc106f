"""What a claim read from an output, noted for the "Checked on this output" list
(hooks/sitebuild/readings.py), without changing what the claim computes."""

from sitebuild.readings import Output

OUTPUT = Output("ratio: 1.18\nsleep(0.1): 0.100 s wall, 0.001 s CPU\nstatus: done\n")


def test_a_comparison_notes_the_value_read_and_its_bound():
    noting = OUTPUT.noting()
    assert noting.number("ratio:") > 0.85
    assert noting.notes == ["ratio: 1.18 > 0.85"]


def test_arithmetic_on_readings_names_both_values():
    noting = OUTPUT.noting()
    wall, cpu = noting.numbers("sleep(0.1)")
    assert cpu < wall / 2
    assert noting.notes == ["sleep(0.1) #2: 0.001 < (sleep(0.1) #1: 0.100 / 2 = 0.05)"]


def test_text_notes_what_was_looked_for_and_what_was_there():
    noting = OUTPUT.noting()
    assert "status: done" in noting.text
    assert not noting.value("status:") == "failed"
    assert noting.notes == ["the output has 'status: done'", "status: 'done', not 'failed'"]


def test_readings_compute_what_plain_values_compute():
    noting = OUTPUT.noting()
    assert noting.number("ratio:") == OUTPUT.number("ratio:") == 1.18
    assert noting.numbers("sleep(0.1)") == OUTPUT.numbers("sleep(0.1)") == [0.1, 0.001]
    assert noting.value("status:") == OUTPUT.value("status:") == "done"
    assert noting.words() == OUTPUT.words()
    assert OUTPUT.notes is None
