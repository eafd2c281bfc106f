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


def warm_up(seconds: float = 0.3) -> None:
    """Run count() for a moment first: a cold CPU, and 3.11+'s specializing interpreter, would make
    whatever is timed first look slow."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        count(10_000)
