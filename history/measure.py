"""Measure the seed's programs on every CPython found and write history/results.json.

Takes several minutes: run it by hand, then commit the result (the history page renders it).

    python history/measure.py [--pythons /path/to/python2.7 /path/to/python3.13t ...]

By default it uses pyenv's interpreters (`pyenv root`) and $FREE_THREADED_PYTHON. On Python 2.7
it runs the overview's programs exactly as printed (history/seed/), plus copies that read the
wall clock; on Python 3 it runs the site's snippets. Runs one program at a time, nothing else
should be running.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
from sitebuild.interpreters import describe  # noqa: E402 (the build's own probe and parsing)
from sitebuild.runs import Output  # noqa: E402

RUNS = 5  # runs of each counter, to count how many lose updates


def output(python: str, *args: str) -> str:
    return subprocess.run([python, *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def number(text: str, label: str) -> float:
    return Output(text).number(label)


def seed_variant(name: str, replacements: dict) -> str:
    """A temporary copy of a seed program with some text replaced (the page says which)."""
    source = (ROOT / "history" / "seed" / name).read_text()
    for old, new in replacements.items():
        assert old in source, old
        source = source.replace(old, new)
    handle, path = tempfile.mkstemp(suffix=".py")
    with os.fdopen(handle, "w") as file:
        file.write(source)
    return path


def measure_python2(python: str) -> dict:
    as_printed = output(python, "history/seed/threadPerformance.py")
    wall_clock = {"time.clock()": "time.time()", "%d": "%.2f"}
    wall = output(python, seed_variant("threadPerformance.py", wall_clock))
    counter_big = seed_variant("counter.py", {"range(100)": "range(100000)"})
    return {
        "seed_program": {
            "cpu_clock": {
                "sequential": number(as_printed, "Sequential:"),
                "concurrent": number(as_printed, "Concurrent:"),
            },
            "wall_clock": {
                "sequential": number(wall, "Sequential:"),
                "concurrent": number(wall, "Concurrent:"),
            },
        },
        "threads_over_sequential": number(wall, "Concurrent:") / number(wall, "Sequential:"),
        "counter_100_lost": [1000 - int(output(python, "history/seed/counter.py")) for _ in range(RUNS)],
        "counter_100000_lost": [1_000_000 - int(output(python, counter_big)) for _ in range(RUNS)],
    }


def lost(python: str, increments: int) -> list:
    runs = [output(python, "snippets/threading/seed_counter.py", str(increments)) for _ in range(RUNS)]
    return [int(number(r, "expected:") - number(r, "count:")) for r in runs]


def measure_python3(python: str) -> dict:
    ratios = [
        number(output(python, "snippets/gil/count_threads.py"), "threads / sequential:") for _ in range(3)
    ]
    return {
        "threads_over_sequential": statistics.median(ratios),
        "counter_100_lost": lost(python, 100),
        "counter_100000_lost": lost(python, 100_000),
    }


def pythons() -> list:
    found = []
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout.strip()
        found = sorted(
            Path(root, "versions").glob("*/bin/python"),
            key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.parent.name)],
        )
    except (OSError, subprocess.CalledProcessError):
        pass
    extra = [os.environ["FREE_THREADED_PYTHON"]] if os.environ.get("FREE_THREADED_PYTHON") else []
    return [str(p) for p in found] + extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pythons", nargs="*", default=None)
    args = parser.parse_args()
    results = []
    for python in args.pythons or pythons():
        interpreter = describe(python)
        about = {"python": interpreter.version, "build": interpreter.build}
        print(f"measuring {about['python']} ({about['build']})...", file=sys.stderr)
        measure = measure_python2 if interpreter.version_tuple < (3, 0) else measure_python3
        results.append({**about, **measure(python)})
    cpu = (
        re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
        if Path("/proc/cpuinfo").exists()
        else None
    )
    data = {
        "measured_on": datetime.date.today().isoformat(),
        "machine": {
            "cpu": cpu.group(1) if cpu else platform.processor(),
            "cpus": os.cpu_count(),
            "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        },
        "runs_per_counter": RUNS,
        "results": results,
    }
    (ROOT / "history" / "results.json").write_text(json.dumps(data, indent=2) + "\n")
    print(f"wrote history/results.json ({len(results)} interpreters)", file=sys.stderr)


if __name__ == "__main__":
    main()
