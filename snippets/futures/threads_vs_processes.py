"""Threads for waiting, processes for computing: one workload, two executors."""

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

from workloads import (
    best_times,
    count,
    on_executor,
    sequentially,
    started,
    wait_for_io,
    warm_up,
)


def main(start_method: str | None = None) -> None:
    context = multiprocessing.get_context(start_method)
    workloads = {
        "I/O-bound: 8 waits of 5 ms": (wait_for_io, [0.005] * 8),
        "CPU-bound: 4 × count(2_000_000)": (count, [2_000_000] * 4),
    }
    warm_up()
    print(f"start method: {context.get_start_method()}")
    print(f"{'':<34}{'sequential':>11}{'8 threads':>11}{'2 processes':>13}")
    with (
        ThreadPoolExecutor(8) as threads,
        ProcessPoolExecutor(2, mp_context=context) as processes,
    ):
        started(threads)
        started(processes)
        for label, (work, args) in workloads.items():
            sequential, threaded, in_processes = best_times(
                partial(sequentially, work, args),
                partial(on_executor, threads, work, args),
                partial(on_executor, processes, work, args),
            )
            times = (
                f"{sequential:>10.3f}s{threaded:>10.3f}s{in_processes:>12.3f}s"
            )
            print(f"{label:<34}{times}")


if __name__ == "__main__":
    # python snippets/futures/threads_vs_processes.py [fork|spawn|forkserver]
    main(*sys.argv[1:2])
