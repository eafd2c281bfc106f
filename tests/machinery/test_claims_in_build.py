"""The build refuses an output that contradicts its page: a mutant that removes the parallelism from
a program whose page says it runs in parallel fails `mkdocs build --strict`, naming snippet and claim."""

import shutil

import pytest
from sitebuild.interpreters import describe
from sitebuild.runs import ROOT

SNIPPET = "snippets/gil/threads_speed_up_hashing.py"


@pytest.mark.build
def test_a_build_refuses_a_mutant_without_parallelism(tmp_path, mkdocs_build, mini_site):
    if describe().cpus < 2:
        pytest.skip("needs 2 CPUs")
    shutil.copytree(ROOT / "snippets" / "gil", tmp_path / "snippets" / "gil")
    shutil.copytree(
        ROOT / "tests" / "gil", tmp_path / "tests" / "gil", ignore=shutil.ignore_patterns("test_*")
    )
    source = (tmp_path / SNIPPET).read_text(encoding="utf-8")
    threaded = "lambda: threaded(hash_megabytes, n)"
    assert threaded in source
    (tmp_path / SNIPPET).write_text(source.replace(threaded, "lambda: sequential(hash_megabytes, n)"))
    result = mkdocs_build(mini_site(tmp_path, f"```snippet\n{SNIPPET}\n```\n"), tmp_path / "site")
    if result.returncode == 0 and "run(s) were short of CPUs" in result.stderr:
        pytest.skip(result.stderr)  # the machine's host took a CPU: no run could tell
    assert result.returncode != 0
    assert f"docs/index.md: python {SNIPPET}: on CPython" in result.stderr
    assert "run(s) contradict the page" in result.stderr
    assert "claim: two threads hash at the same time on two cores" in result.stderr
    assert result.stderr.count("threads / sequential:") >= 3  # the value each run showed
