"""Two threads counting in Python take as long as counting twice in a row."""

import sys
import time
from threading import Thread


def count(n: int) -> None:
    while n > 0:
        n -= 1


def sequential(work, arg, times: int = 2) -> None:
    for _ in range(times):
        work(arg)


def threaded(work, arg, threads: int = 2) -> None:
    workers = [Thread(target=work, args=(arg,)) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()


def best_times(*runs, repeat: int = 3) -> list:
    """The shortest wall time of each run(), taking turns so that all see the
    same machine: a CPU that is busy with something else, or slower for a
    while, slows whichever run is on it then."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for i, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def warm_up(seconds: float = 0.1) -> None:
    """Run count() for a moment first: a cold CPU, and 3.11+'s specializing
    interpreter, would make whatever is timed first look slow."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        count(10_000)


def main(n: int = 1_000_000) -> None:
    warm_up()
    one_after_another, two_threads = best_times(
        lambda: sequential(count, n),
        lambda: threaded(count, n),
    )
    print(f"count({n:_}) twice, sequential: {one_after_another:.3f} s")
    print(f"count({n:_}) in 2 threads:      {two_threads:.3f} s")
    print(f"threads / sequential: {two_threads / one_after_another:.2f}")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
