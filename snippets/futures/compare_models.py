"""Threads or processes? Waiting and counting under every model on offer."""

import asyncio
import contextlib
import multiprocessing
import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

try:
    from concurrent.futures import InterpreterPoolExecutor  # 3.14+
except ImportError:
    InterpreterPoolExecutor = None

from workloads import (
    best_runs,
    count_cpu_time,
    on_executor,
    sequentially,
    started,
    wait_for_io,
    warm_up,
)

IO_TASKS, IO_SECONDS = 20, 0.005
CPU_TASKS, CPU_N = 2, 1_000_000  # long enough to dwarf handing out a count


async def gather_waits() -> None:
    await asyncio.gather(*(asyncio.sleep(IO_SECONDS) for _ in range(IO_TASKS)))


def measure(context) -> dict:
    """{model: (seconds for the waits, seconds for the counts or None, CPUs
    busy while counting or None)}"""
    io_args, cpu_args = [IO_SECONDS] * IO_TASKS, [CPU_N] * CPU_TASKS
    warm_up()
    with contextlib.ExitStack() as stack:
        executors = {
            "threads": ThreadPoolExecutor(IO_TASKS),
            "2 processes": ProcessPoolExecutor(2, mp_context=context),
        }
        if InterpreterPoolExecutor is not None:
            executors["2 interpreters"] = InterpreterPoolExecutor(2)
        for executor in executors.values():
            started(stack.enter_context(executor))
        io = best_runs(
            partial(sequentially, wait_for_io, io_args),
            *(
                partial(on_executor, e, wait_for_io, io_args)
                for e in executors.values()
            ),
            lambda: asyncio.run(gather_waits()),
        )
        # each count returns its CPU time: their sum over the wall time is
        # how many CPUs were counting at once
        cpu = [
            (wall, sum(cpu_times) / wall)
            for wall, cpu_times in best_runs(
                partial(sequentially, count_cpu_time, cpu_args),
                *(
                    partial(on_executor, e, count_cpu_time, cpu_args)
                    for e in executors.values()
                ),
            )
        ]
    # asyncio cannot run CPU-bound work concurrently: it gets no CPU time
    models = ["sequential", *executors, "asyncio"]
    return {
        model: (io[i][0], *(cpu[i] if i < len(cpu) else (None, None)))
        for i, model in enumerate(models)
    }


def main(start_method: str | None = None) -> None:
    context = multiprocessing.get_context(start_method)
    results = measure(context)
    build = (
        "free-threaded"
        if sysconfig.get_config_var("Py_GIL_DISABLED")
        else "GIL"
    )
    print(f"start method: {context.get_start_method()}")
    print(f"Python {sys.version.split()[0]} ({build} build)")
    waits = f"{IO_TASKS} waits of {IO_SECONDS * 1000:g} ms"
    print(f"{waits}, {CPU_TASKS} × count({CPU_N:_})")
    print(
        f"{'speedup over sequential':<24}{'waiting':>10}{'counting':>10}"
        f"{'CPUs busy':>11}"
    )
    base_io, base_cpu, _ = results["sequential"]
    for model, (io, cpu, busy) in results.items():
        counting = f"{base_cpu / cpu:.2f}x" if cpu else "n/a"
        cpus = f"{busy:.2f}" if busy else "n/a"
        print(f"{model:<24}{base_io / io:>9.2f}x{counting:>10}{cpus:>11}")
    print("CPUs busy: the counts' CPU time over their wall time")


if __name__ == "__main__":
    # python snippets/futures/compare_models.py [fork|spawn|forkserver]
    main(*sys.argv[1:2])
