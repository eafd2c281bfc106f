"""Timeouts stop the waiting, not the work; only tasks that have not started can be cancelled."""

import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def main() -> None:
    pool = ThreadPoolExecutor(max_workers=1)
    running = pool.submit(nap, 0.3)
    queued = [pool.submit(nap, 0.1) for _ in range(3)]  # one worker: these wait in the queue
    try:
        running.result(timeout=0.05)
    except TimeoutError:
        print(f"result(timeout=0.05) gave up; the task is still running: {running.running()}")
    print(f"cancel() a running task: {running.cancel()}")
    print(f"cancel() a queued task:  {queued[0].cancel()}")
    pool.shutdown(wait=True, cancel_futures=True)  # cancels the rest of the queue (3.9+)
    print(f"after shutdown(cancel_futures=True): running task finished: {running.result()} s")
    print(f"queued tasks cancelled: {sum(f.cancelled() for f in queued)} of {len(queued)}")


if __name__ == "__main__":
    main()
