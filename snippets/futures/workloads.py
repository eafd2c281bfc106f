"""The two workloads this chapter times, CPU-bound Python code and waiting
(for the network, say), and how it times them.

A module of its own, so that worker processes and interpreters can import the
workloads by name.
"""

import time


def count(n: int) -> None:
    while n > 0:
        n -= 1


def count_cpu_time(n: int) -> float:
    """count(n); return the CPU time that took on this thread: what a CPU
    did, however fast the machine ran it."""
    cpu = time.thread_time()
    count(n)
    return time.thread_time() - cpu


def wait_for_io(seconds: float) -> None:
    # stands for a network or disk wait: the GIL is released
    time.sleep(seconds)


def warm_up(seconds: float = 0.1) -> None:
    """Run count() for a moment first: a cold CPU, and 3.11+'s specializing
    interpreter, would make whatever is timed first look slow."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        count(10_000)


def sequentially(work, args) -> list:
    return [work(a) for a in args]


def on_executor(executor, work, args) -> list:
    return list(executor.map(work, args))


def started(executor):
    """The executor, once its workers are up: starting them is not what we
    time."""
    on_executor(executor, wait_for_io, [0.01] * 8)
    return executor


def best_runs(*runs, repeat: int = 3) -> list:
    """(shortest wall time, what that run returned) for each run(), taking
    turns so that all see the same machine: a CPU that is busy with something
    else, or slower for a while, slows whichever run is on it then."""
    best = [(float("inf"), None)] * len(runs)
    for _ in range(repeat):
        for i, run in enumerate(runs):
            start = time.perf_counter()
            result = run()
            wall = time.perf_counter() - start
            best[i] = min(best[i], (wall, result), key=lambda b: b[0])
    return best
