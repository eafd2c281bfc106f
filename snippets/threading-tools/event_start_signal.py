"""An Event lets many threads wait for one signal: all runners start at once."""

import sys
import time
from threading import Event, Thread


def runner(start: Event, started_at: list) -> None:
    start.wait()  # blocks until some thread calls start.set()
    started_at.append(time.perf_counter())


def main(n_runners: int = 5) -> None:
    start, started_at = Event(), []
    runners = [
        Thread(target=runner, args=(start, started_at))
        for _ in range(n_runners)
    ]
    for t in runners:
        t.start()
    time.sleep(0.2)
    print(f"runners started before the signal: {len(started_at)}")
    signal = time.perf_counter()
    start.set()
    for t in runners:
        t.join()
    print(f"runners started after the signal: {len(started_at)}")
    print(
        "slowest start after the signal: "
        f"{(max(started_at) - signal) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
