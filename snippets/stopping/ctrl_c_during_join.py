"""Ctrl-C while joining a thread: tell the thread to stop, wait for it."""

import signal
import threading
import time

from ctrl_c import catch_ctrl_c


def worker(stop: threading.Event, finished: threading.Event) -> None:
    try:
        while not stop.wait(0.01):  # a unit of work, then check for stop
            pass
    finally:
        time.sleep(0.05)  # cleanup that takes a moment
        finished.set()


def main() -> None:
    if not hasattr(signal, "pthread_kill"):
        print("this demo needs POSIX signals (Linux, macOS)")
        return
    catch_ctrl_c()
    stop, finished = threading.Event(), threading.Event()
    thread = threading.Thread(target=worker, args=(stop, finished))
    thread.start()
    # Ctrl-C, simulated: SIGINT to the main thread 0.1 s from now.
    main_id = threading.main_thread().ident
    timer = threading.Timer(0.1, signal.pthread_kill, (main_id, signal.SIGINT))
    timer.start()
    try:
        thread.join()  # blocks until Ctrl-C interrupts it
    except KeyboardInterrupt:
        interrupted = time.perf_counter()
        print("main: KeyboardInterrupt raised inside join()")
        print("is_alive() right after:", thread.is_alive())
    stop.set()  # without this, the worker would keep the program alive
    thread.join()
    print("worker's finally done when join() returned:", finished.is_set())
    finished.wait(1)  # an Event of its own: true on every version
    print("worker's finally done after finished.wait():", finished.is_set())
    print(f"stopped {time.perf_counter() - interrupted:.2f} s after Ctrl-C")


if __name__ == "__main__":
    main()
