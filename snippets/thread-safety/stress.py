"""Helpers for the stress programs: start threads together, count trials."""

from collections.abc import Callable
from threading import Barrier, Thread


def together(threads: int, work: Callable[[int], object]) -> list:
    """Run work(0), work(1), ... in threads released at the same moment
    by a Barrier (so they really overlap); return their results."""
    barrier = Barrier(threads)
    results = [None] * threads

    def run(index: int) -> None:
        barrier.wait()
        results[index] = work(index)

    workers = [Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


def tally(trial: Callable[[], str], trials: int) -> tuple[int, str]:
    """Run trial() `trials` times; it returns what went wrong, or "".
    Returns how many went wrong, and the worst (longest) report."""
    reports = [trial() for _ in range(trials)]
    wrong = [report for report in reports if report]
    return len(wrong), max(wrong, key=len, default="")


def report(trial: Callable[[], str], trials: int) -> str:
    wrong, worst = tally(trial, trials)
    example = f" (e.g. {worst})" if wrong else ""
    return f"went wrong in {wrong} of {trials} trials{example}"
