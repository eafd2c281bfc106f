"""What docs/futures.md says about its programs' outputs, and docs/choosing.md about the chart it
draws from compare_models.py's table."""

import re

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim, before, since

CHAPTER = "snippets/futures/"


def speedups(output, workload: int) -> dict[str, float]:
    """compare_models.py's table: each model's speedup over sequential, for waiting (0) or
    counting (1); asyncio does not count."""
    rows = re.findall(r"^(.+?) +([\d.]+)x +(?:([\d.]+)x|n/a)$", output.text, re.MULTILINE)
    return {model: float(speedups[workload]) for model, *speedups in rows if speedups[workload]}


def within_physics(output) -> bool:
    """No model beats sequential counting by more than its workers allow (2, or the CPUs)."""
    return all(speedup <= 2.2 for speedup in speedups(output, 1).values())


CLAIMS = [
    Claim(
        "map() keeps input order, as_completed() yields finishers first, wait() returns early",
        CHAPTER + "executor_api.py",
        lambda output: all(
            line in output.text
            for line in (
                "map (input order):          [1, 4, 9]",
                "as_completed (finish order): [9, 4, 1]",
                "wait(FIRST_COMPLETED): 1 done, 2 still running",
            )
        ),
        shows=("map", "as_completed", "wait("),
    ),
    Claim(
        "a worker's exception reaches the caller through result(); map() raises at the failed item",
        CHAPTER + "worker_exceptions.py",
        lambda output: (
            "parse('ten') raised ValueError" in output.text
            and "map() raised when it reached the failed item" in output.text
        ),
    ),
    Claim(
        "a timeout stops the waiting, not the task; only queued tasks can be cancelled",
        CHAPTER + "timeouts_and_cancel.py",
        lambda output: all(
            line in output.text
            for line in (
                "the task is still running: True",
                "cancel() a running task: False",
                "cancel() a queued task:  True",
                "queued tasks cancelled: 3 of 3",
            )
        ),
    ),
    Claim(
        "before 3.14 the program says InterpreterPoolExecutor needs 3.14",
        CHAPTER + "interpreter_pool.py",
        lambda output: "it needs 3.14+" in output.text,
        when=(before(3, 14),),
    ),
    Claim(
        "two interpreters, each with its own GIL, count in parallel (interpreters / sequential below 0.8)",
        CHAPTER + "interpreter_pool.py",
        lambda output: output.number("interpreters / sequential:") < 0.8,
        shows=("interpreters / sequential:",),
        when=(since(3, 14), TWO_CPUS),
    ),
    Claim(
        "for waiting, threads and asyncio beat sequential by far (over 5x), two processes "
        "wait two at a time (1.5x to 2.5x)",
        CHAPTER + "compare_models.py",
        lambda output: (
            speedups(output, 0)["threads"] > 5
            and speedups(output, 0)["asyncio"] > 5
            and 1.5 < speedups(output, 0)["2 processes"] < 2.5
        ),
        shows=("threads", "2 processes", "2 interpreters", "asyncio"),
    ),
    Claim(
        "on a GIL build only processes (and interpreters) speed up counting (over 1.2x); "
        "threads do not (under 1.15x); nothing beats what two workers allow (2.2x)",
        CHAPTER + "compare_models.py",
        lambda output: (
            speedups(output, 1)["threads"] < 1.15
            and speedups(output, 1)["2 processes"] > 1.2
            and speedups(output, 1).get("2 interpreters", 2) > 1.2
            and within_physics(output)
        ),
        shows=("threads", "2 processes", "2 interpreters", "asyncio"),
        when=(GIL, TWO_CPUS),
    ),
    Claim(
        "on a free-threaded build threads speed up counting too (over 1.2x), and "
        "nothing beats what two workers allow",
        CHAPTER + "compare_models.py",
        lambda output: speedups(output, 1)["threads"] > 1.2 and within_physics(output),
        shows=("threads", "2 processes", "2 interpreters", "asyncio"),
        when=(NO_GIL, TWO_CPUS),
    ),
]

# Programs whose claims hold with every CPU busy: the build runs them side by side
# (hooks/sitebuild/schedule.py; checked by tests/test_mostly_waiting.py).
MOSTLY_WAITING = (
    "snippets/futures/executor_api.py",
    "snippets/futures/timeouts_and_cancel.py",
    "snippets/futures/worker_exceptions.py",
)
