"""What docs/processes-sharing.md says about its programs' outputs (run with the platform's
default start method, as the page shows them; tests/test_start_methods.py runs every start method)."""

from sitebuild.claims import Claim

CHAPTER = "snippets/processes-sharing/"


CLAIMS = [
    Claim(
        "the Value's lock makes the count exact; without it updates are lost",
        CHAPTER + "shared_counter.py",
        lambda output: (
            output.number("with the lock:") == output.number("expected:")
            and output.number("without the lock:") < output.number("expected:")
        ),
        shows=("expected:", "with the lock:", "without the lock:"),
    ),
    Claim(
        "with one lock the bank's total never changes across processes, and every audit agrees",
        CHAPTER + "process_bank.py",
        lambda output: (
            output.number("total after:") == output.number("total before:")
            and output.numbers("audits that found the wrong total:")[0] == 0
            and output.numbers("audits that found the wrong total:")[1] > 0
        ),
        shows=("total before:", "total after:", "audits"),
    ),
    Claim(
        "workers write into the manager's dict, from processes other than this one",
        CHAPTER + "manager_dict.py",
        lambda output: (
            "squares: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25}" in output.text
            and "(none of them is this one: True)" in output.text
        ),
        shows=("squares:", "(none"),
    ),
    Claim(
        "workers fill the shared block, and its sum matches the one computed here",
        CHAPTER + "shared_memory_sum.py",
        lambda output: output.numbers("sum of squares below")[-1] == output.number("computed here:"),
        shows=("sum of squares below", "computed here:"),
    ),
    Claim(
        "a Queue and a Pipe carry every message",
        CHAPTER + "queue_and_pipe.py",
        lambda output: (
            "queue: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25), (6, 36), (7, 49)]" in output.text
            and "pipe: sent ['ping', 'pong'], got back ['PING', 'PONG']" in output.text
        ),
        shows=("queue:", "pipe:"),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/processes-sharing/manager_dict.py",
    "snippets/processes-sharing/process_bank.py",
    "snippets/processes-sharing/queue_and_pipe.py",
    "snippets/processes-sharing/shared_counter.py",
    "snippets/processes-sharing/shared_memory_sum.py",
)
TAKE_A_START_METHOD = (
    "snippets/processes-sharing/manager_dict.py",
    "snippets/processes-sharing/process_bank.py",
    "snippets/processes-sharing/queue_and_pipe.py",
    "snippets/processes-sharing/shared_counter.py",
    "snippets/processes-sharing/shared_memory_sum.py",
)
