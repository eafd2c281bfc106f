"""A timeout cancels the awaited work: wait_for(), asyncio.timeout() (3.11+)."""

import asyncio
import sys


async def slow_reply(log: list) -> str:
    try:
        await asyncio.sleep(1.0)
        return "reply"
    except asyncio.CancelledError:
        log.append("slow_reply was cancelled")
        raise


async def main() -> None:
    log = []
    try:
        await asyncio.wait_for(slow_reply(log), timeout=0.05)
    except asyncio.TimeoutError:  # the builtin TimeoutError since 3.11
        log.append("wait_for: timed out after 0.05 s")
    if sys.version_info >= (3, 11):
        try:
            async with asyncio.timeout(0.05):
                await slow_reply(log)
        except TimeoutError:
            log.append("asyncio.timeout: timed out after 0.05 s")
    print("\n".join(log))


if __name__ == "__main__":
    asyncio.run(main())
