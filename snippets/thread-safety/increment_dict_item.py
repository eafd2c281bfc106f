"""d[k] += 1 is a read, an add and a write: threads lose increments."""

import sys

from stress import report, together

OPERATION = "d[k] += 1"
PROMISE = "not atomic (read-modify-write)"  # the thread-safety docs
TRIALS = 5
THREADS, INCREMENTS = 4, 20_000


def trial() -> str:
    counts = {"hits": 0}

    def work(_: int) -> None:
        for _ in range(INCREMENTS):
            counts["hits"] += 1  # another thread can write in between

    together(THREADS, work)
    lost = THREADS * INCREMENTS - counts["hits"]
    return f"{lost} increments lost" if lost else ""


def main(trials: int = TRIALS) -> None:
    print(
        f"{THREADS} threads x {INCREMENTS} increments:", report(trial, trials)
    )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
