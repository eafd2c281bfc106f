"""Ctrl-C in a pool: shutdown waits for queued work unless you cancel it."""

import multiprocessing
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from ctrl_c import catch_ctrl_c

TASKS = 12


def task(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def interrupted(pool, cancel_futures: bool) -> str:
    """Queue TASKS tasks on 2 workers, then Ctrl-C while they run."""
    with pool:
        futures = [pool.submit(task, 0.03) for _ in range(TASKS)]
        futures[0].result()  # the workers are busy now
        start = time.perf_counter()
        try:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C, simulated
        except KeyboardInterrupt:
            # leaving the with block calls shutdown(wait=True) as well
            pool.shutdown(wait=True, cancel_futures=cancel_futures)
    took = time.perf_counter() - start
    cancelled = sum(future.cancelled() for future in futures)
    ran = TASKS - cancelled
    return f"{ran} of {TASKS} tasks ran, {cancelled} cancelled; {took:.2f} s"


def main(start_method: str = "") -> None:
    catch_ctrl_c()
    context = multiprocessing.get_context(start_method or None)
    print(f"start method: {context.get_start_method()}")
    for cancel in (False, True):
        print(f"cancel_futures={cancel}:")
        threads = ThreadPoolExecutor(max_workers=2)
        print("  threads:  ", interrupted(threads, cancel))
        processes = ProcessPoolExecutor(max_workers=2, mp_context=context)
        print("  processes:", interrupted(processes, cancel))


if __name__ == "__main__":
    main(*sys.argv[1:])
