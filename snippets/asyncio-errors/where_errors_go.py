"""One task fails: what gather, return_exceptions and TaskGroup show you."""

import asyncio
import sys


async def sibling(fate: list[str]) -> str:
    """A task that needs 0.05 s, running beside the one that fails."""
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        fate.append("cancelled")
        raise
    fate.append("finished")
    return "sibling's result"


async def broken() -> str:
    await asyncio.sleep(0.01)
    raise ValueError("broken failed")


async def with_gather() -> str:
    fate = []
    try:
        await asyncio.gather(broken(), sibling(fate))
        seen = "no exception"
    except ValueError as error:
        seen = repr(error)
    await asyncio.sleep(0.1)  # gather cancelled nothing: the sibling runs on
    return f"you see {seen}\n  the sibling {fate[0]} after that"


async def with_return_exceptions() -> str:
    fate = []
    results = await asyncio.gather(
        broken(), sibling(fate), return_exceptions=True
    )
    # No exception reaches you: the error is one of the results, and it
    # is lost unless you look at every result.
    return f"you see no exception\n  results: {results}"


async def with_task_group() -> str:
    if sys.version_info < (3, 11):
        return "needs Python 3.11+"
    fate = []
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(broken())
            group.create_task(sibling(fate))
        seen = "no exception"
    except ExceptionGroup as errors:  # noqa: F821 (a builtin from 3.11)
        seen = f"{type(errors).__name__}{[str(e) for e in errors.exceptions]}"
    return f"you see {seen}\n  the sibling was {fate[0]} first"


async def main() -> None:
    print("gather:\n ", await with_gather())
    print("gather(return_exceptions=True):\n ", await with_return_exceptions())
    print("TaskGroup:\n ", await with_task_group())


if __name__ == "__main__":
    asyncio.run(main())
