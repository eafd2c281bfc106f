"""What docs/thread-safety.md says about its programs' outputs."""

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim, Condition, before, since

CHAPTER = "snippets/thread-safety/"
TABLE = CHAPTER + "guarantees_table.py"
CONTEXT = CHAPTER + "context_in_threads.py"
# From 3.14 a free-threaded build's threads start with a copy of the context that starts them, the
# executor's worker thread included (sys.flags.thread_inherit_context, What's New in 3.14).
THREADS_START_EMPTY = Condition(
    "standard builds, or Python before 3.14",
    lambda python: not python.free_threaded_build or python.version_tuple < (3, 14),
)


def went_wrong(output, operation: str) -> int:
    """How many trials went wrong, from the table's row for `operation`."""
    return output.numbers(operation)[0]


def example(output, operation: str) -> str:
    """The e.g. under the row for `operation` ("" if none), its wrapped lines joined."""
    lines = output.text.splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith(operation))
    below = []
    for line in lines[row + 1 :]:
        if not line.startswith("  "):
            break
        below.append(line.strip())
    text = " ".join(below)
    return text if text.startswith("e.g.") else ""


CLAIMS = [
    Claim(
        "what the docs promise holds on both builds: list.append loses nothing, and setdefault "
        "hands every thread the same object",
        TABLE,
        lambda output: went_wrong(output, "list.append") == 0 and went_wrong(output, "d.setdefault") == 0,
        shows=("list.append", "d.setdefault"),
    ),
    Claim(
        "without a GIL, d[k] += 1 loses increments and check-then-set computes values twice",
        TABLE,
        lambda output: went_wrong(output, "d[k] += 1") > 0 and went_wrong(output, "if k not in d") > 0,
        shows=("d[k] += 1", "if k not in d"),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "on 3.13t, threads sharing a list iterator take the same items more than once",
        TABLE,
        lambda output: went_wrong(output, "one iterator, shared") > 0,
        shows=("one iterator, shared",),
        when=(NO_GIL, TWO_CPUS, before(3, 14)),
    ),
    Claim(
        "without a GIL, another thread's len() sees the list empty while it sorts",
        TABLE,
        lambda output: "len() saw it empty" in example(output, "list.sort + append"),
        shows=("list.sort + append", "  e.g."),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "with a GIL, an append during a sort with a Python key makes sort raise ValueError, and the "
        "appends are lost",
        TABLE,
        lambda output: (
            "ValueError: list modified during sort" in example(output, "list.sort + append")
            and "appends lost" in example(output, "list.sort + append")
        ),
        shows=("list.sort + append", "  e.g."),
        when=(GIL,),
    ),
    Claim(
        "a task and to_thread see the caller's value",
        CONTEXT,
        lambda output: (
            output.value("asyncio task:") == "set in main"
            and output.value("asyncio.to_thread:") == "set in main"
        ),
        shows=("asyncio task:", "asyncio.to_thread:"),
    ),
    Claim(
        "run_in_executor does not copy the caller's context: its worker thread's is empty",
        CONTEXT,
        lambda output: output.value("run_in_executor:") == "unset",
        shows=("run_in_executor:",),
        when=(THREADS_START_EMPTY,),
    ),
    Claim(
        "on a GIL build a plain Thread() starts with an empty context",
        CONTEXT,
        lambda output: output.value("threading.Thread():") == "unset",
        shows=("threading.Thread():",),
        when=(GIL,),
    ),
    Claim(
        "before 3.14 a plain Thread() starts with an empty context on the free-threaded build too",
        CONTEXT,
        lambda output: output.value("threading.Thread():") == "unset",
        shows=("threading.Thread():",),
        when=(NO_GIL, before(3, 14)),
    ),
    Claim(
        "from 3.14 a plain Thread() on the free-threaded build starts with a copy of the context "
        "(thread_inherit_context is on)",
        CONTEXT,
        lambda output: (
            output.value("threading.Thread():") == "set in main"
            and output.value("sys.flags.thread_inherit_context:") == "1"
        ),
        shows=("threading.Thread():", "sys.flags.thread_inherit_context:"),
        when=(NO_GIL, since(3, 14)),
    ),
    Claim(
        "from 3.14 thread_inherit_context is off on the GIL build, so a plain Thread() still starts empty",
        CONTEXT,
        lambda output: (
            output.value("threading.Thread():") == "unset"
            and output.value("sys.flags.thread_inherit_context:") == "0"
        ),
        shows=("threading.Thread():", "sys.flags.thread_inherit_context:"),
        when=(GIL, since(3, 14)),
    ),
    Claim(
        "from 3.14, Thread(context=copy_context()) sees the caller's value on every build",
        CONTEXT,
        lambda output: output.value("Thread(context=copy):") == "set in main",
        shows=("Thread(context=copy):",),
        when=(since(3, 14),),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = ("snippets/thread-safety/context_in_threads.py",)
