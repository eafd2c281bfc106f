"""history/results.json: its shape, and the claims the history page makes from it."""

import json
import re

import pytest
from sitebuild.runs import ROOT

DATA = json.loads((ROOT / "history" / "results.json").read_text(encoding="utf-8"))
RESULTS = DATA["results"]


def version(result: dict) -> tuple:
    return tuple(int(x) for x in result["python"].split(".")[:2])


def test_the_data_file_has_its_schema():
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", DATA["measured_on"])
    assert set(DATA["machine"]) == {"cpu", "cpus", "system"}
    assert DATA["runs_per_counter"] >= 3
    for result in RESULTS:
        assert re.fullmatch(r"\d+\.\d+\.\d+", result["python"])
        assert result["build"] in {"GIL", "free-threaded"}
        assert isinstance(result["threads_over_sequential"], float)
        for key in ("counter_100_lost", "counter_100000_lost"):
            assert len(result[key]) == DATA["runs_per_counter"]
            assert all(isinstance(n, int) and n >= 0 for n in result[key])


def test_it_covers_python_2_7_the_310_cliff_and_a_free_threaded_build():
    versions = {(version(r), r["build"]) for r in RESULTS}
    assert ((2, 7), "GIL") in versions
    assert any(v < (3, 10) and b == "GIL" and v[0] == 3 for v, b in versions)
    assert any(v >= (3, 10) and b == "GIL" for v, b in versions)
    assert any(b == "free-threaded" for _, b in versions)


def test_the_old_gil_made_threads_slower_than_sequential():
    (python2,) = [r for r in RESULTS if version(r) == (2, 7)]
    assert python2["threads_over_sequential"] > 1.0
    cpu, wall = python2["seed_program"]["cpu_clock"], python2["seed_program"]["wall_clock"]
    assert cpu["concurrent"] > cpu["sequential"]
    assert wall["concurrent"] > 0 and wall["sequential"] > 0


@pytest.mark.parametrize("result", RESULTS, ids=lambda r: r["python"] + r["build"])
def test_the_counter_loses_updates_before_310_and_without_a_gil_only(result):
    lost = result["counter_100000_lost"]
    if result["build"] == "free-threaded":
        assert all(lost)  # every run
    elif version(result) < (3, 10):
        assert sum(1 for n in lost if n) > len(lost) / 2  # most runs
    else:
        assert not any(lost)  # no run


def test_free_threaded_threads_beat_every_gil_build():
    free = [r["threads_over_sequential"] for r in RESULTS if r["build"] == "free-threaded"]
    gil = [r["threads_over_sequential"] for r in RESULTS if r["build"] == "GIL"]
    assert max(free) < min(gil)
