"""The two workloads this chapter times, CPU-bound Python code and waiting (for the network, say),
and how it times them.

A module of its own, so that worker processes and interpreters can import the workloads by name.
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


def timed(run) -> float:
    """Seconds of wall time that run() takes."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def time_map(executor, work, args) -> float:
    """Seconds for executor.map(work, args), timed once every worker has started."""
    list(executor.map(wait_for_io, [0.01] * 8))
    return timed(lambda: list(executor.map(work, args)))
