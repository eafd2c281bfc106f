"""A Barrier makes every thread finish a phase before any starts the next."""

import random
import sys
import time
from threading import Barrier, Thread


def main(n_threads: int = 4) -> None:
    # a timeout: a missing thread breaks it instead of hanging
    barrier = Barrier(n_threads, timeout=5)
    log = []

    def worker(i: int) -> None:
        for phase in (1, 2):
            # threads finish each phase at different times
            time.sleep(random.uniform(0, 0.05))
            log.append((phase, i))
            barrier.wait()

    threads = [Thread(target=worker, args=(i,)) for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phases = [phase for phase, _ in log]
    print(f"order of finished phases: {' '.join(map(str, phases))}")
    print(
        "a phase 2 finished before every phase 1: "
        f"{phases.index(2) < n_threads}"
    )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
