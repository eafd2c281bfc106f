"""A waiting thread gets the GIL after a switch interval: turns."""

import sys
import time
from threading import Thread


def average_turn(seconds: float) -> float:
    """Run two busy threads for `seconds`; return how long each kept running, on
    average, before a switch."""
    log = []
    deadline = time.perf_counter() + seconds

    def busy(name: str) -> None:
        while time.perf_counter() < deadline:
            log.append(name)

    threads = [Thread(target=busy, args=(name,)) for name in "AB"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    turns = 1 + sum(1 for a, b in zip(log, log[1:]) if a != b)
    return seconds / turns


def main(seconds: float = 0.2) -> None:
    if hasattr(sys, "_is_gil_enabled") and not sys._is_gil_enabled():
        print(
            "no GIL: both threads ran at the same time, so there were no "
            "turns to measure"
        )
        return
    for interval in (sys.getswitchinterval(), 0.001):
        sys.setswitchinterval(interval)
        turn = average_turn(seconds)
        print(
            f"switch interval {interval * 1000:.1f} ms: average turn "
            f"{turn * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main(*(float(arg) for arg in sys.argv[1:]))
