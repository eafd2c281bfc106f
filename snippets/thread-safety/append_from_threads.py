"""Threads appending to one list never lose an item: append is atomic."""

import sys

from stress import report, together

OPERATION = "list.append"
PROMISE = "atomic"  # the thread-safety docs
TRIALS = 5
THREADS, ITEMS = 4, 20_000


def trial() -> str:
    shared = []

    def work(_: int) -> None:
        for item in range(ITEMS):
            shared.append(item)

    together(THREADS, work)
    lost = THREADS * ITEMS - len(shared)
    return f"{lost} appends lost" if lost else ""


def main(trials: int = TRIALS) -> None:
    print(f"{THREADS} threads x {ITEMS} appends:", report(trial, trials))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
