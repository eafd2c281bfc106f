"""Threads that wait (sleep, I/O) release the GIL, so their waits overlap."""

import sys
import time

from count_threads import best_times, sequential, threaded


def main(n_threads: int = 10, seconds: float = 0.02) -> None:
    one_after_another, all_at_once = best_times(
        lambda: sequential(time.sleep, seconds, n_threads),
        lambda: threaded(time.sleep, seconds, n_threads),
        repeat=1,
    )
    print(
        f"{n_threads} sleeps of {seconds} s, one after another: "
        f"{one_after_another:.3f} s"
    )
    print(
        f"{n_threads} sleeps of {seconds} s, one per thread:    "
        f"{all_at_once:.3f} s"
    )
    print(f"threads / sequential: {all_at_once / one_after_another:.2f}")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 10,
        *(float(arg) for arg in sys.argv[2:]),
    )
