"""Check (or, with --fix, repair) the tracked text files: no trailing whitespace, one final newline.

    python tools/text_files.py [--fix] [files...]    # no files: every file git tracks

`make lint` and pre-commit check; `make fix` repairs. Binary files (a NUL byte) are skipped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def problems(data: bytes) -> list[str]:
    found = []
    if any(line.rstrip(b"\r") != line.rstrip(b" \t\r") for line in data.split(b"\n")):
        found.append("trailing whitespace")
    if data and (not data.endswith(b"\n") or data.endswith(b"\n\n")):
        found.append("not exactly one newline at the end")
    return found


def repaired(data: bytes) -> bytes:
    lines = [line.rstrip(b" \t") for line in data.split(b"\n")]
    return b"\n".join(lines).rstrip(b"\n") + b"\n" if data.strip() else data


def main(*args: str) -> int:
    fix = "--fix" in args
    files = [a for a in args if a != "--fix"] or subprocess.run(
        ["git", "ls-files"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    status = 0
    for name in files:
        path = Path(name)
        if not path.is_file():
            continue
        data = path.read_bytes()
        if b"\0" in data or not (found := problems(data)):
            continue
        if fix:
            path.write_bytes(repaired(data))
            print(f"{name}: fixed {', '.join(found)}")
        else:
            print(f"{name}: {', '.join(found)} (make fix repairs it)")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
