"""Threads sharing one iterator can see an item twice, or never."""

import sys

from stress import report, together

OPERATION = "one iterator, shared"
PROMISE = "not thread-safe (glossary)"  # the glossary, "iterator"
TRIALS = 5
THREADS, ITEMS = 4, 20_000


def trial() -> str:
    items = iter(list(range(ITEMS)))  # one iterator, shared

    def work(_: int) -> list:
        return list(items)  # each thread takes items from the same one

    taken = [item for part in together(THREADS, work) for item in part]
    twice, never = len(taken) - len(set(taken)), ITEMS - len(set(taken))
    if twice or never:
        return f"{twice} items seen twice, {never} never"
    return ""


def main(trials: int = TRIALS) -> None:
    print(f"{THREADS} threads, {ITEMS} items:", report(trial, trials))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
