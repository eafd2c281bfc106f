"""What docs/finding-races.md says about its programs' outputs."""

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim, since

CHAPTER = "snippets/finding-races/"
TECHNIQUES = CHAPTER + "race_finding_techniques.py"
ROWS = ("plain run", "setswitchinterval(1e-6)", "Barrier start", "both")


def exposed(output, technique: str) -> tuple[float, float]:
    """(runs that lost updates with `count + 1`, ... with `count + one()`)."""
    numbers = output.numbers(technique)
    return numbers[-4], numbers[-2]


CLAIMS = [
    Claim(
        "on a GIL build of 3.10+, no technique splits count = count + 1: nothing sits between the "
        "read and the write where the GIL could switch",
        TECHNIQUES,
        lambda output: all(exposed(output, row)[0] == 0 for row in ROWS),
        shows=ROWS,
        when=(GIL, since(3, 10)),
    ),
    Claim(
        "on a GIL build, a tiny switch interval exposes the race once a call sits between the read "
        "and the write, in more runs than a plain run",
        TECHNIQUES,
        lambda output: (
            exposed(output, "setswitchinterval(1e-6)")[1] > 0
            and exposed(output, "setswitchinterval(1e-6)")[1] > exposed(output, "plain run")[1]
        ),
        shows=("setswitchinterval", "plain run"),
        when=(GIL,),
    ),
    Claim(
        "without a GIL, starting the threads together with a Barrier exposes both races",
        TECHNIQUES,
        lambda output: all(n > 0 for n in exposed(output, "Barrier start")),
        shows=("Barrier start",),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "threading.excepthook reports the thread that died, and faulthandler dumps the stack of "
        "the thread that hangs, at the line where it waits",
        CHAPTER + "dying_and_hung_threads.py",
        lambda output: (
            "excepthook: thread worker died: ValueError('bad input in a worker')" in output.text
            and "worker alive: False" in output.text
            and "Timeout (0:00:00.200000)!" in output.text
            and " in hangs\n" in output.text
            and " in main\n" in output.text
            and output.text.rstrip().endswith("released the lock: the waiter finished")
        ),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = ("snippets/finding-races/dying_and_hung_threads.py",)
