"""asyncio.Semaphore caps requests in flight; every failure is reported."""

import asyncio
import sys


class Server:
    """A loopback server that is slow (20 ms a reply) and fails 1 job in 5."""

    def __init__(self) -> None:
        self.in_flight = self.most_in_flight = 0

    async def reply(self, reader, writer) -> None:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        job = int(await reader.readline())
        await asyncio.sleep(0.02)
        writer.write(b"error\n" if job % 5 == 4 else b"ok\n")
        await writer.drain()
        writer.close()
        self.in_flight -= 1


class JobFailed(Exception):
    pass


async def request(port: int, job: int, limit: asyncio.Semaphore) -> int:
    async with limit:  # waits while the limit's requests are in flight
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"{job}\n".encode())
        answer = (await reader.readline()).strip()
        writer.close()
        await writer.wait_closed()
    if answer != b"ok":
        raise JobFailed(f"job {job}: server said {answer.decode()}")
    return job


async def main(jobs: int = 30, most: int = 5) -> None:
    server = Server()
    listening = await asyncio.start_server(server.reply, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    limit = asyncio.Semaphore(most)
    results = await asyncio.gather(
        *(request(port, job, limit) for job in range(jobs)),
        return_exceptions=True,  # collect failures, then report each one
    )
    listening.close()
    await listening.wait_closed()
    failures = [r for r in results if isinstance(r, BaseException)]
    print(f"jobs: {jobs}, limit: {most}")
    print(f"most requests in flight at the server: {server.most_in_flight}")
    print(f"succeeded: {len(results) - len(failures)}")
    print(f"failed: {len(failures)}")
    for failure in failures:
        print(f"  {type(failure).__name__}: {failure}")


if __name__ == "__main__":
    asyncio.run(main(*(int(a) for a in sys.argv[1:])))
