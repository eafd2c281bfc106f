"""hashlib releases the GIL while it hashes, so two threads hash in parallel."""

import hashlib
import sys
import time

from count_threads import best_times, sequential, threaded

MEGABYTE = bytes(2**20)


def hash_megabytes(n: int) -> None:
    digest = hashlib.sha256()
    for _ in range(n):
        # Buffers over 2047 bytes are hashed with the GIL released.
        digest.update(MEGABYTE)


def cpus_busy(run) -> float:
    """The CPU time run() used, in all its threads, over its wall time: how
    many CPUs it kept busy, however fast the machine ran them."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


def main(n: int = 64) -> None:
    # 64 MiB, not a few: long enough that a hiccup of the machine is small.
    one_after_another, two_threads = best_times(
        lambda: sequential(hash_megabytes, n),
        lambda: threaded(hash_megabytes, n),
    )
    print(f"hash {n} MiB twice, sequential: {one_after_another:.3f} s")
    print(f"hash {n} MiB in 2 threads:      {two_threads:.3f} s")
    print(f"threads / sequential: {two_threads / one_after_another:.2f}")
    # best of three too: a thread on a CPU that is slower for a while
    # finishes alone, with the other CPU idle
    busy = max(cpus_busy(lambda: threaded(hash_megabytes, n)) for _ in range(3))
    print(f"CPUs busy while 2 threads hash: {busy:.2f}")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
