"""A Condition lets a thread sleep until shared state changes, then check."""

import time
from threading import Condition, Thread


class Account:
    def __init__(self) -> None:
        self.balance, self.log = 0, []
        self.changed = Condition()  # a lock, plus wait() and notify()

    def deposit(self, amount: int) -> None:
        with self.changed:
            self.balance += amount
            self.log.append(f"deposit {amount}, balance {self.balance}")
            self.changed.notify_all()

    def withdraw_when_possible(self, amount: int) -> None:
        with self.changed:
            # wait_for() releases the lock while asleep, and re-checks with the
            # lock held when woken
            if self.changed.wait_for(lambda: self.balance >= amount, timeout=5):
                self.balance -= amount
                self.log.append(f"withdraw {amount}, balance {self.balance}")


def main() -> None:
    account = Account()
    waiter = Thread(target=account.withdraw_when_possible, args=(250,))
    waiter.start()
    for _ in range(3):
        time.sleep(0.05)
        account.deposit(100)
    waiter.join()
    print("\n".join(account.log))


if __name__ == "__main__":
    main()
