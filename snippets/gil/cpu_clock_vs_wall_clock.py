"""CPU time, what time.clock() read on Unix, is not elapsed time."""

import sys
import time

from count_threads import count, threaded, warm_up


def measure(label: str, work, *args) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    work(*args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<24} wall clock {wall:.3f} s   CPU clock {cpu:.3f} s")


def main(n: int = 2_000_000) -> None:
    warm_up()
    measure("sleep(0.1)", time.sleep, 0.1)
    measure("count(n)", count, n)
    measure("count(n) in 2 threads", threaded, count, n)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
