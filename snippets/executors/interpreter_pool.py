"""InterpreterPoolExecutor (3.14+): one interpreter per worker thread, each with its own GIL."""

import sys
import time

from workloads import count

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in 3.14
except ImportError:
    InterpreterPoolExecutor = None


def main(n: int = 2_000_000) -> None:
    if InterpreterPoolExecutor is None:
        print(f"InterpreterPoolExecutor is not available on Python {sys.version.split()[0]}: it needs 3.14+")
        return
    start = time.perf_counter()
    count(n)
    count(n)
    sequential = time.perf_counter() - start
    with InterpreterPoolExecutor(max_workers=2) as pool:
        pool.submit(count, 1).result()  # interpreters started before timing
        start = time.perf_counter()
        list(pool.map(count, [n, n]))
        parallel = time.perf_counter() - start
    print(f"count({n:_}) twice, sequential:       {sequential:.3f} s")
    print(f"count({n:_}) in 2 interpreters:       {parallel:.3f} s")
    print(f"interpreters / sequential: {parallel / sequential:.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
