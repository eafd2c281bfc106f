"""A Manager serves a dict to other processes: one message per operation."""

import multiprocessing
import os
import sys


def record(results, task: int) -> None:
    # a message to the manager process, not shared memory
    results[task] = (task * task, os.getpid())


def main(start_method: str | None = None) -> None:
    context = multiprocessing.get_context(start_method)
    with context.Manager() as manager:
        results = manager.dict()
        with context.Pool(2) as pool:
            pool.starmap(record, [(results, task) for task in range(6)])
        squares = {
            task: square for task, (square, _) in sorted(results.items())
        }
        pids = {pid for _, pid in results.values()}
    print(f"start method: {context.get_start_method()}")
    print(f"squares: {squares}")
    print(
        f"worker processes that wrote: {len(pids)} (none of them is this one: "
        f"{os.getpid() not in pids})"
    )


if __name__ == "__main__":
    # python snippets/processes-sharing/manager_dict.py [fork|spawn|forkserver]
    main(*sys.argv[1:2])
