"""Two transfers taking locks in opposite order deadlock; timeouts see it."""

import time
from threading import Lock, Thread

# seconds a transfer waits for its second lock before reporting a deadlock
TIMEOUT = 0.2


class Account:
    def __init__(self, name: str, balance: int) -> None:
        self.name, self.balance, self.lock = name, balance, Lock()


def source_first(src: Account, dst: Account) -> tuple:
    return src, dst


def transfer(
    src: Account,
    dst: Account,
    amount: int,
    report: list,
    lock_order=source_first,
) -> None:
    first, second = lock_order(src, dst)
    with first.lock:
        time.sleep(0.05)  # meanwhile the other transfer takes its first lock
        # acquire(timeout=...) instead of `with second.lock:`: a deadlock is
        # reported, not endured
        if not second.lock.acquire(timeout=TIMEOUT):
            report.append(
                f"{src.name}->{dst.name}: waited {TIMEOUT} s for "
                f"{second.name}'s lock, gave up"
            )
            return
        try:
            src.balance -= amount
            dst.balance += amount
            report.append(f"{src.name}->{dst.name}: done")
        finally:
            second.lock.release()


def transfer_both_ways(lock_order=source_first) -> None:
    """Transfer A->B and B->A at the same time; print what happened."""
    a, b = Account("A", 100), Account("B", 100)
    report = []
    threads = [
        Thread(target=transfer, args=(a, b, 10, report, lock_order)),
        Thread(target=transfer, args=(b, a, 20, report, lock_order)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for line in sorted(report):
        print(line)
    print(
        f"deadlocked transfers: {sum('gave up' in line for line in report)} "
        "of 2"
    )
    print(
        f"balances: A={a.balance} B={b.balance} total={a.balance + b.balance}"
    )


def main() -> None:
    transfer_both_ways(lock_order=source_first)


if __name__ == "__main__":
    main()
