"""Swallowing CancelledError breaks timeouts and TaskGroup: work runs on."""

import asyncio
import sys
import time


async def swallows() -> str:
    """The bug: catches the cancellation and carries on."""
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0.1)  # more work, well past the deadline
    return "a result"


async def reraises() -> str:
    """The fix: clean up, then re-raise."""
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise  # after any cleanup
    await asyncio.sleep(0.1)
    return "a result"


async def under_a_timeout(work) -> str:
    start = time.perf_counter()
    try:
        result = await asyncio.wait_for(work(), timeout=0.05)
        outcome = f"no TimeoutError, returned {result!r}"
    except asyncio.TimeoutError:  # the builtin TimeoutError from 3.11
        outcome = "TimeoutError"
    return f"{outcome} after {time.perf_counter() - start:.2f} s"


async def fails() -> None:
    await asyncio.sleep(0.05)
    raise ValueError("a sibling failed")


async def in_a_task_group(work) -> str:
    if sys.version_info < (3, 11):
        return "TaskGroup needs Python 3.11+"
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(work())
            group.create_task(fails())
    except ExceptionGroup:  # noqa: F821 (a builtin from 3.11)
        pass
    return f"raised after {time.perf_counter() - start:.2f} s"


async def main() -> None:
    print("a sibling fails, or the deadline passes, at: 0.05 s")
    for work in (swallows, reraises):
        print(f"{work.__name__}, wait_for:", await under_a_timeout(work))
        print(f"{work.__name__}, TaskGroup:", await in_a_task_group(work))


if __name__ == "__main__":
    asyncio.run(main())
