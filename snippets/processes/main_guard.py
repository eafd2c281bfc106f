"""Without `if __name__ == "__main__":`, a spawned child re-runs the script's top level and fails."""

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

UNGUARDED = textwrap.dedent(
    """
    import multiprocessing

    def work():
        print("working")

    multiprocessing.set_start_method("spawn", force=True)
    child = multiprocessing.Process(target=work)  # no guard: runs again in the child
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
    """
)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "unguarded.py"
        script.write_text(UNGUARDED)
        result = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
        )
    error = " ".join(result.stderr[result.stderr.rfind("RuntimeError") :].split())
    print(f"parent printed: {result.stdout.strip()}")
    print(f"child failed with: {error.split('.')[0]}.")


if __name__ == "__main__":
    main()
