"""task.cancel() raises CancelledError inside the task, at its await."""

import asyncio


async def download(steps: list[str]) -> None:
    try:
        steps.append("started")
        await asyncio.sleep(1)  # cancel() makes this await raise
        steps.append("finished")  # never reached
    except asyncio.CancelledError as error:
        steps.append(f"caught {type(error).__name__} at the await")
        raise  # let the cancellation go on: see swallowed_cancel.py
    finally:
        steps.append("finally ran (close files, sockets here)")


async def main() -> None:
    steps = []
    task = asyncio.create_task(download(steps))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        steps.append("awaiting the task raised CancelledError")
    for number, step in enumerate(steps, 1):
        print(f"{number}. {step}")
    print("task.cancelled():", task.cancelled())
    print(
        "CancelledError is an Exception:",
        issubclass(asyncio.CancelledError, Exception),
    )


if __name__ == "__main__":
    asyncio.run(main())
