"""An await between a read and a write loses updates; asyncio.Lock fixes it."""

import asyncio
import sys


class Counter:
    def __init__(self) -> None:
        self.value = 0
        self.lock = asyncio.Lock()

    async def add_unsafely(self) -> None:
        value = self.value
        # other tasks run here, and read the same old value
        await asyncio.sleep(0)
        self.value = value + 1

    async def add_with_lock(self) -> None:
        async with self.lock:
            value = self.value
            await asyncio.sleep(0)
            self.value = value + 1


async def run(add_name: str, n_tasks: int) -> int:
    counter = Counter()
    await asyncio.gather(
        *(getattr(counter, add_name)() for _ in range(n_tasks))
    )
    return counter.value


async def main(n_tasks: int = 100) -> None:
    print(f"expected: {n_tasks}")
    print(f"without a lock: {await run('add_unsafely', n_tasks)}")
    print(f"with asyncio.Lock: {await run('add_with_lock', n_tasks)}")


if __name__ == "__main__":
    asyncio.run(main(*(int(arg) for arg in sys.argv[1:])))
