"""Taking locks in one global order (here: by account name) makes that deadlock impossible."""

from deadlock_transfer import Account, run


def by_name(src: Account, dst: Account) -> tuple:
    # Both transfers now take A's lock first: whoever gets it also gets B's.
    return tuple(sorted([src, dst], key=lambda account: account.name))


if __name__ == "__main__":
    run(lock_order=by_name)
