"""TaskGroup (3.11+): one task fails, the group cancels the rest, raises all."""

import asyncio
import sys


async def step(
    name: str, seconds: float, log: list, fail: bool = False
) -> None:
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name}: done")
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled")
        raise


async def main() -> None:
    if sys.version_info < (3, 11):
        print(
            "asyncio.TaskGroup needs Python 3.11+; this is "
            f"{sys.version.split()[0]}"
        )
        return
    log = []
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(step("quick", 0.01, log))
            group.create_task(step("broken", 0.05, log, fail=True))
            group.create_task(step("slow", 1.0, log))
    except ExceptionGroup as errors:  # noqa: F821 (a builtin from 3.11)
        log.append(f"the group raised: {[str(e) for e in errors.exceptions]}")
    print("\n".join(log))


if __name__ == "__main__":
    asyncio.run(main())
