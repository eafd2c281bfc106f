"""Timeouts stop the waiting, not the work; only queued tasks can cancel."""

import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def main() -> None:
    pool = ThreadPoolExecutor(max_workers=1)
    running = pool.submit(nap, 0.3)
    # one worker: these wait in the queue
    queued = [pool.submit(nap, 0.1) for _ in range(3)]
    try:
        running.result(timeout=0.05)
    except TimeoutError:
        print(
            "result(timeout=0.05) gave up; the task is still running: "
            f"{running.running()}"
        )
    print(f"cancel() a running task: {running.cancel()}")
    print(f"cancel() a queued task:  {queued[0].cancel()}")
    # cancels the rest of the queue (3.9+)
    pool.shutdown(wait=True, cancel_futures=True)
    print(
        "after shutdown(cancel_futures=True): running task finished: "
        f"{running.result()} s"
    )
    print(
        f"queued tasks cancelled: {sum(f.cancelled() for f in queued)} of "
        f"{len(queued)}"
    )


if __name__ == "__main__":
    main()
