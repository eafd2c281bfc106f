"""hashlib releases the GIL while it hashes, so two threads hash in parallel."""

import hashlib
import sys

from count_threads import best_times, sequential, threaded

MEGABYTE = bytes(2**20)


def hash_megabytes(n: int) -> None:
    digest = hashlib.sha256()
    for _ in range(n):
        # Buffers over 2047 bytes are hashed with the GIL released.
        digest.update(MEGABYTE)


def main(n: int = 64) -> None:
    # 64 MiB, not a few: long enough that a hiccup of the machine is small.
    one_after_another, two_threads = best_times(
        lambda: sequential(hash_megabytes, n),
        lambda: threaded(hash_megabytes, n),
    )
    print(f"hash {n} MiB twice, sequential: {one_after_another:.3f} s")
    print(f"hash {n} MiB in 2 threads:      {two_threads:.3f} s")
    print(f"threads / sequential: {two_threads / one_after_another:.2f}")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
