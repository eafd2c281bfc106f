"""Each task sent to a Pool is a round trip; chunksize batches tiny tasks."""

import multiprocessing
import sys
import time


def square(x: int) -> int:
    return x * x


def main(start_method: str | None = None, n: int = 10_000) -> None:
    context = multiprocessing.get_context(start_method)
    print(f"start method: {context.get_start_method()}")
    with context.Pool(2) as pool:
        pool.map(square, range(2))  # workers up before timing
        times = {}
        # None: map() picks about len / (4 × workers)
        for chunksize in (1, None, 1_000):
            start = time.perf_counter()
            pool.map(square, range(n), chunksize=chunksize)
            times[chunksize] = time.perf_counter() - start
    for chunksize, seconds in times.items():
        label = "default" if chunksize is None else chunksize
        print(
            f"chunksize={label!s:<8} {seconds:.3f} s  "
            f"({seconds / times[1_000]:.1f}x the chunksize=1000 time)"
        )


if __name__ == "__main__":
    # python snippets/processes/chunksize_cost.py [fork|spawn|forkserver] [n]
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:]))
