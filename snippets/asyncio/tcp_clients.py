"""Many clients against a real local server: asyncio tasks vs a thread pool."""

import asyncio
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

DELAY = 0.01  # the server "works" 10 ms on each request


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    request = await reader.readline()
    await asyncio.sleep(DELAY)
    writer.write(request.upper())
    await writer.drain()
    writer.close()


def serve(ready: threading.Event, address: list, stop: threading.Event) -> None:
    """An asyncio echo server on 127.0.0.1 (a free port), in its own thread,
    until stop is set."""

    async def run() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        address.append(server.sockets[0].getsockname())
        ready.set()
        async with server:
            while not stop.is_set():
                await asyncio.sleep(0.01)

    asyncio.run(run())


async def async_client(address, limit: asyncio.Semaphore) -> bytes:
    async with limit:  # at most `concurrency` connections at once
        reader, writer = await asyncio.open_connection(*address)
        writer.write(b"hello\n")
        reply = await reader.readline()
        writer.close()
        await writer.wait_closed()
        return reply


async def with_asyncio(address, n: int, concurrency: int) -> list:
    limit = asyncio.Semaphore(concurrency)
    return await asyncio.gather(
        *(async_client(address, limit) for _ in range(n))
    )


def thread_client(address) -> bytes:
    with socket.create_connection(address, timeout=10) as connection:
        connection.sendall(b"hello\n")
        return connection.makefile("rb").readline()


def main(n: int = 200, concurrency: int = 20) -> None:
    ready, stop, address = threading.Event(), threading.Event(), []
    server = threading.Thread(target=serve, args=(ready, address, stop))
    server.start()
    try:
        ready.wait(timeout=10)
        start = time.perf_counter()
        replies = asyncio.run(with_asyncio(address[0], n, concurrency))
        async_time = time.perf_counter() - start
        start = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            replies += list(pool.map(thread_client, [address[0]] * n))
        thread_time = time.perf_counter() - start
    finally:
        stop.set()  # always shut the server down
        server.join(timeout=10)
    one_by_one = n * DELAY
    print(
        f"{n} requests with asyncio, then {n} with threads, {concurrency} at "
        "a time"
    )
    print(f"server delay: {DELAY * 1000:g} ms per request")
    correct = sum(reply == b"HELLO\n" for reply in replies)
    print(f"correct replies: {correct} of {2 * n} (both runs)")
    print(f"one after another would take at least: {one_by_one:.2f} s")
    print(f"asyncio, {concurrency} concurrent tasks:  {async_time:.3f} s")
    print(f"{concurrency} threads:                   {thread_time:.3f} s")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
