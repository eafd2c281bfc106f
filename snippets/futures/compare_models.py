"""Waiting and counting under every concurrency model this Python offers."""

import asyncio
import contextlib
import json
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
    best_times,
    count,
    on_executor,
    sequentially,
    started,
    wait_for_io,
    warm_up,
)

IO_TASKS, IO_SECONDS = 20, 0.005
CPU_TASKS, CPU_N = 4, 2_000_000  # long enough that noise is small beside it


async def gather_waits() -> None:
    await asyncio.gather(*(asyncio.sleep(IO_SECONDS) for _ in range(IO_TASKS)))


def measure(start_method: str | None = None) -> dict:
    """{model: (seconds for the I/O-bound tasks, seconds for the CPU-bound ones
    or None)}"""
    io_args, cpu_args = [IO_SECONDS] * IO_TASKS, [CPU_N] * CPU_TASKS
    warm_up()
    with contextlib.ExitStack() as stack:
        executors = {
            "threads": ThreadPoolExecutor(IO_TASKS),
            "2 processes": ProcessPoolExecutor(
                2, mp_context=multiprocessing.get_context(start_method)
            ),
        }
        if InterpreterPoolExecutor is not None:
            executors["2 interpreters"] = InterpreterPoolExecutor(2)
        for executor in executors.values():
            started(stack.enter_context(executor))
        io = best_times(
            partial(sequentially, wait_for_io, io_args),
            *(
                partial(on_executor, e, wait_for_io, io_args)
                for e in executors.values()
            ),
            lambda: asyncio.run(gather_waits()),
        )
        cpu = best_times(
            partial(sequentially, count, cpu_args),
            *(
                partial(on_executor, e, count, cpu_args)
                for e in executors.values()
            ),
        )
    # asyncio cannot run CPU-bound work concurrently
    models = ["sequential", *executors, "asyncio"]
    return {
        model: (io[i], cpu[i] if i < len(cpu) else None)
        for i, model in enumerate(models)
    }


def main(*args: str) -> None:
    as_json = "--json" in args
    results = measure(*[a for a in args if a != "--json"][:1])
    build = (
        "free-threaded"
        if sysconfig.get_config_var("Py_GIL_DISABLED")
        else "GIL"
    )
    if as_json:  # for snippets/choosing/plot_compare_models.py
        print(
            json.dumps(
                {
                    "python": sys.version.split()[0],
                    "build": build,
                    "results": results,
                }
            )
        )
        return
    print(f"Python {sys.version.split()[0]} ({build} build)")
    io_title, cpu_title = f"I/O: {IO_TASKS} waits", f"CPU: {CPU_TASKS} counts"
    print(f"{'model':<16}{io_title:>14}{cpu_title:>15}")
    base_io, base_cpu = results["sequential"]
    for model, (io, cpu) in results.items():
        cpu_text = f"{base_cpu / cpu:.1f}x" if cpu else "n/a"
        print(f"{model:<16}{base_io / io:>13.1f}x{cpu_text:>15}")
    print(
        "(speedup over sequential; n/a: asyncio cannot run CPU-bound work "
        "concurrently)"
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
