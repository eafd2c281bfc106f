"""One lock around every transfer and audit keeps the bank's total fixed."""

import sys
from threading import Lock

from bank_transfer import Bank, run


class LockedBank(Bank):
    def __init__(self, n_accounts: int = 10, balance: int = 1_000) -> None:
        super().__init__(n_accounts, balance)
        self.lock = Lock()

    def transfer(self, src: int, dst: int, amount: int) -> None:
        with self.lock:
            super().transfer(src, dst, amount)

    def total(self) -> int:
        # The auditor takes the lock too, so it never sees a transfer half done.
        with self.lock:
            return super().total()


def main(n_tellers: int = 4, n_transfers: int = 200) -> None:
    run(LockedBank(), n_tellers, n_transfers)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
