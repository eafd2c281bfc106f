"""A Queue hands work from producers to consumers; sentinels shut them down."""

import queue
import sys
from threading import Thread

DONE = None  # the sentinel: a value no producer ever puts


def producer(q: queue.Queue, first: int, count: int) -> None:
    for item in range(first, first + count):
        # blocks while the queue is full: a bounded queue slows producers
        q.put(item)


def consumer(q: queue.Queue, results: list) -> None:
    while True:
        item = q.get()
        try:
            if item is DONE:
                return
            results.append(item * item)
        finally:
            # q.join() returns once each get() is matched by a task_done()
            q.task_done()


def main(
    n_producers: int = 3, n_consumers: int = 2, items_each: int = 100
) -> None:
    q = queue.Queue(maxsize=10)
    results = []
    consumers = [
        Thread(target=consumer, args=(q, results)) for _ in range(n_consumers)
    ]
    producers = [
        Thread(target=producer, args=(q, i * items_each, items_each))
        for i in range(n_producers)
    ]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    q.join()  # every item produced has been processed
    print(f"items produced: {n_producers * items_each}")
    print(f"items consumed: {len(results)}")
    for _ in consumers:
        q.put(DONE)
    for t in consumers:
        t.join()
    print(f"consumers still running: {sum(t.is_alive() for t in consumers)}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
