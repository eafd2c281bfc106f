"""Tellers moving money between accounts, with no lock, create and lose it."""

import random
import sys
import time
from threading import Event, Thread


class Bank:
    def __init__(self, n_accounts: int = 10, balance: int = 1_000) -> None:
        self.accounts = [balance] * n_accounts

    def transfer(self, src: int, dst: int, amount: int) -> None:
        src_balance = self.accounts[src]
        dst_balance = self.accounts[dst]
        # Another teller can run here and change either balance: its update is
        # then overwritten by the stale values written below.
        time.sleep(0.000001)
        self.accounts[src] = src_balance - amount
        self.accounts[dst] = dst_balance + amount

    def total(self) -> int:
        return sum(self.accounts)


def run(bank: Bank, n_tellers: int, n_transfers: int) -> None:
    """Let tellers move random amounts while an auditor checks the total; print
    what it saw."""
    expected = bank.total()
    audits, wrong_audits = 0, 0
    done = Event()

    def teller(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(n_transfers):
            src, dst = rng.sample(range(len(bank.accounts)), 2)
            bank.transfer(src, dst, rng.randint(1, 100))

    def auditor() -> None:
        nonlocal audits, wrong_audits
        while not done.is_set():
            audits += 1
            wrong_audits += bank.total() != expected
            time.sleep(0.0005)

    tellers = [Thread(target=teller, args=(seed,)) for seed in range(n_tellers)]
    audit = Thread(target=auditor)
    audit.start()
    for t in tellers:
        t.start()
    for t in tellers:
        t.join()
    done.set()
    audit.join()

    print(f"total before: {expected}")
    print(f"total after:  {bank.total()}")
    print(f"audits that found the wrong total: {wrong_audits} of {audits}")


def main(n_tellers: int = 4, n_transfers: int = 200) -> None:
    run(Bank(), n_tellers, n_transfers)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
