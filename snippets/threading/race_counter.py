"""Threads that read a shared counter, pause, then write it lose updates."""

import sys
import time
from threading import Thread

count = 0


def increment_unsafely() -> None:
    global count
    value = count
    # Sleeping, even for a microsecond, hands the CPU to another thread between
    # the read and the write: exactly where a switch loses an update.
    # (sleep(0) releases the GIL too, but the thread may take it straight back.)
    time.sleep(0.000001)
    count = value + 1


def run(increment, n_threads: int, n_increments: int) -> int:
    """Start n_threads threads that each call increment() n_increments times;
    return the count."""
    global count
    count = 0

    def work() -> None:
        for _ in range(n_increments):
            increment()

    threads = [Thread(target=work) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


def main(n_threads: int = 10, n_increments: int = 100) -> None:
    expected = n_threads * n_increments
    result = run(increment_unsafely, n_threads, n_increments)
    print(f"expected: {expected}")
    print(f"count:    {result}")
    print(f"lost updates: {expected - result}")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
