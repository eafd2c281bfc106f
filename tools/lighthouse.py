"""Lighthouse scores of the built site: the home page and the longest page, mobile and desktop.

    make lighthouse                  (installs lighthouse@12.2.3 with npm into .cache/ on first use)
    FREE_THREADED_PYTHON=$(../shared/tools/free-threaded-python.sh) make lighthouse   (as published)
    .venv/bin/python tools/lighthouse.py --runs 9

Serves site/ (build it first: make build) gzip-compressed on 127.0.0.1 as a static host would,
and audits each page several times with Debian's Chromium. One run's performance score varies by
a few points, so, as Lighthouse's variability guide advises, it prints the median run (picked by
Lighthouse's own computeMedianRun: closest to the median first paint and time to interactive): its
four category scores, page weight and timings, then every run's performance score. Exits non-zero if
the median run misses a target: 100 everywhere, performance at least 95.

Mobile performance depends on this machine's speed: Lighthouse slows the CPU down 4x, a factor
meant for a fast desktop (benchmark index about 1500); a slower machine scores lower.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys

from static_server import ROOT, serve

LIGHTHOUSE = ROOT / ".cache" / "lighthouse" / "node_modules" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
# What Lighthouse's computeMedianRun compares runs by.
MEDIAN_AUDITS = ("first-contentful-paint", "interactive")
FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"
# The measurements behind the performance score, printed for the median run.
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
    "SI": "speed-index",
}
# Reads reports (only the audits computeMedianRun looks at) on stdin, prints the median's index.
MEDIAN_RUN = f"""
import {{ readFileSync }} from "node:fs";
import {{ computeMedianRun }} from "{(LIGHTHOUSE / "core" / "lib" / "median-run.js").as_uri()}";
const runs = JSON.parse(readFileSync(0, "utf8"));
console.log(runs.indexOf(computeMedianRun(runs)));
"""


def audit(url: str, desktop: bool) -> dict:
    command = [
        "node",
        str(LIGHTHOUSE / "cli" / "index.js"),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-path={shutil.which('chromium') or '/usr/bin/chromium'}",
        f"--chrome-flags={FLAGS}",
    ] + (["--preset=desktop"] if desktop else [])
    report = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    return {
        "audits": {a: {"numericValue": report["audits"][a]["numericValue"]} for a in MEDIAN_AUDITS},
        "benchmark": report["environment"]["benchmarkIndex"],
        "metrics": {n: report["audits"][a]["displayValue"].replace("\xa0", " ") for n, a in METRICS.items()},
        "scores": {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "weight_kib": report["audits"]["total-byte-weight"]["numericValue"] / 1024,
        "failed": {
            c: [
                a["id"]
                for a in report["categories"][c]["auditRefs"]
                if report["audits"][a["id"]].get("score") not in (None, 1) and a.get("weight")
            ]
            for c in CATEGORIES
        },
    }


def median_run(runs: list[dict]) -> dict:
    chosen = subprocess.run(
        ["node", "--input-type=module", "--eval", MEDIAN_RUN],
        input=json.dumps([{"audits": run["audits"]} for run in runs]),
        capture_output=True,
        text=True,
        check=True,
    )
    return runs[int(chosen.stdout)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="audits per page and form factor (default 5)")
    runs = parser.parse_args().runs
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        sys.exit("no site/: run `make build` first")
    pages = sorted(site.glob("*/index.html"), key=lambda p: p.stat().st_size)
    targets = {"home": "", "longest page": pages[-1].parent.name + "/"}
    server, base = serve(site)
    all_met = True
    try:
        for name, path in targets.items():
            for desktop in (False, True):
                results = [audit(base + path, desktop) for _ in range(runs)]
                result = median_run(results)
                form = "desktop" if desktop else "mobile"
                scores = " ".join(f"{c} {s:>3}" for c, s in result["scores"].items())
                print(f"{name:<13} /{path:<16} {form:<8} {scores}  weight {result['weight_kib']:.0f} KiB")
                print("    " + ", ".join(f"{metric} {value}" for metric, value in result["metrics"].items()))
                for category, audits in result["failed"].items():
                    if audits:
                        print(f"    {category}: {', '.join(audits)}")
                performance = ", ".join(str(r["scores"]["performance"]) for r in results)
                benchmarks = [round(r["benchmark"]) for r in results]
                print(
                    f"    performance, run by run: {performance}"
                    f"  (CPU benchmark index {min(benchmarks)}-{max(benchmarks)})"
                )
                all_met &= all(result["scores"][c] >= t for c, t in TARGETS.items())
    finally:
        server.shutdown()
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
