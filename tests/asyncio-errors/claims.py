"""What docs/asyncio-errors.md says about its programs' outputs."""

from sitebuild.claims import Claim, before, since

CHAPTER = "snippets/asyncio-errors/"


CLAIMS = [
    Claim(
        "gather raises the first error but cancels nothing: the sibling runs on and finishes",
        CHAPTER + "where_errors_go.py",
        lambda output: (
            "gather: you see ValueError('broken failed') the sibling finished after that" in output.words()
        ),
    ),
    Claim(
        "with return_exceptions=True no exception reaches the caller: the error is one of the results",
        CHAPTER + "where_errors_go.py",
        lambda output: (
            "gather(return_exceptions=True): you see no exception results: "
            "[ValueError('broken failed'), \"sibling's result\"]" in output.words()
        ),
    ),
    Claim(
        "a TaskGroup cancels the sibling and raises an ExceptionGroup holding the error",
        CHAPTER + "where_errors_go.py",
        lambda output: (
            "TaskGroup: you see ExceptionGroup['broken failed'] the sibling was cancelled first"
            in output.words()
        ),
        when=(since(3, 11),),
    ),
    Claim(
        "cancel() raises CancelledError at the task's await, its finally runs, and it is no Exception",
        CHAPTER + "what_cancel_looks_like.py",
        lambda output: (
            output.text.splitlines()[:4]
            == [
                "1. started",
                "2. caught CancelledError at the await",
                "3. finally ran (close files, sockets here)",
                "4. awaiting the task raised CancelledError",
            ]
            and "task.cancelled(): True" in output.text
            and "CancelledError is an Exception: False" in output.text
        ),
    ),
    Claim(
        "a task that swallows CancelledError returns late with no TimeoutError; re-raising times out",
        CHAPTER + "swallowed_cancel.py",
        lambda output: (
            output.value("swallows, wait_for:").startswith("no TimeoutError, returned 'a result'")
            and output.number("swallows, wait_for:") >= 0.12
            and output.value("reraises, wait_for:").startswith("TimeoutError after")
            and output.number("reraises, wait_for:") < 0.1
        ),
        shows=("swallows, wait_for:", "reraises, wait_for:"),
    ),
    Claim(
        "a TaskGroup waits for a task that swallows its cancellation; a re-raising one stops at once",
        CHAPTER + "swallowed_cancel.py",
        lambda output: (
            output.number("swallows, TaskGroup:") >= 0.12 and output.number("reraises, TaskGroup:") < 0.1
        ),
        shows=("swallows, TaskGroup:", "reraises, TaskGroup:"),
        when=(since(3, 11),),
    ),
    Claim(
        "the caller times out either way; only the shielded save finishes",
        CHAPTER + "shield_keeps_working.py",
        lambda output: (
            output.text.splitlines()
            == [
                "unshielded: the caller timed out; the save task: cancelled",
                "shielded: the caller timed out; save finished; the save task: 'saved'",
            ]
        ),
        shows=("unshielded:", "shielded:"),
    ),
    Claim(
        "sentinels stop every consumer after every item is handled",
        CHAPTER + "stopping_consumers.py",
        lambda output: output.value("sentinels:") == "handled 100; consumers still waiting: 0",
        shows=("sentinels:",),
    ),
    Claim(
        "Queue.shutdown() stops every consumer after every item is handled",
        CHAPTER + "stopping_consumers.py",
        lambda output: output.value("Queue.shutdown():") == "handled 100; consumers still waiting: 0",
        shows=("Queue.shutdown():",),
        when=(since(3, 13),),
    ),
    Claim(
        "before 3.13 the program says Queue.shutdown() needs 3.13",
        CHAPTER + "stopping_consumers.py",
        lambda output: output.value("Queue.shutdown():") == "needs Python 3.13+",
        shows=("Queue.shutdown():",),
        when=(before(3, 13),),
    ),
    Claim(
        "the semaphore keeps requests in flight to its limit, and every failed job is reported",
        CHAPTER + "rate_limit.py",
        lambda output: (
            output.number("most requests in flight at the server:") == output.numbers("jobs:")[1]
            and output.number("failed:") == len(output.lines("  JobFailed: "))
            and output.number("succeeded:") + output.number("failed:") == output.number("jobs:")
            and output.number("failed:") > 0
        ),
        shows=("jobs:", "most requests", "succeeded:", "failed:"),
    ),
    Claim(
        "a forgotten await is always reported; only debug mode says where the coroutine was created "
        "and names the step that blocked the loop",
        CHAPTER + "debug_mode.py",
        lambda output: (
            output.words().count("RuntimeWarning: coroutine 'save' was never awaited") == 2
            and output.words().count("Coroutine created at") == 1
            and output.words().split("with debug=True:")[1].count("WARNING asyncio: Executing <Task") == 1
            and "WARNING asyncio" not in output.words().split("with debug=True:")[0]
        ),
    ),
    Claim(
        "a task with no reference, waiting on a future only it knows or reading an asyncio stream, is "
        "garbage-collected while pending, and asyncio reports a pending task destroyed; a sleeping task "
        "and a task kept in a set are not collected",
        CHAPTER + "forgotten_tasks.py",
        lambda output: (
            output.value("no reference, waiting on its own future:") == "garbage-collected while pending"
            and output.value("no reference, reading a stream:") == "garbage-collected while pending"
            and output.value("no reference, sleeping:") == "still running"
            and output.value("kept in a set, waiting on its own future:") == "still running"
            and "'Task was destroyed but it is pending!'" in output.value("asyncio reported:")
        ),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/asyncio-errors/debug_mode.py",
    "snippets/asyncio-errors/forgotten_tasks.py",
    "snippets/asyncio-errors/rate_limit.py",
    "snippets/asyncio-errors/shield_keeps_working.py",
    "snippets/asyncio-errors/stopping_consumers.py",
    "snippets/asyncio-errors/swallowed_cancel.py",
    "snippets/asyncio-errors/what_cancel_looks_like.py",
    "snippets/asyncio-errors/where_errors_go.py",
)
