"""Is this a free-threaded build, and is the GIL off right now? Two different questions."""

import os
import sys
import sysconfig


def main() -> None:
    # Compiled with --disable-gil (python3.13t, python3.14t)?
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    # Is the GIL actually off? A free-threaded build can turn it back on (3.13+).
    gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"Python {sys.version.split()[0]}")
    print(f"free-threaded build: {free_threaded_build}")
    print(f"GIL enabled now: {gil_enabled}")
    print(f"PYTHON_GIL environment variable: {os.environ.get('PYTHON_GIL', '(not set)')}")
    print(f"-X gil option: {sys._xoptions.get('gil', '(not given)')}")


if __name__ == "__main__":
    main()
