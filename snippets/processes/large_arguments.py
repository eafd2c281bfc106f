"""Arguments travel to processes pickled through a pipe: big data costs time."""

import multiprocessing
import sys

from count_processes import timed


def checksum(data: bytes) -> int:
    return sum(data[::4096])


def checksum_of_generated(size: int) -> int:
    # made in the worker: only an int crosses the pipe
    return checksum(bytes(size))


def main(
    start_method: str | None = None, megabytes: int = 20, tasks: int = 8
) -> None:
    context = multiprocessing.get_context(start_method)
    size = megabytes * 2**20
    with context.Pool(2) as pool:
        pool.map(abs, [0, 0])
        sent = timed(
            lambda: pool.map(checksum, [bytes(size)] * tasks, chunksize=1)
        )
        made = timed(
            lambda: pool.map(checksum_of_generated, [size] * tasks, chunksize=1)
        )
    print(f"start method: {context.get_start_method()}")
    print(
        f"{tasks} tasks, {megabytes} MiB each, sent to the workers: "
        f"{sent:.3f} s"
    )
    print(
        f"{tasks} tasks, {megabytes} MiB each, made by the workers: "
        f"{made:.3f} s"
    )
    print(f"sending / making: {sent / made:.1f}x")


if __name__ == "__main__":
    # python snippets/processes/large_arguments.py \
    #     [fork|spawn|forkserver] [megabytes] [tasks]
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:]))
