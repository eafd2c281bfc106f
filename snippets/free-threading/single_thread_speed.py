"""How fast one thread runs Python on this build: the free-threading price."""

import sys
import time


def count(n: int) -> None:
    while n > 0:
        n -= 1


def build_dict(n: int) -> None:
    d = {}
    for i in range(n):
        d[i] = str(i)


def call_methods(n: int) -> None:
    items = []
    for i in range(n):
        items.append(i)
        items.pop()


def main(n: int = 300_000) -> None:
    print(f"Python {sys.version.split()[0]}, one thread, best of 5 runs:")
    for work in (count, build_dict, call_methods):
        work(n // 10)  # warm up
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            work(n)
            best = min(best, time.perf_counter() - start)
        print(
            f"  {work.__name__ + '(' + f'{n:_}' + ')':<24} {best * 1000:7.1f} "
            "ms"
        )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
