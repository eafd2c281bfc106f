"""One I/O-bound and one CPU-bound workload under every concurrency model this Python offers."""

import asyncio
import json
import multiprocessing
import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

try:
    from concurrent.futures import InterpreterPoolExecutor  # 3.14+
except ImportError:
    InterpreterPoolExecutor = None

from workloads import count, time_map, timed, wait_for_io, warm_up

IO_TASKS, IO_SECONDS = 20, 0.02
CPU_TASKS, CPU_N = 4, 1_000_000


async def gather_waits() -> None:
    await asyncio.gather(*(asyncio.sleep(IO_SECONDS) for _ in range(IO_TASKS)))


def measure(start_method: str = None) -> dict:
    context = multiprocessing.get_context(start_method)
    io_args, cpu_args = [IO_SECONDS] * IO_TASKS, [CPU_N] * CPU_TASKS
    warm_up()
    results = {
        "sequential": (
            timed(lambda: [wait_for_io(a) for a in io_args]),
            timed(lambda: [count(a) for a in cpu_args]),
        )
    }
    with ThreadPoolExecutor(IO_TASKS) as pool:
        results["threads"] = (time_map(pool, wait_for_io, io_args), time_map(pool, count, cpu_args))
    results["asyncio"] = (timed(lambda: asyncio.run(gather_waits())), None)
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        results["2 processes"] = (time_map(pool, wait_for_io, io_args), time_map(pool, count, cpu_args))
    if InterpreterPoolExecutor is not None:
        with InterpreterPoolExecutor(2) as pool:
            results["2 interpreters"] = (
                time_map(pool, wait_for_io, io_args),
                time_map(pool, count, cpu_args),
            )
    return results


def main(*args: str) -> None:
    as_json = "--json" in args
    results = measure(*[a for a in args if a != "--json"][:1])
    build = "free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else "GIL"
    if as_json:  # for snippets/executors/plot_compare_models.py
        print(json.dumps({"python": sys.version.split()[0], "build": build, "results": results}))
        return
    print(f"Python {sys.version.split()[0]} ({build} build)")
    print(f"{'model':<16}{f'I/O: {IO_TASKS} waits':>14}{f'CPU: {CPU_TASKS} counts':>15}")
    base_io, base_cpu = results["sequential"]
    for model, (io, cpu) in results.items():
        cpu_text = f"{base_cpu / cpu:.1f}x" if cpu else "n/a"
        print(f"{model:<16}{base_io / io:>13.1f}x{cpu_text:>15}")
    print("(speedup over sequential; n/a: asyncio cannot run CPU-bound work concurrently)")


if __name__ == "__main__":
    main(*sys.argv[1:])
