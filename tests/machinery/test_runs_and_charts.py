"""The machinery behind every page: failures fail the build and name the file; output stays text."""

from __future__ import annotations

import os
import re
import sys
import textwrap
import time
from pathlib import Path

import matplotlib
import pytest
from sitebuild import charts
from sitebuild.build import Build
from sitebuild.cache import RunCache
from sitebuild.charts import run_plot, svg_figure
from sitebuild.interpreters import describe
from sitebuild.runs import ROOT, SnippetError, check, run_snippet


def write(root: Path, path: str, source: str) -> str:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_runs_the_file_as_main_from_the_root(tmp_path):
    path = write(tmp_path, "snippets/where.py", "import os; print(__name__, os.getcwd())\n")
    run = run_snippet(path, root=tmp_path)
    assert run.stdout.split() == ["__main__", str(tmp_path)]
    assert run.command == [sys.executable, path]


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(SnippetError, match="snippets/nope.py: no such snippet file"):
        run_snippet("snippets/nope.py", root=tmp_path)


def test_an_unexpected_exit_status_is_an_error_with_stderr(tmp_path):
    path = write(tmp_path, "snippets/fails.py", "raise SystemExit('broken on purpose')\n")
    with pytest.raises(SnippetError, match=r"(?s)snippets/fails.py: exited with status 1.*broken on purpose"):
        check(run_snippet(path, root=tmp_path), path)


def test_a_traceback_in_a_thread_is_an_error_despite_exit_status_0(tmp_path):
    path = write(
        tmp_path,
        "snippets/thread_dies.py",
        """
        from threading import Thread
        Thread(target=lambda: 1 / 0).start()
        """,
    )
    run = run_snippet(path, root=tmp_path)
    assert run.returncode == 0
    with pytest.raises(SnippetError, match="(?s)wrote to stderr.*ZeroDivisionError"):
        check(run, path)


def test_an_expected_failure_is_accepted(tmp_path):
    path = write(tmp_path, "snippets/fails.py", "raise SystemExit(3)\n")
    check(run_snippet(path, root=tmp_path), path, expected_returncode=3)


def alive(pid: int) -> bool:
    """Whether the process is running (a killed child whose parent died too may linger as a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_a_slow_snippet_times_out_and_its_children_are_killed(tmp_path):
    path = write(
        tmp_path,
        "snippets/hangs.py",
        """
        import subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        print(child.pid, flush=True)
        time.sleep(60)
        """,
    )
    start = time.monotonic()
    expected = r"(?s)snippets/hangs.py: still running after 1 s.*stdout so far:\n\d+"
    with pytest.raises(SnippetError, match=expected) as error:
        run_snippet(path, root=tmp_path, timeout=1)
    assert time.monotonic() - start < 10
    child = int(error.value.args[0].split("stdout so far:\n")[1].split()[0])
    time.sleep(0.2)
    assert not alive(child)


def test_a_failing_snippet_fails_the_strict_build_naming_the_file(tmp_path, mkdocs_build, mini_site):
    write(tmp_path, "snippets/fails.py", "import sys\nprint('half done')\nsys.exit('broken on purpose')\n")
    site = mini_site(tmp_path, '# Page\n\n```snippet claims="none"\nsnippets/fails.py\n```\n')
    result = mkdocs_build(site, tmp_path / "site")
    assert result.returncode != 0
    assert "snippets/fails.py: exited with status 1" in result.stderr
    assert "broken on purpose" in result.stderr


def test_a_missing_snippet_fails_the_strict_build_naming_the_file(tmp_path, mkdocs_build, mini_site):
    site = mini_site(tmp_path, '```snippet claims="none"\nsnippets/typo.py\n```\n')
    result = mkdocs_build(site, tmp_path / "site")
    assert result.returncode != 0
    assert "snippets/typo.py: no such snippet file" in result.stderr


def test_output_is_rendered_as_text_never_as_html(tmp_path, mkdocs_build, mini_site):
    write(tmp_path, "snippets/markup.py", "print('<script>alert(1)</script> ```` **bold**')\n")
    site = mini_site(tmp_path, '```snippet claims="none" args="<b>"\nsnippets/markup.py\n```\n')
    result = mkdocs_build(site, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; ```` **bold**" in page
    assert "$ python snippets/markup.py '&lt;b&gt;'" in page


def test_builds_get_one_tab_each_and_a_missing_build_says_how_to_get_it(
    tmp_path, mkdocs_build, monkeypatch, mini_site
):
    monkeypatch.setenv("FREE_THREADED_PYTHON", "")  # none, not even one on PATH
    write(tmp_path, "snippets/hello.py", "print('hello')\n")
    page = '```snippet claims="none" builds="GIL free-threaded"\nsnippets/hello.py\n```\n'
    site = mini_site(tmp_path, page, extensions="pymdownx.tabbed")
    result = mkdocs_build(site, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f"Output · {describe().provenance}" in text
    assert "Not run for this copy of the site" in text
    assert "FREE_THREADED_PYTHON=/path/to/python3.15t make serve" in text


def test_a_free_threaded_python_that_is_not_one_fails_the_build(
    tmp_path, mkdocs_build, monkeypatch, mini_site
):
    monkeypatch.setenv("FREE_THREADED_PYTHON", sys.executable)
    write(tmp_path, "snippets/hello.py", "print('hello')\n")
    page = '```snippet claims="none" builds="GIL free-threaded"\nsnippets/hello.py\n```\n'
    result = mkdocs_build(mini_site(tmp_path, page, extensions="pymdownx.tabbed"), tmp_path / "site")
    assert result.returncode != 0
    assert f"FREE_THREADED_PYTHON={sys.executable} is not a free-threaded build" in result.stderr


SVG = (
    '<?xml version="1.0"?>\n<svg width="504pt" height="302pt" viewBox="0 0 504 302">'
    "<metadata><dc:description>Threads took turns.</dc:description></metadata>"
    '<defs><style type="text/css">*{stroke-linejoin: round; stroke-linecap: butt}</style>'
    '<clipPath id="p1"><rect/></clipPath></defs>'
    '<g clip-path="url(#p1)" style="fill: #000000"><use xlink:href="#p1"/></g></svg>'
)


def test_a_chart_is_made_theme_aware_unique_and_described():
    figure = svg_figure(SVG, "Output · CPython <3.13>", "chart7")
    assert figure.startswith('<figure class="snippet-chart"><svg role="img" aria-label="Threads took turns."')
    assert 'id="chart7-p1"' in figure
    assert "url(#chart7-p1)" in figure
    assert 'href="#chart7-p1"' in figure
    assert "#000000" not in figure
    assert "currentColor" in figure
    assert 'width="504pt"' not in figure
    assert "<style" not in figure  # it would style every element of the page
    assert re.search(r'<svg[^>]* stroke-linejoin="round" stroke-linecap="butt"', figure)
    assert "<figcaption>Threads took turns.<br><small>Output · CPython &lt;3.13&gt;</small>" in figure


def test_a_chart_with_a_script_is_refused():
    with pytest.raises(SnippetError, match="with scripts"):
        svg_figure(SVG.replace("<g ", '<g onload="alert(1)" '), "", "x")


def test_a_plotting_program_runs_in_process_as_it_would_on_its_own(tmp_path):
    write(tmp_path, "snippets/scale.py", "FACTOR = 2\n")
    plot = "import os, sys\nfrom scale import FACTOR\nprint(os.getcwd(), int(sys.stdin.read()) * FACTOR)\n"
    path = write(tmp_path, "snippets/plot_x.py", plot)
    assert run_plot(path, "21", root=tmp_path).stdout.split() == [str(tmp_path), "42"]
    assert run_snippet(path, root=tmp_path).returncode == 1  # (no input: the same program fails)
    write(tmp_path, "snippets/scale.py", "FACTOR = 3\n")
    assert run_plot(path, "21", root=tmp_path).stdout.split()[1] == "63"  # its neighbour, re-imported
    assert not list(tmp_path.rglob("__pycache__"))  # mkdocs serve would see new files and rebuild
    assert os.getcwd() != str(tmp_path)


def test_a_failing_plotting_program_reports_its_traceback(tmp_path):
    path = write(
        tmp_path, "snippets/plot_bad.py", "import sys\nprint('partial')\nraise ValueError(sys.stdin.read())\n"
    )
    run = run_plot(path, "no data", root=tmp_path)
    assert (run.returncode, run.stdout) == (1, "partial\n")
    assert "ValueError: no data" in run.stderr
    with pytest.raises(SnippetError, match="exited with status 1"):
        check(run, path)
    exit_path = write(tmp_path, "snippets/plot_exit.py", "import sys\nsys.exit('no chart today')\n")
    assert (
        run_plot(exit_path, "", root=tmp_path).returncode,
        run_plot(exit_path, "", root=tmp_path).stderr,
    ) == (
        1,
        "no chart today\n",
    )


def test_a_chart_waits_for_the_warm_up_and_gets_its_failure(tmp_path, monkeypatch):
    """A build warms matplotlib up in the background while pages render (charts.warm_up): a chart
    never draws beside it, and what went wrong there fails the chart (so the build names the page)
    instead of vanishing."""
    path = write(tmp_path, "snippets/plot_x.py", "print('drawn')\n")
    drawn = []
    monkeypatch.setattr(charts, "_draw_nothing", lambda: (time.sleep(0.2), drawn.append("warm-up")))
    build = Build(tmp_path)
    build.start([])
    assert build.plot(path, "") == "drawn\n"
    drawn.append("chart")
    build.finish()
    assert drawn == ["warm-up", "chart"]
    monkeypatch.setattr(charts, "_draw_nothing", lambda: 1 / 0)
    build = Build(tmp_path)
    build.start([])
    with pytest.raises(ZeroDivisionError):
        build.plot(path, "")
    build.finish()


def test_one_chart_cannot_change_the_next():
    matplotlib.rcParams["font.size"] = 30
    run_plot("snippets/history/plot_history.py", (ROOT / "history" / "results.json").read_text())
    assert matplotlib.rcParams["font.size"] == matplotlib.rcParamsOrig["font.size"]


def test_serve_reruns_only_what_an_edit_affects(tmp_path):
    counting = "import sys\nwith open('runs', 'a') as f: f.write('x')\nprint(sys.stdin.read())\n"
    path = write(tmp_path, "snippets/program.py", "import helper\n" + counting)
    write(tmp_path, "snippets/helper.py", "")
    write(tmp_path, "snippets/other.py", counting)
    cache = RunCache()
    cache.keep_between_builds = True  # as in `mkdocs serve`

    def runs(path: str, data: str = "") -> int:
        cache.get((path,), tmp_path / path, data, lambda: run_plot(path, data, root=tmp_path))
        return len((tmp_path / "runs").read_text())

    cache.new_build()
    assert runs(path) == 1
    assert runs(path) == 1  # unchanged: reused
    assert runs("snippets/other.py") == 2  # another snippet runs, not reused
    write(tmp_path, "snippets/helper.py", "# edited\n")
    assert runs(path) == 3  # a module it imports changed
    assert runs(path, "data") == 4  # a plotting program's input changed
    assert runs(path, "data") == 4
    cache.new_build()
    assert runs(path, "data") == 4  # serve keeps results between builds
    cache.keep_between_builds = False  # as in `mkdocs build`
    cache.new_build()
    assert runs(path, "data") == 5
