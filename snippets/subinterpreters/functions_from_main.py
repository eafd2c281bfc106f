"""Python 3.14+ sends a function defined in your script to worker
interpreters, but only from behind the __main__ guard."""

import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in 3.14
except ImportError:
    InterpreterPoolExecutor = None

# The same program without the guard: each worker runs it again to find
# square(), and so starts a pool of its own instead (CPython issue #136659).
UNGUARDED = """\
from concurrent.futures import InterpreterPoolExecutor

def square(n):
    return n * n

with InterpreterPoolExecutor(max_workers=1) as pool:
    print(list(pool.map(square, range(5))))
"""


def square(n: int) -> int:
    return n * n


def without_the_guard() -> str:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "unguarded.py"
        script.write_text(UNGUARDED, encoding="utf-8")
        try:
            child = subprocess.run(
                [sys.executable, str(script)],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return "no result: still running after 10 s, stopped"
    if child.returncode == 0:
        return f"worked: {child.stdout.strip()}"
    error = (child.stderr.strip().splitlines() or ["?"])[-1]
    return f"no result: exit code {child.returncode}, {error[:60]}"


def main() -> None:
    if InterpreterPoolExecutor is None:
        version = sys.version.split()[0]
        print(f"InterpreterPoolExecutor is not on {version}: it needs 3.14+")
        return
    with InterpreterPoolExecutor(max_workers=2) as pool:
        print("behind the guard:", list(pool.map(square, range(5))))
    print("a script without the guard:", without_the_guard())


if __name__ == "__main__":
    main()
