"""Processes run Python code in parallel: each has its own interpreter."""

import multiprocessing
import os
import sys
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


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def start_pool(context) -> None:
    with context.Pool(2) as pool:
        # waits until both workers have started and answered
        pool.map(abs, [0, 0])


def main(start_method: str | None = None, n: int = 2_000_000) -> None:
    # None: the platform's default
    context = multiprocessing.get_context(start_method)
    startup = min(timed(lambda: start_pool(context)) for _ in range(3))
    sequential = parallel = float("inf")
    with context.Pool(2) as pool:
        # the workers are up before timing starts
        pool.map(count_cpu_time, [1, 1])
        # taking turns, best of three: both see the same machine
        for _ in range(3):
            twice = timed(lambda: (count_cpu_time(n), count_cpu_time(n)))
            sequential = min(sequential, twice)
            start = time.perf_counter()
            cpu_seconds = sum(pool.map(count_cpu_time, [n, n], chunksize=1))
            wall = time.perf_counter() - start
            if wall < parallel:
                parallel, busy = wall, cpu_seconds / wall
    print(f"start method: {context.get_start_method()}")
    print(
        f"start a pool of 2 workers, run a trivial task: {startup * 1000:.0f} "
        "ms"
    )
    print(f"count({n:_}) twice, sequential: {sequential:.3f} s")
    print(f"count({n:_}) in 2 processes:    {parallel:.3f} s")
    ideal = min(2, os.cpu_count() or 1)
    print(
        f"speedup: {sequential / parallel:.2f}x (ideal on {os.cpu_count()} "
        f"CPUs: {ideal:.2f}x)"
    )
    print(f"CPUs busy during the parallel run: {busy:.2f}")


if __name__ == "__main__":
    # python snippets/processes/count_processes.py \
    #     [fork|spawn|forkserver] [sizes...]
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:]))
