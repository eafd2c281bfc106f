"""What docs/threading-tools.md says about its programs' outputs."""

from sitebuild.claims import Claim, before, since

CHAPTER = "snippets/threading-tools/"


def lines(*expected: str):
    return lambda output: all(line in output.text for line in expected)


CLAIMS = [
    Claim(
        "opposite lock orders deadlock, the timeout detects it, and no money is lost",
        CHAPTER + "deadlock_transfer.py",
        lambda output: (
            output.number("deadlocked transfers:") >= 1 and output.numbers("balances: A=")[2] == 200
        ),
        shows=("deadlocked transfers:", "balances:"),
    ),
    Claim(
        "one global lock order never deadlocks",
        CHAPTER + "ordered_locks.py",
        lambda output: (
            output.number("deadlocked transfers:") == 0 and output.numbers("balances: A=") == [110, 90, 200]
        ),
        shows=("deadlocked transfers:", "balances:"),
    ),
    Claim(
        "a Lock blocks its own holder; an RLock lets it in again",
        CHAPTER + "rlock_reentry.py",
        lines("Lock: could not take the lock it already holds, items={}", "RLock: added, items={'socks': 2}"),
    ),
    Claim(
        "every item is consumed and every consumer stops",
        CHAPTER + "producer_consumer.py",
        lambda output: (
            output.number("items consumed:") == output.number("items produced:")
            and output.number("consumers still running:") == 0
        ),
        shows=("items", "consumers still running:"),
    ),
    Claim(
        "no runner starts before the signal, and all start after it",
        CHAPTER + "event_start_signal.py",
        lambda output: (
            output.number("runners started before the signal:") == 0
            and output.number("runners started after the signal:") == 5
        ),
        shows=("runners started",),
    ),
    Claim(
        "never more tasks at once than the semaphore allows",
        CHAPTER + "semaphore_bound.py",
        lambda output: output.number("most tasks running at once:") == output.numbers("tasks:")[1],
        shows=("tasks:", "most tasks running at once:"),
    ),
    Claim(
        "the withdrawal waits until the balance allows it",
        CHAPTER + "condition_wait.py",
        lambda output: output.text.splitlines()[-1] == "withdraw 250, balance 50",
        shows=("withdraw",),
    ),
    Claim(
        "no thread starts phase 2 before every thread has finished phase 1",
        CHAPTER + "barrier_phases.py",
        lambda output: output.numbers("order of finished phases:") == [1, 1, 1, 1, 2, 2, 2, 2],
        shows=("order of finished phases:",),
    ),
    Claim(
        "each thread sees only its own value",
        CHAPTER + "thread_local_state.py",
        lines(*(f"worker-{n} saw request: {n}" for n in range(3)), "main thread sees a request: False"),
    ),
    Claim(
        "the worker cleans up; the daemon is abandoned mid-work",
        CHAPTER + "daemon_shutdown.py",
        lambda output: (
            lines("worker: cleaned up", "worker stopped: True", "main: exiting, daemon still running: True")(
                output
            )
            and "daemon: cleaned up" not in output.text
        ),
    ),
    Claim(
        "queue.Queue.shutdown() stops every consumer thread after every item is handled",
        CHAPTER + "queue_shutdown.py",
        lambda output: (
            output.number("handled:") == output.number("items:")
            and output.number("consumers still waiting:") == 0
        ),
        shows=("items:", "handled:", "consumers still waiting:"),
        when=(since(3, 13),),
    ),
    Claim(
        "before 3.13 the program says queue.Queue.shutdown() needs 3.13",
        CHAPTER + "queue_shutdown.py",
        lambda output: "queue.Queue.shutdown() needs Python 3.13+" in output.text,
        when=(before(3, 13),),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/threading-tools/barrier_phases.py",
    "snippets/threading-tools/condition_wait.py",
    "snippets/threading-tools/daemon_shutdown.py",
    "snippets/threading-tools/deadlock_transfer.py",
    "snippets/threading-tools/event_start_signal.py",
    "snippets/threading-tools/ordered_locks.py",
    "snippets/threading-tools/producer_consumer.py",
    "snippets/threading-tools/queue_shutdown.py",
    "snippets/threading-tools/rlock_reentry.py",
    "snippets/threading-tools/semaphore_bound.py",
    "snippets/threading-tools/thread_local_state.py",
)
