"""A thread cannot retake a Lock it holds; it can retake an RLock."""

from threading import Lock, RLock


class Inventory:
    def __init__(self, lock) -> None:
        self.lock, self.items = lock, {}

    def add(self, name: str, count: int) -> bool:
        # Waits at most 0.2 s: a self-deadlock is reported, not endured.
        if not self.lock.acquire(timeout=0.2):
            return False
        try:
            self.items[name] = self.items.get(name, 0) + count
            return True
        finally:
            self.lock.release()

    def add_pair(self, name: str) -> bool:
        # holds the lock while calling add(), which takes it again
        with self.lock:
            return self.add(name, 2)


def main() -> None:
    for name, lock in (("Lock", Lock()), ("RLock", RLock())):
        inventory = Inventory(lock)
        added = inventory.add_pair("socks")
        result = (
            "added" if added else "could not take the lock it already holds"
        )
        print(f"{name}: {result}, items={inventory.items}")


if __name__ == "__main__":
    main()
