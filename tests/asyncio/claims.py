"""What docs/asyncio.md says about its programs' outputs."""

from sitebuild.claims import Claim, before, since

CHAPTER = "snippets/asyncio/"
FIXES = ("async_sleep", "in_a_thread", "in_an_executor")

CLAIMS = [
    Claim(
        "ten tasks that each wait 0.1 s finish together, on one thread",
        CHAPTER + "one_thread_many_tasks.py",
        lambda output: (
            output.numbers("10 tasks that each wait 0.1 s finished in")[-1] < 0.2
            and output.number("threads they ran on:") == 1
        ),
        shows=("10 tasks", "threads they ran on:"),
    ),
    Claim(
        "a blocking call stalls every task; each fix lets the waits overlap (under half the time)",
        CHAPTER + "blocking_call.py",
        lambda output: all(
            output.number(f"  {fix}:") < output.number("  blocking_sleep:") / 2 for fix in FIXES
        ),
        shows=("  ",),
    ),
    Claim(
        "the blocking version takes as long as running the waits one after the other (at least 90 % "
        "of tasks × wait)",
        CHAPTER + "blocking_call.py",
        lambda output: (
            output.number("  blocking_sleep:") >= 0.9 * output.numbers("")[0] * output.numbers("")[1]
        ),
        shows=("  blocking_sleep:",),
    ),
    Claim(
        "in a TaskGroup, one failure cancels its siblings and the group raises it",
        CHAPTER + "task_group.py",
        lambda output: (
            output.text.splitlines()
            == ["quick: done", "slow: cancelled", "the group raised: ['broken failed']"]
        ),
        shows=("quick:", "slow:", "the group raised:"),
        when=(since(3, 11),),
    ),
    Claim(
        "before 3.11, the program says TaskGroup needs 3.11",
        CHAPTER + "task_group.py",
        lambda output: "needs Python 3.11+" in output.text,
        when=(before(3, 11),),
    ),
    Claim(
        "a timeout cancels the awaited work (wait_for, and asyncio.timeout from 3.11)",
        CHAPTER + "timeouts.py",
        lambda output: (
            output.text.count("slow_reply was cancelled") == (2 if "asyncio.timeout:" in output.text else 1)
            and "wait_for: timed out after 0.05 s" in output.text
        ),
    ),
    Claim(
        "an await between read and write loses updates, and asyncio.Lock makes the count exact",
        CHAPTER + "await_race.py",
        lambda output: (
            output.number("without a lock:") < output.number("expected:")
            and output.number("with asyncio.Lock:") == output.number("expected:")
        ),
        shows=("expected:", "without a lock:", "with asyncio.Lock:"),
    ),
    Claim(
        "every client gets its reply, far faster than one request after another (under a quarter)",
        CHAPTER + "tcp_clients.py",
        lambda output: (
            output.numbers("correct replies:")[0] == output.numbers("correct replies:")[1]
            and output.numbers("asyncio, 20 concurrent tasks:")[-1] < output.number("one after another") / 4
            and output.numbers("20 threads:")[-1] < output.number("one after another") / 4
        ),
        shows=("correct replies:", "one after another", "asyncio,", "20 threads:"),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/asyncio/await_race.py",
    "snippets/asyncio/blocking_call.py",
    "snippets/asyncio/one_thread_many_tasks.py",
    "snippets/asyncio/task_group.py",
    "snippets/asyncio/tcp_clients.py",
    "snippets/asyncio/timeouts.py",
)
