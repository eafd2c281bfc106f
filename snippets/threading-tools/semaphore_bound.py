"""A Semaphore bounds how many threads do something at once."""

import sys
import time
from threading import Lock, Semaphore, Thread


def main(n_tasks: int = 12, limit: int = 3) -> None:
    slots = Semaphore(limit)
    lock = Lock()
    running, most_at_once = 0, 0

    def task() -> None:
        nonlocal running, most_at_once
        # at most `limit` threads get past this line at the same time
        with slots:
            with lock:
                running += 1
                most_at_once = max(most_at_once, running)
            time.sleep(0.02)  # the "download"
            with lock:
                running -= 1

    threads = [Thread(target=task) for _ in range(n_tasks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"tasks: {n_tasks}, limit: {limit}")
    print(f"most tasks running at once: {most_at_once}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
