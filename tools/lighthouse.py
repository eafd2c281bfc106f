"""Lighthouse scores of the built site: the home page and the longest page, mobile and desktop.

    make lighthouse        (installs lighthouse@12.2.3 with npm into .cache/ on first use)

Serves site/ (build it first: make build) gzip-compressed on 127.0.0.1 as a static host would,
runs Lighthouse with Debian's Chromium, and prints the four category scores and the page weight.
Exits non-zero if a score is under its target: 100 everywhere, performance at least 95.

Mobile performance depends on this machine's speed: Lighthouse slows the CPU down 4x, a factor
meant for a fast desktop (benchmark index about 1500); a slower machine scores lower.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from static_server import ROOT, serve

LIGHTHOUSE = ROOT / ".cache" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"


def audit(url: str, desktop: bool) -> dict:
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-path={shutil.which('chromium') or '/usr/bin/chromium'}",
        f"--chrome-flags={FLAGS}",
    ] + (["--preset=desktop"] if desktop else [])
    report = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failed = {
        c: [
            a
            for a in report["categories"][c]["auditRefs"]
            if report["audits"][a["id"]].get("score") not in (None, 1) and a.get("weight")
        ]
        for c in CATEGORIES
    }
    weight = report["audits"]["total-byte-weight"]["numericValue"] / 1024
    return {
        "benchmark": report["environment"]["benchmarkIndex"],
        "scores": scores,
        "weight_kib": weight,
        "failed": {c: [a["id"] for a in f] for c, f in failed.items() if f},
    }


def main() -> int:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        sys.exit("no site/: run `make build` first")
    pages = sorted(site.glob("*/index.html"), key=lambda p: p.stat().st_size)
    targets = {"home": "", "longest page": pages[-1].parent.name + "/"}
    server, base = serve(site)
    worst_ok = True
    try:
        for name, path in targets.items():
            for desktop in (False, True):
                result = audit(base + path, desktop)
                form = "desktop" if desktop else "mobile"
                scores = " ".join(f"{c} {s:>3}" for c, s in result["scores"].items())
                print(
                    f"{name:<13} /{path:<16} {form:<8} {scores}  weight {result['weight_kib']:.0f} KiB"
                    f"  (CPU benchmark index {result['benchmark']:.0f})"
                )
                for category, audits in result["failed"].items():
                    print(f"    {category}: {', '.join(audits)}")
                worst_ok &= all(result["scores"][c] >= t for c, t in TARGETS.items())
    finally:
        server.shutdown()
    return 0 if worst_ok else 1


if __name__ == "__main__":
    sys.exit(main())
