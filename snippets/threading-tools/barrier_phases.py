"""A Barrier makes every thread finish one phase before any thread starts the next."""

import random
import time
from threading import Barrier, Thread


def main(n_threads: int = 4) -> None:
    barrier = Barrier(n_threads, timeout=5)  # a timeout: a missing thread breaks it instead of hanging
    log = []

    def worker(i: int) -> None:
        for phase in (1, 2):
            time.sleep(random.uniform(0, 0.05))  # threads finish each phase at different times
            log.append((phase, i))
            barrier.wait()

    threads = [Thread(target=worker, args=(i,)) for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phases = [phase for phase, _ in log]
    print(f"order of finished phases: {' '.join(map(str, phases))}")
    print(f"a phase 2 finished before every phase 1: {phases.index(2) < n_threads}")


if __name__ == "__main__":
    main()
