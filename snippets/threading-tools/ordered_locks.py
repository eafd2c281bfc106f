"""Taking locks in one global order (by name) makes that deadlock impossible."""

from deadlock_transfer import Account, transfer_both_ways


def by_name(src: Account, dst: Account) -> tuple:
    # Both transfers now take A's lock first: whoever gets it also gets B's.
    return tuple(sorted([src, dst], key=lambda account: account.name))


def main() -> None:
    transfer_both_ways(lock_order=by_name)


if __name__ == "__main__":
    main()
