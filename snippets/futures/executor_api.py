"""submit() gives a Future; map() keeps input order; as_completed() does not."""

import time
from concurrent.futures import (
    FIRST_COMPLETED,
    ThreadPoolExecutor,
    as_completed,
    wait,
)


def slow_square(x: int) -> int:
    time.sleep(0.02 * (4 - x))  # bigger inputs finish sooner
    return x * x


def main() -> None:
    # leaving the block waits for every task
    with ThreadPoolExecutor(max_workers=4) as pool:
        future = pool.submit(slow_square, 3)
        print(
            f"submit: a {type(future).__name__}, done yet: {future.done()}, "
            f"result: {future.result()}"
        )

        print(
            "map (input order):          "
            f"{list(pool.map(slow_square, [1, 2, 3]))}"
        )

        futures = [pool.submit(slow_square, x) for x in [1, 2, 3]]
        print(
            "as_completed (finish order): "
            f"{[f.result() for f in as_completed(futures)]}"
        )

        futures = [pool.submit(slow_square, x) for x in [1, 2, 3]]
        done, not_done = wait(futures, return_when=FIRST_COMPLETED)
        print(
            f"wait(FIRST_COMPLETED): {len(done)} done, {len(not_done)} still "
            "running"
        )


if __name__ == "__main__":
    main()
