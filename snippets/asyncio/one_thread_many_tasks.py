"""Coroutines on one thread: while one awaits, the event loop runs another."""

import asyncio
import sys
import threading
import time


async def fetch(name: str, seconds: float, threads_seen: set) -> str:
    threads_seen.add(threading.get_ident())
    # gives control back to the event loop until the time is up
    await asyncio.sleep(seconds)
    return name


async def main(n: int = 10) -> None:
    threads_seen = set()
    start = time.perf_counter()
    results = await asyncio.gather(
        *(fetch(f"task {i}", 0.1, threads_seen) for i in range(n))
    )
    elapsed = time.perf_counter() - start
    print(
        f"{len(results)} tasks that each wait 0.1 s finished in {elapsed:.3f} s"
    )
    print(f"threads they ran on: {len(threads_seen)}")


if __name__ == "__main__":
    asyncio.run(main(*(int(arg) for arg in sys.argv[1:])))
