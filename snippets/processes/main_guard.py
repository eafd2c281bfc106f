"""Without the `__main__` guard, a spawned child re-runs the script, fails."""

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
    # no guard: runs again in the child
    child = multiprocessing.Process(target=work)
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
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    error = " ".join(
        result.stderr[result.stderr.rfind("RuntimeError") :].split()
    )
    print(f"parent printed: {result.stdout.strip()}")
    print("child failed with:")
    print(
        textwrap.fill(
            error.split(".")[0] + ".",
            78,
            initial_indent="  ",
            subsequent_indent="  ",
        )
    )


if __name__ == "__main__":
    main()
