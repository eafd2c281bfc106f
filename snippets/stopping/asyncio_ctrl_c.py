"""Ctrl-C in asyncio.run(): tasks are cancelled and their finally runs."""

import asyncio
import signal
import sys
import time

from ctrl_c import catch_ctrl_c

ran = []  # which finally blocks ran, in order
pressed = []  # when Ctrl-C came


def ctrl_c() -> None:
    pressed.append(time.perf_counter())
    signal.raise_signal(signal.SIGINT)  # what Ctrl-C sends


async def worker(name: str) -> None:
    try:
        await asyncio.sleep(10)
    finally:
        ran.append(f"{name}'s finally")


async def main_task() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, ctrl_c)
    try:
        if sys.version_info >= (3, 11):
            async with asyncio.TaskGroup() as group:
                group.create_task(worker("task a"))
                group.create_task(worker("task b"))
        else:  # no TaskGroup before 3.11
            await asyncio.gather(worker("task a"), worker("task b"))
    finally:
        ran.append("main task's finally")


def main() -> None:
    catch_ctrl_c()
    try:
        asyncio.run(main_task())
    except KeyboardInterrupt:
        ran.append("KeyboardInterrupt out of asyncio.run()")
    print("\n".join(ran))
    print(f"stopped {time.perf_counter() - pressed[0]:.2f} s after Ctrl-C")


if __name__ == "__main__":
    main()
