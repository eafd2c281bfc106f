"""InterpreterPoolExecutor (3.14+): worker interpreters, each with a GIL."""

import sys
from functools import partial

from workloads import (
    best_runs,
    count_cpu_time,
    on_executor,
    sequentially,
    started,
    warm_up,
)

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in 3.14
except ImportError:
    InterpreterPoolExecutor = None


def main(n: int = 2_000_000) -> None:
    if InterpreterPoolExecutor is None:
        version = sys.version.split()[0]
        print(
            f"InterpreterPoolExecutor is not available on Python {version}: "
            "it needs 3.14+"
        )
        return
    warm_up()
    with InterpreterPoolExecutor(max_workers=2) as pool:
        started(pool)  # both interpreters up, workloads imported, before timing
        (sequential, _), (parallel, cpu_times) = best_runs(
            partial(sequentially, count_cpu_time, [n, n]),
            partial(on_executor, pool, count_cpu_time, [n, n]),
        )
    print(f"count({n:_}) twice, sequential: {sequential:.3f} s")
    print(f"count({n:_}) in 2 interpreters: {parallel:.3f} s")
    print(f"interpreters / sequential: {parallel / sequential:.2f}")
    # each count returns its CPU time: how many CPUs counted at once
    print(f"CPUs busy in 2 interpreters: {sum(cpu_times) / parallel:.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
