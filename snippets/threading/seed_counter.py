"""The overview's race demo, ported to Python 3 and otherwise unchanged."""

import sys
from threading import Thread

count = 0
numThreads = 10
increments = int(sys.argv[1]) if len(sys.argv) > 1 else 100


class counterThread(Thread):
    def run(self):
        global count
        for i in range(increments):
            count = count + 1


def main():
    threads = []
    for i in range(numThreads):
        threads.append(counterThread())
        threads[i].start()
    for i in range(numThreads):
        threads[i].join()
    print(f"expected: {numThreads * increments}")
    print(f"count:    {count}")


if __name__ == "__main__":
    main()
