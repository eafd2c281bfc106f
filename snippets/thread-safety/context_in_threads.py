"""What a ContextVar holds in a task, to_thread, an executor and a Thread."""

import asyncio
import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="unset")


def read() -> str:
    return request_id.get()


async def read_in_a_task() -> str:
    return read()


def in_a_thread(**options) -> str:
    seen = []
    thread = threading.Thread(target=lambda: seen.append(read()), **options)
    thread.start()
    thread.join()
    return seen[0]


async def main() -> None:
    request_id.set("set in main")
    loop = asyncio.get_running_loop()
    seen = {
        "asyncio task": await asyncio.create_task(read_in_a_task()),
        "asyncio.to_thread": await asyncio.to_thread(read),
        "run_in_executor": await loop.run_in_executor(None, read),
        "threading.Thread()": in_a_thread(),
    }
    if sys.version_info >= (3, 14):
        copy = contextvars.copy_context()
        seen["Thread(context=copy)"] = in_a_thread(context=copy)
    else:
        seen["Thread(context=copy)"] = "needs Python 3.14+"
    for where, value in seen.items():
        print(f"{where + ':':<22} {value}")
    # 3.14+: whether a plain Thread() starts with a copy of the context
    flag = getattr(sys.flags, "thread_inherit_context", "(before 3.14)")
    print("sys.flags.thread_inherit_context:", flag)


if __name__ == "__main__":
    asyncio.run(main())
