"""While a list sorts, it looks empty; appends then may fail or be lost."""

import random
import sys
import threading

from stress import report, together

OPERATION = "list.sort + append"
PROMISE = "not atomic; looks empty while sorting"  # the thread-safety docs
TRIALS = 3
ITEMS = 100_000


def trial() -> str:
    shared = random.sample(range(ITEMS), ITEMS)
    sorted_ = threading.Event()
    appended, seen_empty, error = [0], [0], []

    def work(role: int) -> None:
        if role == 0:
            try:
                shared.sort(key=lambda n: -n)  # a key written in Python
            except ValueError as exc:
                error.append(f"ValueError: {exc}")
            sorted_.set()
        while role == 1 and not sorted_.is_set():
            shared.append(-1)
            appended[0] += 1
        while role == 2 and not sorted_.is_set():
            seen_empty[0] += len(shared) == 0

    together(3, work)
    lost = ITEMS + appended[0] - len(shared)
    wrong = error + [f"{lost} appends lost"] * (lost > 0)
    wrong += ["len() saw it empty"] * (seen_empty[0] > 0)
    return ", ".join(wrong)


def main(trials: int = TRIALS) -> None:
    print(f"sort {ITEMS} items, append and len() meanwhile:")
    print(" ", report(trial, trials))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
