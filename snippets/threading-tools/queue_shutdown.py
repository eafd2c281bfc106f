"""Stopping consumer threads with queue.Queue.shutdown() (3.13+)."""

import queue
import sys
from threading import Thread


def consumer(q: queue.Queue, handled: list) -> None:
    while True:
        try:
            item = q.get()
        except queue.ShutDown:  # raised once the queue is empty
            return
        handled.append(item)


def main(items: int = 100, consumers: int = 3) -> None:
    if sys.version_info < (3, 13):
        print("queue.Queue.shutdown() needs Python 3.13+; before it, use")
        print("one sentinel per consumer (producer_consumer.py)")
        return
    q = queue.Queue(maxsize=10)
    handled = []
    # daemon: a consumer nobody stops cannot keep the program alive
    threads = [
        Thread(target=consumer, args=(q, handled), daemon=True)
        for _ in range(consumers)
    ]
    for t in threads:
        t.start()
    for item in range(items):
        q.put(item)
    q.shutdown()  # no more puts; get() drains what is left, then raises
    for t in threads:
        t.join(timeout=1)  # a consumer nobody stops would wait forever
    print(f"items: {items}, consumers: {consumers}")
    print(f"handled: {len(handled)}")
    print(f"consumers still waiting: {sum(t.is_alive() for t in threads)}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
