"""What docs/threading.md says about its programs' outputs."""

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim, since

SEED = "snippets/threading/seed_counter.py"


def exact(output) -> bool:
    return output.number("count:") == output.number("expected:")


def bank_went_wrong(output) -> bool:
    drifted = output.number("total after:") != output.number("total before:")
    return drifted or output.numbers("audits that found the wrong total:")[0] > 0


def bank_always_right(output) -> bool:
    wrong, audits = output.numbers("audits that found the wrong total:")
    return output.number("total after:") == output.number("total before:") and audits > 0 and wrong == 0


BANK_LINES = ("total before:", "total after:", "audits that found the wrong total:")
CLAIMS = [
    Claim(
        "on a GIL build of 3.10+, the overview's counter prints the exact count",
        SEED,
        exact,
        shows=("expected:", "count:"),
        when=(GIL, since(3, 10)),
    ),
    Claim(
        "on a GIL build of 3.10+, the exact count even with a thousand times more increments",
        SEED,
        exact,
        shows=("expected:", "count:"),
        args=("100000",),
        when=(GIL, since(3, 10)),
    ),
    Claim(
        "on a free-threaded build, 100,000 increments per thread lose updates",
        SEED,
        lambda output: output.number("count:") < output.number("expected:"),
        shows=("expected:", "count:"),
        args=("100000",),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "the race with a sleep loses almost every update (more than half)",
        "snippets/threading/race_counter.py",
        lambda output: output.number("lost updates:") > output.number("expected:") / 2,
        shows=("expected:", "lost updates:"),
    ),
    Claim(
        "the lock makes the count exact",
        "snippets/threading/lock_counter.py",
        exact,
        shows=("expected:", "count:"),
    ),
    Claim(
        "without a lock the bank's total changes, or an audit sees the wrong total",
        "snippets/threading/bank_transfer.py",
        bank_went_wrong,
        shows=BANK_LINES,
    ),
    Claim(
        "with one lock every audit saw the right total, and the money was all there at the end",
        "snippets/threading/bank_transfer_locked.py",
        bank_always_right,
        shows=BANK_LINES,
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/threading/bank_transfer_locked.py",
    "snippets/threading/lock_counter.py",
)
