"""dict.setdefault inserts once: every thread gets the same object back."""

import sys

from stress import report, together

OPERATION = "d.setdefault(k, v)"
PROMISE = "safe, will not corrupt the dict"  # the thread-safety docs
TRIALS = 20
THREADS, KEYS = 4, 500


def trial() -> str:
    cache = {}

    def work(_: int) -> list:
        return [cache.setdefault(key, object()) for key in range(KEYS)]

    got = together(THREADS, work)
    differ = sum(
        any(values[key] is not got[0][key] for values in got)
        for key in range(KEYS)
    )
    return f"{differ} keys gave threads different objects" if differ else ""


def main(trials: int = TRIALS) -> None:
    print(f"{THREADS} threads x {KEYS} keys:", report(trial, trials))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
