"""Fixtures shared by every test: run a snippet the way the site build runs it, and read its output.

Snippets run on `sys.executable` unless SNIPPET_PYTHON names another interpreter (any CPython 3.10+,
free-threaded included: snippets use the standard library only). Claims that depend on the build
ask the `interpreter` fixture which build that is. A claim is checked once per command: on the
builder, from the record of the session's own build (`site`); elsewhere, or under other conditions
(a start method, SIGINT ignored, busy CPUs), by one verdict over every claim about that command.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild.build import RECORD
from sitebuild.chapters import Chapters, load
from sitebuild.charts import run_plot
from sitebuild.claims import Claim, about
from sitebuild.interpreters import Interpreter, describe
from sitebuild.readings import Output
from sitebuild.runs import ROOT, check, outputs, run_snippet
from sitebuild.verdicts import Verdict, verify


@pytest.fixture(scope="session")
def snippet_python() -> str:
    return os.environ.get("SNIPPET_PYTHON", sys.executable)


@pytest.fixture(scope="session")
def interpreter(snippet_python: str) -> Interpreter:
    return describe(snippet_python)


@pytest.fixture(scope="session")
def gil_disabled(interpreter: Interpreter) -> bool:
    return not interpreter.gil_enabled


@pytest.fixture(params=["fork", "spawn", "forkserver"])
def start_method(request, interpreter: Interpreter) -> str:
    """Each multiprocessing start method the snippet interpreter's platform offers."""
    if request.param not in interpreter.start_methods:
        pytest.skip(f"no {request.param} start method on {interpreter.system}")
    return request.param


@pytest.fixture(scope="session")
def run(snippet_python: str):
    """run("snippets/x/y.py", "arg", ...) -> Output, failing the test as the build would fail."""

    def run(path: str, *args: object, timeout: float = 60, root: Path = ROOT) -> Output:
        arguments = [str(a) for a in args]
        result = run_snippet(path, arguments, python=snippet_python, timeout=timeout, root=root)
        check(result, path)
        return Output(result.stdout)

    return run


@pytest.fixture(scope="session")
def typical(run):
    """typical(read, "snippets/x/y.py", "arg", ...) -> the median of read(output) over three runs.

    For timings of CPU-bound threads: on a small virtual machine one core can run at a fraction of
    the other's speed for a second or more, and a thread that stays on it skews about one run in
    thirty. The median is off only when two runs of three are. (A page's claims go through
    check_claim instead.)"""

    def typical(read, path: str, *args: object, timeout: float = 60) -> float:
        return statistics.median(read(run(path, *args, timeout=timeout)) for _ in range(3))

    return typical


@pytest.fixture(scope="session")
def chapters() -> Chapters:
    return load()


@pytest.fixture(scope="session")
def build_record(request, snippet_python: str) -> dict[tuple[str, tuple[str, ...]], dict]:
    """(path, args) -> what this session's build (`site`) showed and checked for that command on
    the snippet interpreter; empty unless the snippet interpreter is the builder."""
    if snippet_python != sys.executable:
        return {}
    record = json.loads((request.getfixturevalue("site") / RECORD).read_text(encoding="utf-8"))
    return {
        (entry["path"], tuple(entry["args"])): entry for entry in record if entry["python"] == sys.executable
    }


@pytest.fixture(scope="session")
def checks(snippet_python: str, interpreter: Interpreter, chapters: Chapters):
    """checks(path, args, run_args=None, context="") -> the verdict (sitebuild.verdicts.verify) of
    fresh runs of ``python path *run_args`` over every claim about ``python path *args`` that
    applies here, run once per session for each `context` (what the caller set up around it)."""
    verdicts: dict[tuple, Verdict] = {}

    def checks(path: str, args: tuple[str, ...], run_args: tuple[str, ...] | None = None, context: str = ""):
        run_args = args if run_args is None else run_args
        key = (path, args, run_args, context)
        if key not in verdicts:
            claims = about(chapters.claims, path, args, interpreter)
            runs = outputs(path, run_args, python=snippet_python, timeout=120)
            verdicts[key] = verify(" ".join(["python", path, *run_args]), claims, runs)
        return verdicts[key]

    return checks


@pytest.fixture(scope="session")
def check_claim(interpreter: Interpreter, checks, build_record):
    """check_claim(claim, run_args=None, context=""): the claim holds on the snippet interpreter, as
    the build's own sitebuild.verdicts.verify found it (up to three runs: a busy machine can hide two
    CPUs at work, never fake it). Skips where the page does not make the claim, and where every run
    that contradicts it was short of the CPUs it needs (the message says how many; sitebuild.host).
    `run_args` replaces the claim's own (the start-method tests pass one), `context` names what the
    caller set up around the runs (each context runs the command once)."""

    def check_claim(claim: Claim, run_args: tuple[str, ...] | None = None, context: str = "") -> None:
        if not claim.applies(interpreter):
            pytest.skip(f"claim about {', '.join(c.says for c in claim.when)}")
        entry = build_record.get((claim.snippet, claim.args)) if run_args is None and not context else None
        if entry is not None:  # the build checked it on the output it published
            found = [c for c in entry["claims"] if c["says"] == claim.says]
            assert found, f"{entry['command']}: the build's record has no result for {claim.says!r}"
            if not found[0]["holds"] and entry["excused"]:
                pytest.skip(
                    f"{entry['command']}: the build's runs were short of CPUs ({entry['interpreter']})"
                )
            assert found[0]["holds"], f"{entry['command']} on {entry['interpreter']}: {found[0]['notes']}"
            return
        verdict = checks(claim.snippet, claim.args, run_args, context)
        failed = claim.says in {c.says for c in verdict.failed}  # claims files load once per caller
        if failed and verdict.excused:
            pytest.skip(verdict.message(interpreter))
        assert not failed, verdict.message(interpreter)

    return check_claim


@pytest.fixture(scope="session")
def chart():
    """chart("snippets/x/plot_y.py", record="") -> the SVG that plotting program prints for that
    --json record, run exactly as the build runs it (in the building interpreter: matplotlib)."""

    def chart(path: str, record: str = "") -> str:
        result = run_plot(path, record)
        check(result, path)
        assert "<svg" in result.stdout, path
        return result.stdout

    return chart


@pytest.fixture
def mutant(tmp_path: Path):
    """mutant("snippets/x/y.py", old, new) -> a root holding a copy of the snippet's chapter in which
    that snippet has `old` replaced by `new`. Tests use it to prove that a claim's test can fail,
    e.g. that removing a lock makes updates go missing."""

    def mutant(path: str, old: str, new: str) -> Path:
        chapter = Path(path).parent
        shutil.copytree(ROOT / chapter, tmp_path / chapter)
        source = (tmp_path / path).read_text(encoding="utf-8")
        assert old in source, f"{path} no longer contains {old!r}"
        (tmp_path / path).write_text(source.replace(old, new), encoding="utf-8")
        return tmp_path

    return mutant


@pytest.fixture(scope="session")
def mkdocs_build():
    """mkdocs_build(config_dir, site_dir) -> the finished `mkdocs build --strict` of that site, or
    the same with the engine SITE_BUILDER names (`properdocs`: `make test-properdocs`)."""
    engine = os.environ.get("SITE_BUILDER", "mkdocs")

    def mkdocs_build(config_dir: Path, site_dir: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                engine,
                "build",
                "--strict",
                "-f",
                "mkdocs.yml",
                "--site-dir",
                str(site_dir),
            ],
            cwd=config_dir,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            timeout=240,
            check=False,
        )

    return mkdocs_build


@pytest.fixture(scope="session")
def mini_site():
    """mini_site(root, page, extensions="") -> root, holding a one-page site built by this
    repository's hook (`theme: material`: ProperDocs bundles no theme of its own)."""

    def mini_site(root: Path, page: str, extensions: str = "") -> Path:
        hook = (ROOT / "hooks" / "snippet_output.py").as_posix()
        (root / "mkdocs.yml").write_text(
            f"site_name: test\ntheme: material\nhooks: ['{hook}']\n"
            "plugins: [markdown-exec: {languages: []}]\n"
            f"markdown_extensions: [pymdownx.superfences, admonition, {extensions or 'toc'}]\n",
            encoding="utf-8",
        )
        (root / "docs").mkdir(exist_ok=True)
        (root / "docs" / "index.md").write_text(
            "---\ndescription: A test page.\n---\n\n" + page, encoding="utf-8"
        )
        return root

    return mini_site


@pytest.fixture(scope="session")
def site(tmp_path_factory, mkdocs_build) -> Path:
    """The whole site, built once per test session with `mkdocs build --strict`."""
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir
