"""A check-then-set cache computes the same value twice: use setdefault."""

import sys

from stress import report, together

OPERATION = "if k not in d: d[k] = v"
PROMISE = "not atomic (check-then-act)"  # the thread-safety docs
TRIALS = 20
THREADS, KEYS = 4, 500


def trial() -> str:
    cache, computed = {}, []

    def work(_: int) -> None:
        for key in range(KEYS):
            if key not in cache:  # another thread can check here too
                computed.append(key)  # the expensive computation
                cache[key] = object()

    together(THREADS, work)
    twice = len(computed) - KEYS
    return f"{twice} values computed twice" if twice else ""


def main(trials: int = TRIALS) -> None:
    print(f"{THREADS} threads x {KEYS} keys:", report(trial, trials))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
