"""Stopping asyncio consumers: Queue.shutdown() (3.13+), or a sentinel each."""

import asyncio
import sys

DONE = None  # the sentinel: a value no producer ever puts


async def until_sentinel(q: asyncio.Queue) -> int:
    handled = 0
    while await q.get() is not DONE:
        handled += 1
    return handled


async def until_shutdown(q: asyncio.Queue) -> int:
    handled = 0
    while True:
        try:
            await q.get()
        except asyncio.QueueShutDown:  # raised once the queue is empty
            return handled
        handled += 1


async def run(consume, items: int, consumers: int) -> str:
    q = asyncio.Queue(maxsize=10)  # bounded: put() waits for a free slot
    tasks = [asyncio.create_task(consume(q)) for _ in range(consumers)]
    for item in range(items):
        await q.put(item)
    if consume is until_shutdown:
        q.shutdown()  # no more puts; get() drains what is left, then raises
    else:
        for _ in tasks:
            await q.put(DONE)
    # A consumer nobody stops waits forever: give up on it after 1 s.
    done, pending = await asyncio.wait(tasks, timeout=1)
    for task in pending:
        task.cancel()
    handled = sum(task.result() for task in done)
    return f"handled {handled}; consumers still waiting: {len(pending)}"


async def main(items: int = 100, consumers: int = 3) -> None:
    print(f"items: {items}, consumers: {consumers}")
    print("sentinels:", await run(until_sentinel, items, consumers))
    if sys.version_info >= (3, 13):
        print("Queue.shutdown():", await run(until_shutdown, items, consumers))
    else:
        print("Queue.shutdown(): needs Python 3.13+")


if __name__ == "__main__":
    asyncio.run(main(*(int(a) for a in sys.argv[1:])))
