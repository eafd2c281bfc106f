"""The repository as contributors get it: pinned dependencies, safe workflows."""

import re
import subprocess
import sys
from pathlib import Path

import text_files
from sitebuild.runs import ROOT


def test_every_requirement_is_pinned():
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    requirements = [line for line in lines if line.strip() and not line.startswith("#")]
    assert requirements
    assert [line for line in requirements if not re.match(r"^[\w.\-\[\]]+==[\w.]+(; .+)?$", line)] == []


def test_zizmor_finds_nothing_in_the_workflows():
    zizmor = Path(sys.executable).parent / "zizmor"
    result = subprocess.run(
        [str(zizmor), "--offline", "--persona=pedantic", "--no-progress", ".github"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_every_action_is_pinned_to_a_full_commit_sha():
    for workflow in (ROOT / ".github" / "workflows").glob("*.yml"):
        for uses in re.findall(r"uses:\s*(\S+)", workflow.read_text()):
            assert re.fullmatch(r"[\w.\-/]+@[0-9a-f]{40}", uses), f"{workflow.name}: {uses}"


def test_make_lint_reports_whitespace_without_rewriting_and_make_fix_repairs_it(tmp_path, capsys):
    file = tmp_path / "page.md"
    file.write_bytes(b"a line  \nlast line")
    assert text_files.main(str(file)) == 1
    assert file.read_bytes() == b"a line  \nlast line"
    assert "make fix" in capsys.readouterr().out
    assert text_files.main("--fix", str(file)) == 0
    assert file.read_bytes() == b"a line\nlast line\n"
    assert text_files.main(str(file)) == 0
