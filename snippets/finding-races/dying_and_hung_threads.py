"""See a thread that died (excepthook) and one that hangs (faulthandler)."""

import faulthandler
import os
import sysconfig
import tempfile
import threading
import time

stuck = threading.Lock()


def dies() -> None:
    raise ValueError("bad input in a worker")


def hangs() -> None:
    with stuck:  # main holds it: this thread waits here
        pass


def report(hook: threading.ExceptHookArgs) -> None:
    name = hook.thread.name if hook.thread else "?"
    print(f"excepthook: thread {name} died: {hook.exc_value!r}")


def shortened(dump: str) -> str:
    """The dump with the standard library's and this folder's paths cut."""
    dump = dump.replace(sysconfig.get_paths()["stdlib"], "<stdlib>")
    return dump.replace(os.getcwd() + os.sep, "").rstrip()


def main() -> None:
    threading.excepthook = report  # the default prints to stderr
    worker = threading.Thread(target=dies, name="worker")
    worker.start()
    worker.join()
    print("the main thread carried on; worker alive:", worker.is_alive())

    with tempfile.TemporaryFile("w+") as dump:  # a real file: faulthandler
        # If nothing happens within 0.2 s, dump every thread's stack.
        faulthandler.dump_traceback_later(0.2, file=dump)
        with stuck:
            waiter = threading.Thread(target=hangs, name="waiter")
            waiter.start()
            time.sleep(0.3)  # the "hang": long enough for the dump
        faulthandler.cancel_dump_traceback_later()
        waiter.join()
        dump.seek(0)
        print(shortened(dump.read()))
    print("released the lock: the waiter finished")


if __name__ == "__main__":
    main()
