"""What this Python is: the facts that decide how threads and processes act."""

import multiprocessing
import os
import platform
import sys
import sysconfig


def main() -> None:
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    # sys._is_gil_enabled() exists from 3.13; older builds always have a GIL.
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(
        f"implementation:        {platform.python_implementation()} "
        f"{platform.python_version()}"
    )
    print(f"free-threaded build:   {'yes' if free_threaded else 'no'}")
    print(f"GIL enabled right now: {'yes' if gil else 'no'}")
    print(f"CPUs:                  {os.cpu_count()}")
    print(f"switch interval:       {sys.getswitchinterval() * 1000:g} ms")
    print(f"default start method:  {multiprocessing.get_start_method()}")
    print(f"operating system:      {platform.system()} {platform.machine()}")


if __name__ == "__main__":
    main()
