"""shared_memory: processes write into one block of memory, with no copying."""

import multiprocessing
import sys
from multiprocessing import shared_memory


def fill(name: str, start: int, stop: int) -> None:
    block = shared_memory.SharedMemory(name=name)  # attach by name
    numbers = block.buf.cast("q")  # view the bytes as 64-bit integers
    for i in range(start, stop):
        numbers[i] = i * i
    numbers.release()
    block.close()


def main(start_method: str | None = None, n: int = 100_000) -> None:
    context = multiprocessing.get_context(start_method)
    block = shared_memory.SharedMemory(create=True, size=n * 8)
    try:
        half = n // 2
        workers = [
            context.Process(target=fill, args=(block.name, a, b))
            for a, b in [(0, half), (half, n)]
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        numbers = block.buf.cast("q")
        total = sum(numbers)
        numbers.release()
    finally:
        block.close()
        # free it: shared memory outlives processes that forget to
        block.unlink()
    print(f"start method: {context.get_start_method()}")
    print(f"sum of squares below {n}, written by 2 processes: {total}")
    print(
        "computed here:                                   "
        f"{sum(i * i for i in range(n))}"
    )


if __name__ == "__main__":
    # python snippets/processes-sharing/shared_memory_sum.py \
    #     [fork|spawn|forkserver] [sizes...]
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:]))
