"""Stop workers with an Event and join them; a daemon thread is abandoned."""

import time
from threading import Event, Thread


def worker(name: str, stop: Event) -> None:
    try:
        while not stop.wait(0.01):  # returns at once when stop is set
            pass  # one unit of work
    finally:
        print(f"{name}: cleaned up")


def main() -> None:
    stop = Event()
    worker_thread = Thread(target=worker, args=("worker", stop))
    worker_thread.start()
    time.sleep(0.05)
    stop.set()
    worker_thread.join(timeout=5)
    print(f"worker stopped: {not worker_thread.is_alive()}")

    # A daemon thread does not keep the program alive: when main() returns,
    # the interpreter exits and the thread stops wherever it was. Its finally
    # block never runs, so it prints nothing.
    daemon = Thread(target=worker, args=("daemon", Event()), daemon=True)
    daemon.start()
    time.sleep(0.05)
    print(f"main: exiting, daemon still running: {daemon.is_alive()}")


if __name__ == "__main__":
    main()
