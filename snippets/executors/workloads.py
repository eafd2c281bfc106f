"""The two workloads this chapter times: CPU-bound Python code, and waiting (for the network, say).

A module of its own, so that worker processes and interpreters can import them by name.
"""

import time


def count(n: int) -> int:
    while n > 0:
        n -= 1
    return n


def wait_for_io(seconds: float) -> None:
    time.sleep(seconds)  # stands for a network or disk wait: the GIL is released
