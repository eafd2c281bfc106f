"""A shared Value's `+= 1` from two processes loses updates without its lock."""

import multiprocessing
import sys


def add_unsafely(counter, n: int, ready) -> None:
    # both processes start adding at the same moment, whatever the start-up cost
    ready.wait()
    for _ in range(n):
        # a read, then a write: another process can write in between
        counter.value += 1


def add_with_lock(counter, n: int, ready) -> None:
    ready.wait()
    for _ in range(n):
        # the Value's own lock, shared with every process
        with counter.get_lock():
            counter.value += 1


def run(context, add, n: int) -> int:
    counter, ready = context.Value("i", 0), context.Barrier(2)
    workers = [
        context.Process(target=add, args=(counter, n, ready)) for _ in range(2)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value


def main(start_method: str | None = None, n: int = 50_000) -> None:
    context = multiprocessing.get_context(start_method)
    print(f"start method: {context.get_start_method()}")
    print(f"expected: {2 * n}")
    print(f"without the lock: {run(context, add_unsafely, n)}")
    print(f"with the lock:    {run(context, add_with_lock, n)}")


if __name__ == "__main__":
    # python snippets/processes-sharing/shared_counter.py \
    #     [fork|spawn|forkserver] [sizes...]
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:]))
