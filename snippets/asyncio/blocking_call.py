"""One blocking call stalls every task; await or to_thread() keep them going."""

import asyncio
import sys
import time


async def blocking_sleep(seconds: float) -> None:
    time.sleep(seconds)  # blocks the one thread the event loop runs on


async def async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


async def in_a_thread(seconds: float) -> None:
    # 3.9+: runs it in the default thread pool
    await asyncio.to_thread(time.sleep, seconds)


async def in_an_executor(seconds: float) -> None:
    await asyncio.get_running_loop().run_in_executor(None, time.sleep, seconds)


async def main(n_tasks: int = 5, seconds: float = 0.05) -> None:
    print(f"{n_tasks} tasks, each waiting {seconds} s:")
    for wait in (blocking_sleep, async_sleep, in_a_thread, in_an_executor):
        start = time.perf_counter()
        await asyncio.gather(*(wait(seconds) for _ in range(n_tasks)))
        print(
            f"  {wait.__name__ + ':':<16} {time.perf_counter() - start:.3f} s"
        )


if __name__ == "__main__":
    # python snippets/asyncio/blocking_call.py [n_tasks] [seconds]
    args = sys.argv[1:]
    asyncio.run(main(*map(int, args[:1]), *map(float, args[1:2])))
