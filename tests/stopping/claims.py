"""What docs/stopping.md says about its programs' outputs."""

from sitebuild.claims import Claim, Condition, before, since

CHAPTER = "snippets/stopping/"
JOIN = CHAPTER + "ctrl_c_during_join.py"
POOLS = CHAPTER + "executor_ctrl_c.py"
POSIX = Condition("POSIX systems", lambda python: python.system != "Windows")


def pool(output, cancel: bool, kind: str) -> list[float]:
    """[ran, of, cancelled, seconds] for one pool in one half of the output."""
    half = output.text.split(f"cancel_futures={cancel}:")[1].split("cancel_futures=")[0]
    line = next(line for line in half.splitlines() if line.strip().startswith(kind + ":"))
    return [float(n) for n in line.split(":", 1)[1].replace(";", " ").split() if n[0].isdigit()]


CLAIMS = [
    Claim(
        "Ctrl-C interrupts a join(), and the worker, told to stop, finishes its finally block",
        JOIN,
        lambda output: (
            "main: KeyboardInterrupt raised inside join()" in output.text
            and "worker's finally done after finished.wait(): True" in output.text
            and output.number("stopped") < 0.5
        ),
        shows=("main:", "worker's finally", "stopped"),
        when=(POSIX,),
    ),
    Claim(
        "before 3.13 an interrupted join() leaves the thread marked dead: is_alive() is False and "
        "the next join() returns before the worker's finally has run",
        JOIN,
        lambda output: (
            "is_alive() right after: False" in output.text
            and "worker's finally done when join() returned: False" in output.text
        ),
        shows=("is_alive()", "worker's finally done when"),
        when=(POSIX, before(3, 13)),
    ),
    Claim(
        "from 3.13 the thread stays alive after an interrupted join(), and the next join() waits "
        "for its finally",
        JOIN,
        lambda output: (
            "is_alive() right after: True" in output.text
            and "worker's finally done when join() returned: True" in output.text
        ),
        shows=("is_alive()", "worker's finally done when"),
        when=(POSIX, since(3, 13)),
    ),
    Claim(
        "without cancel_futures, shutdown runs every queued task before the program can stop",
        POOLS,
        lambda output: all(pool(output, False, kind)[:3] == [12, 12, 0] for kind in ("threads", "processes")),
        shows=("cancel_futures=False:", "  threads:", "  processes:"),
    ),
    Claim(
        "with cancel_futures=True the queued tasks are cancelled and shutdown returns sooner; a "
        "process pool has already handed some of them to its workers",
        POOLS,
        lambda output: (
            pool(output, True, "threads")[2] > 0
            and pool(output, True, "threads")[3] < pool(output, False, "threads")[3]
            and pool(output, True, "processes")[2] > 0
            and pool(output, True, "processes")[2] <= pool(output, True, "threads")[2]
        ),
        shows=("cancel_futures=True:", "  threads:", "  processes:"),
    ),
    Claim(
        "Ctrl-C in asyncio.run() cancels every task, each finally runs, and KeyboardInterrupt "
        "reaches the caller at once",
        CHAPTER + "asyncio_ctrl_c.py",
        lambda output: (
            sorted(output.text.splitlines()[:2]) == ["task a's finally", "task b's finally"]
            and output.text.splitlines()[2:4]
            == ["main task's finally", "KeyboardInterrupt out of asyncio.run()"]
            and output.number("stopped") < 0.5
        ),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/stopping/asyncio_ctrl_c.py",
    "snippets/stopping/ctrl_c_during_join.py",
    "snippets/stopping/executor_ctrl_c.py",
)
TAKE_A_START_METHOD = ("snippets/stopping/executor_ctrl_c.py",)
PRESS_CTRL_C = (
    "snippets/stopping/asyncio_ctrl_c.py",
    "snippets/stopping/ctrl_c_during_join.py",
    "snippets/stopping/executor_ctrl_c.py",
)
