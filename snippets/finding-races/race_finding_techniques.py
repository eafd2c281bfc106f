"""How often each technique makes a hidden race lose updates, per build."""

import sys
import threading

THREADS, INCREMENTS = 10, 1_000
count = 0


def one() -> int:
    return 1


def plain_increments(barrier: threading.Barrier | None) -> None:
    global count
    if barrier:
        barrier.wait()
    for _ in range(INCREMENTS):
        count = count + 1  # no call between the read and the write


def increments_with_a_call(barrier: threading.Barrier | None) -> None:
    global count
    if barrier:
        barrier.wait()
    for _ in range(INCREMENTS):
        count = count + one()  # a call: a GIL build may switch here


def loses_updates(work, tiny_interval: bool, together: bool) -> bool:
    global count
    count = 0
    barrier = threading.Barrier(THREADS) if together else None
    default = sys.getswitchinterval()
    if tiny_interval:
        sys.setswitchinterval(1e-6)  # ask for a switch as often as possible
    threads = [
        threading.Thread(target=work, args=(barrier,)) for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sys.setswitchinterval(default)
    return count < THREADS * INCREMENTS


TECHNIQUES = {
    "plain run": (False, False),
    "setswitchinterval(1e-6)": (True, False),
    "Barrier start": (False, True),
    "both": (True, True),
}


def main(runs: int = 20) -> None:
    print(f"{THREADS} threads x {INCREMENTS} increments, {runs} runs each")
    print(f"{'technique':<25} {'count + 1':<12} count + one()")
    for name, (tiny_interval, together) in TECHNIQUES.items():
        exposed = [
            sum(
                loses_updates(work, tiny_interval, together)
                for _ in range(runs)
            )
            for work in (plain_increments, increments_with_a_call)
        ]
        print(
            f"{name:<25} {exposed[0]:>2} of {runs:<6} {exposed[1]:>2} of {runs}"
        )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
