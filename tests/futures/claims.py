"""What docs/futures.md says about its programs' outputs, and docs/choosing.md about the chart it
draws from compare_models.py's table."""

import re

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim, before, since

CHAPTER = "snippets/futures/"


ROW = re.compile(r"^(.+?) +([\d.]+)x +(?:([\d.]+)x|n/a) +(?:([\d.]+)|n/a)$", re.MULTILINE)


def column(output, index: int) -> dict[str, float]:
    """compare_models.py's table: each model's speedup over sequential for waiting (0) and
    counting (1), and the CPUs busy while counting (2); asyncio does not count."""
    return {model: float(cells[index]) for model, *cells in ROW.findall(output.text) if cells[index]}


def waiting(output) -> dict[str, float]:
    return column(output, 0)


def busy(output) -> dict[str, float]:
    """Counting's CPU time over its wall time: how many CPUs counted at once. Unlike the speedup,
    it does not move when the machine's CPUs run slower with two busy than with one (a shared
    cloud host), or faster: the claims about counting are claims about this column."""
    return column(output, 2)


def within_physics(output) -> bool:
    """No model keeps more CPUs busy than it has counts at once: one for sequential, two for the
    others (two counts, on two workers or two of the threads)."""
    return all(cpus <= (1 if model == "sequential" else 2) + 0.1 for model, cpus in busy(output).items())


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
        "a worker's exception waits in its future (exception() returns it) and the pool goes on with "
        "the other tasks; map() raises at the failed item",
        CHAPTER + "worker_exceptions.py",
        lambda output: (
            "parse('ten') raised ValueError" in output.text
            and all(f"parse('{n}') = {n}" in output.text for n in (1, 2, 4))
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
        "two interpreters, each with its own GIL, count on both CPUs at once (CPUs busy over 1.5)",
        CHAPTER + "interpreter_pool.py",
        lambda output: output.number("CPUs busy in 2 interpreters:") > 1.5,
        shows=("interpreters / sequential:", "CPUs busy"),
        when=(since(3, 14), TWO_CPUS),
    ),
    Claim(
        "for waiting, threads and asyncio beat sequential by far (over 5x), two processes "
        "wait two at a time (1.5x to 2.5x)",
        CHAPTER + "compare_models.py",
        lambda output: (
            waiting(output)["threads"] > 5
            and waiting(output)["asyncio"] > 5
            and 1.5 < waiting(output)["2 processes"] < 2.5
        ),
        shows=("threads", "2 processes", "2 interpreters", "asyncio"),
    ),
    Claim(
        "on a GIL build only processes (and interpreters) count on both CPUs at once (CPUs busy "
        "over 1.3); two threads count on one between them (under 1.15)",
        CHAPTER + "compare_models.py",
        lambda output: (
            busy(output)["threads"] < 1.15
            and busy(output)["2 processes"] > 1.3
            and busy(output).get("2 interpreters", 2) > 1.3
            and within_physics(output)
        ),
        shows=("threads", "2 processes", "2 interpreters", "asyncio", "CPUs busy"),
        when=(GIL, TWO_CPUS),
    ),
    Claim(
        "on a free-threaded build threads count on both CPUs at once too (CPUs busy over 1.3)",
        CHAPTER + "compare_models.py",
        lambda output: busy(output)["threads"] > 1.3 and within_physics(output),
        shows=("threads", "2 processes", "2 interpreters", "asyncio", "CPUs busy"),
        when=(NO_GIL, TWO_CPUS),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/futures/executor_api.py",
    "snippets/futures/timeouts_and_cancel.py",
    "snippets/futures/worker_exceptions.py",
)
TAKE_A_START_METHOD = ("snippets/futures/compare_models.py",)
