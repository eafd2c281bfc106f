import subprocess
import sys

import pytest
from sitebuild.runs import ROOT

SNIPPET = "snippets/executors/compare_models.py"


def test_waiting_speeds_up_with_threads_and_asyncio(run, start_method):
    output = run(SNIPPET, start_method, timeout=120)
    assert output.numbers("threads")[0] > 5
    assert output.numbers("asyncio")[0] > 5


def test_threads_do_not_speed_up_cpu_work_on_a_gil_build(typical, gil_disabled):
    if gil_disabled:
        pytest.skip("claim about GIL builds")
    assert typical(lambda output: output.numbers("threads")[1], SNIPPET, timeout=120) < 1.5


def test_the_chart_states_the_winners(run):
    record = run(SNIPPET, "--json", timeout=120).text
    chart = subprocess.run(
        [sys.executable, "snippets/executors/plot_compare_models.py"],
        input=record,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert "<svg" in chart.stdout
    assert "for waiting," in chart.stdout
