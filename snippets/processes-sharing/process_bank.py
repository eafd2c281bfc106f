"""The bank across processes: balances in a shared Array, one lock for all."""

import multiprocessing
import random
import sys


def teller(balances, seed: int, n_transfers: int) -> None:
    rng = random.Random(seed)
    for _ in range(n_transfers):
        src, dst = rng.sample(range(len(balances)), 2)
        amount = rng.randint(1, 100)
        # one lock for the whole array: a transfer is all or nothing
        with balances.get_lock():
            balances[src] -= amount
            balances[dst] += amount


def main(
    start_method: str | None = None,
    n_tellers: int = 3,
    n_transfers: int = 2_000,
) -> None:
    context = multiprocessing.get_context(start_method)
    balances = context.Array("i", [1_000] * 10)
    expected = sum(balances)
    tellers = [
        context.Process(target=teller, args=(balances, s, n_transfers))
        for s in range(n_tellers)
    ]
    for t in tellers:
        t.start()
    audits = wrong = 0
    # the parent audits while the tellers work
    while any(t.is_alive() for t in tellers):
        with balances.get_lock():
            wrong += sum(balances) != expected
        audits += 1
    for t in tellers:
        t.join()
    print(f"start method: {context.get_start_method()}")
    print(f"total before: {expected}")
    print(f"total after:  {sum(balances)}")
    print(f"audits that found the wrong total: {wrong} of {audits}")


if __name__ == "__main__":
    # python snippets/processes-sharing/process_bank.py \
    #     [fork|spawn|forkserver] [sizes...]
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:]))
