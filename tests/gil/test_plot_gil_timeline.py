import subprocess
import sys

from sitebuild.runs import ROOT, check, run_snippet


def test_draws_the_timeline_as_an_svg_that_states_its_finding(snippet_python):
    record = run_snippet("snippets/gil/gil_timeline.py", ["--json"], python=snippet_python)
    check(record, "snippets/gil/gil_timeline.py")
    # The plotting program needs matplotlib: it runs on the building interpreter, as in the build.
    chart = subprocess.run(
        [sys.executable, "snippets/gil/plot_gil_timeline.py"],
        input=record.stdout,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert chart.stdout.lstrip().startswith("<?xml")
    assert "<svg" in chart.stdout
    assert "both threads running at once" in chart.stdout
