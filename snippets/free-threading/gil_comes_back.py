"""On a free-threaded build, PYTHON_GIL=1 or -X gil=1 turn the GIL back on."""

import os
import subprocess
import sys
import sysconfig

PROBE = (
    "import sys; "
    "print(sys._is_gil_enabled() if hasattr(sys, '_is_gil_enabled') else True)"
)


def gil_enabled(*options: str, **environment: str) -> str:
    """Whether a new interpreter with these options has the GIL, and whether it
    warned."""
    env = {**os.environ, **environment}
    command = [sys.executable, *options, "-c", PROBE]
    run = subprocess.run(
        command, env=env, capture_output=True, text=True, check=True
    )
    warned = "yes" if run.stderr else "no"
    return f"{run.stdout.strip():<5}  warning printed: {warned}"


def main() -> None:
    if not sysconfig.get_config_var("Py_GIL_DISABLED"):
        print(
            f"Python {sys.version.split()[0]} is a standard build: its GIL is "
            "always enabled"
        )
        return
    print(f"GIL enabled, no option:    {gil_enabled(PYTHON_GIL='')}")
    print(f"GIL enabled, PYTHON_GIL=1: {gil_enabled(PYTHON_GIL='1')}")
    print(
        "GIL enabled, -X gil=1:     "
        f"{gil_enabled('-X', 'gil=1', PYTHON_GIL='')}"
    )


if __name__ == "__main__":
    main()
