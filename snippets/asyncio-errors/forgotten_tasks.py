"""A task nobody references can be garbage-collected before it finishes."""

import asyncio
import gc
import weakref
from functools import partial

background = set()  # the fix: strong references to running tasks


async def waits_for_a_reply() -> None:
    # A future only this task knows about: the loop holds no reference
    # to it (a sleep or a socket would be held by the loop).
    await asyncio.get_running_loop().create_future()


async def sleeps() -> None:
    await asyncio.sleep(1)


async def reads_a_stream(port: int) -> None:
    # The selector holds the socket's transport, and the transport its
    # protocol, but a stream's protocol holds its reader weakly.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await reader.read(1)  # the server never sends


async def fate(work, keep: bool) -> str:
    task = asyncio.create_task(work())
    if keep:
        background.add(task)
        task.add_done_callback(background.discard)
    alive = weakref.ref(task)
    del task  # fire and forget: no variable refers to the task now
    await asyncio.sleep(0.01)  # the task starts and waits
    gc.collect()  # a collection, which a real program runs at any time
    task = alive()
    if task is None:
        return "garbage-collected while pending"
    task.cancel()  # tidy up: these tasks would otherwise wait for ever
    return "still running"


async def main() -> None:
    reports = []  # what asyncio reports, printed here rather than on stderr
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, context: reports.append(context["message"])
    )
    silent = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    reads = partial(reads_a_stream, port)
    cases = [
        ("no reference, waiting on its own future", waits_for_a_reply, False),
        ("no reference, sleeping", sleeps, False),
        ("no reference, reading a stream", reads, False),
        ("kept in a set, waiting on its own future", waits_for_a_reply, True),
    ]
    for label, work, keep in cases:
        print(f"{label}: {await fate(work, keep)}")
    silent.close()
    print("asyncio reported:", sorted(set(reports)))  # each message once


if __name__ == "__main__":
    asyncio.run(main())
