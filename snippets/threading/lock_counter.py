"""A Lock around the read and the write makes the count exact."""

import sys
import time
from threading import Lock

import race_counter

lock = Lock()


def increment_with_lock() -> None:
    # The same read, pause and write as increment_unsafely(), but no other
    # thread can touch the counter until this one has written it back.
    with lock:
        value = race_counter.count
        time.sleep(0.000001)
        race_counter.count = value + 1


def main(n_threads: int = 10, n_increments: int = 100) -> None:
    expected = n_threads * n_increments
    result = race_counter.run(increment_with_lock, n_threads, n_increments)
    print(f"expected: {expected}")
    print(f"count:    {result}")
    print(f"lost updates: {expected - result}")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
