"""When threads run: with a GIL they take turns; without one they overlap."""

import json
import statistics
import sys
import time
from threading import Thread

# A busy thread whose clock jumps by over 50 µs between two readings was not
# running: it waited for the GIL, or the operating system paused it.
GAP_NS = 50_000


def cpu_bound(deadline: int, runs: list) -> None:
    start = now = time.perf_counter_ns()
    while now < deadline:
        last, now = now, time.perf_counter_ns()
        if now - last > GAP_NS:
            runs.append((start, last))
            start = now
    runs.append((start, now))


def io_bound(deadline: int, runs: list) -> None:
    while True:
        # stands for waiting on a socket: the GIL is released meanwhile
        time.sleep(0.001)
        start = time.perf_counter_ns()
        if start >= deadline:
            return
        # 50 µs of work on what arrived
        while time.perf_counter_ns() - start < 50_000:
            pass
        runs.append((start, time.perf_counter_ns()))


def timeline(workers: list, seconds: float) -> list:
    """Run one thread per worker for `seconds`; return each thread's runs as
    (start, end) in ms."""
    t0 = time.perf_counter_ns()
    deadline = t0 + int(seconds * 1e9)
    runs = [[] for _ in workers]
    threads = [
        Thread(target=w, args=(deadline, r)) for w, r in zip(workers, runs)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [
        [((s - t0) / 1e6, (e - t0) / 1e6) for s, e in thread_runs]
        for thread_runs in runs
    ]


def turns(threads: list) -> list:
    """Each thread's turns in ms: its runs that no run of another thread
    came between (a pause by the OS splits a run, not a turn)."""
    runs = sorted(
        (s, e, who) for who, r in enumerate(threads) for s, e in r if e > s
    )
    merged = []
    for start, end, who in runs:
        if merged and merged[-1][2] == who:
            merged[-1][1] = end
        else:
            merged.append([start, end, who])
    return [[e - s for s, e, w in merged if w == who] for who in range(2)]


def overlap(a: list, b: list) -> float:
    """Milliseconds during which both threads were running."""
    return sum(
        max(0.0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b
    )


def scenarios(seconds: float) -> list:
    default = sys.getswitchinterval()
    result = []
    two_cpu = (
        "two CPU-bound threads",
        ["CPU-bound 1", "CPU-bound 2"],
        [cpu_bound, cpu_bound],
    )
    cpu_io = (
        "a CPU-bound and an I/O-bound thread",
        ["CPU-bound", "I/O-bound"],
        [cpu_bound, io_bound],
    )
    for interval, (label, names, workers) in [
        (default, two_cpu),
        (0.001, two_cpu),
        (default, cpu_io),
    ]:
        sys.setswitchinterval(interval)
        runs = timeline(workers, seconds)
        result.append(
            {
                "title": f"{label}, switch interval {interval * 1000:g} ms",
                "seconds": seconds,
                "names": names,
                "threads": runs,
                "turns_ms": turns(runs),
                "overlap_ms": overlap(*runs),
            }
        )
    sys.setswitchinterval(default)
    return result


# 0.1 s per scenario: in 50 ms, a free-threaded run showed the threads apart
# about 1 run in 13
# (the machine gave them one CPU for a while); in 0.1 s, 0 of 120.
def main(seconds: float = 0.1, as_json: bool = False) -> None:
    data = scenarios(seconds)
    if as_json:  # for snippets/gil-switching/plot_gil_timeline.py
        print(json.dumps({"python": sys.version.split()[0], "scenarios": data}))
        return
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    for scenario in data:
        print(f"{scenario['title']}:")
        for name, runs, lengths in zip(
            scenario["names"], scenario["threads"], scenario["turns_ms"]
        ):
            if not gil:  # threads that overlap take no turns
                print(f"  {name} thread: ran {len(runs)} times")
                continue
            median = statistics.median(lengths) if lengths else 0.0
            print(
                f"  {name} thread: {len(lengths)} turns, median {median:.2f} ms"
            )
        both, total = scenario["overlap_ms"], scenario["seconds"] * 1000
        print(f"  both running at once: {both:.1f} ms of {total:g} ms")


if __name__ == "__main__":
    main(
        *(float(a) for a in sys.argv[1:] if a != "--json"),
        as_json="--json" in sys.argv,
    )
