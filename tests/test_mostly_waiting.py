"""The programs the build runs side by side (MOSTLY_WAITING in tests/<chapter>/claims.py, see
hooks/sitebuild/plan.py) show what their pages claim with two busy loops on every CPU: more
load than they put on one another. A program whose claims need idle CPUs (it times CPU-bound work,
or counts what a race lost) fails here, and belongs with the programs the build runs alone."""

import os
import subprocess
import sys

import pytest
from sitebuild.chapters import load
from sitebuild.plan import fences
from sitebuild.runs import ROOT

CHAPTERS = load()
WAITING = sorted(CHAPTERS.mostly_waiting)
CLAIMS = [claim for claim in CHAPTERS.claims if claim.snippet in WAITING]
# burns 0.3 s of CPU time, then prints how much wall time that took
COMPUTE = (
    "import time\n"
    "wall, cpu = time.perf_counter(), time.process_time()\n"
    "while time.process_time() - cpu < 0.3: pass\n"
    "print(time.perf_counter() - wall)\n"
)


@pytest.fixture(scope="module")
def busy_cpus():
    """Two busy loops per CPU while this module's tests run."""
    loops = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2 * os.cpu_count())]
    yield
    for loop in loops:
        loop.kill()
        loop.wait()


def test_every_program_listed_is_one_the_pages_run():
    shown = {
        fence.path for page in (ROOT / "docs").rglob("*.md") for fence in fences(page.read_text("utf-8"))
    }
    assert WAITING, "no program runs side by side: this test checks nothing"
    assert [path for path in WAITING if path not in shown] == []


def test_only_the_programs_that_run_alone_have_claims_a_busy_machine_excuses():
    """A claim about a program listed here must hold on a busy machine, so none is excused for a run
    short of CPUs (sitebuild.verdicts); every other program's are."""
    assert CLAIMS, "no claim about a program that mostly waits: this test checks nothing"
    assert [str(claim) for claim in CLAIMS if claim.alone] == []
    assert all(claim.alone for claim in CHAPTERS.claims if claim.snippet not in WAITING)


def test_the_busy_loops_leave_a_program_under_half_a_cpu(busy_cpus, snippet_python):
    """What the claims below are checked against: a CPU-bound program takes over twice its CPU time."""
    result = subprocess.run([snippet_python, "-c", COMPUTE], capture_output=True, text=True, check=True)
    assert float(result.stdout) > 2 * 0.3


@pytest.mark.parametrize("claim", CLAIMS, ids=str)
def test_claim_holds_with_every_cpu_busy(claim, check_claim, busy_cpus):
    check_claim(claim, context="every CPU busy")
