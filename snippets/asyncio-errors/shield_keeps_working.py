"""asyncio.shield: the caller stops waiting, the shielded work carries on."""

import asyncio


async def save(log: list[str]) -> str:
    """Work that must not be cut off half-way (writing a file, a commit)."""
    await asyncio.sleep(0.05)
    log.append("save finished")
    return "saved"


async def caller(work, log: list[str]) -> None:
    try:
        await asyncio.wait_for(work, timeout=0.02)
    except asyncio.TimeoutError:
        log.append("the caller timed out")


async def main() -> None:
    for name, shielded in (("unshielded", False), ("shielded", True)):
        log = []
        task = asyncio.ensure_future(save(log))
        await caller(asyncio.shield(task) if shielded else task, log)
        await asyncio.sleep(0.08)  # time for the save to finish, if it can
        state = "cancelled" if task.cancelled() else repr(task.result())
        print(f"{name}: {'; '.join(log)}; the save task: {state}")


if __name__ == "__main__":
    asyncio.run(main())
