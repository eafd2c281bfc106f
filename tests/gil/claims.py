"""What docs/gil.md and docs/gil-switching.md say about their programs' outputs."""

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim

COUNT = "snippets/gil/count_threads.py"
CLOCKS = "snippets/gil/cpu_clock_vs_wall_clock.py"
TIMELINE = "snippets/gil/gil_timeline.py"
SWITCH = "snippets/gil/switch_interval.py"


def ratio(output) -> float:
    return output.number("threads / sequential")


def turns(output) -> list[tuple[float, float]]:
    """(switch interval, average turn) in ms, at the default interval and at 1 ms."""
    return [tuple(output.numbers("switch interval", nth)) for nth in (0, 1)]


def turns_last_about_an_interval(output) -> bool:
    (default, default_turn), (short, short_turn) = turns(output)
    return short_turn < default_turn and all(0.8 * i < t < 2.5 * i for i, t in turns(output))


def summaries(output) -> list[dict]:
    return output.json()["scenarios"]


CLAIMS = [
    Claim(
        "with a GIL, two CPU-bound threads take about as long as the sequential calls, or longer "
        "(threads / sequential above 0.85, not the 0.5 of two cores)",
        COUNT,
        lambda output: ratio(output) > 0.85,
        shows=("threads / sequential",),
        when=(GIL,),
    ),
    Claim(
        "without a GIL, the two threads finish well before the sequential calls (below 0.8)",
        COUNT,
        lambda output: ratio(output) < 0.8,
        shows=("threads / sequential",),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "a sleeping program uses no CPU: the CPU clock moves less than half the wall clock",
        CLOCKS,
        lambda output: output.numbers("sleep(0.1)")[1] < output.numbers("sleep(0.1)")[0] / 2,
        shows=("sleep(0.1)",),
    ),
    Claim(
        "with a GIL, the CPU clock agrees with the wall clock for two counting threads (within 25 %)",
        CLOCKS,
        lambda output: (
            output.numbers("count(n) in 2 threads")[1] < 1.25 * output.numbers("count(n) in 2 threads")[0]
        ),
        shows=("count(n) in 2 threads",),
        when=(GIL,),
    ),
    Claim(
        "without a GIL, the CPU clock runs ahead of the wall clock (by more than 30 %)",
        CLOCKS,
        lambda output: (
            output.numbers("count(n) in 2 threads")[1] > 1.3 * output.numbers("count(n) in 2 threads")[0]
        ),
        shows=("count(n) in 2 threads",),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "two threads hash at the same time on two cores (threads / sequential below 0.8)",
        "snippets/gil/threads_speed_up_hashing.py",
        lambda output: ratio(output) < 0.8,
        shows=("threads / sequential",),
        when=(TWO_CPUS,),
    ),
    Claim(
        "threads that wait overlap their waits: ten waits in threads take not much longer than one "
        "(threads / sequential below 0.15; complete overlap is 0.1)",
        "snippets/gil/threads_overlap_waiting.py",
        lambda output: ratio(output) < 0.15,
        shows=("threads / sequential",),
    ),
    Claim(
        "with a GIL, a turn lasts at least about one switch interval, and less than 2.5 of them; "
        "a shorter interval gives shorter turns",
        SWITCH,
        turns_last_about_an_interval,
        shows=("switch interval",),
        when=(GIL,),
    ),
    Claim(
        "without a GIL there are no turns to measure",
        SWITCH,
        lambda output: "no GIL" in output.text,
        when=(NO_GIL,),
    ),
    Claim(
        "with a GIL the threads never run at once (under 5 % of the time, in every scenario), a "
        "shorter interval gives shorter turns, and the I/O-bound thread gets far fewer turns than "
        "its 1 ms sleeps would allow",
        TIMELINE,
        lambda output: (
            all(
                output.numbers("  both running at once:", n)[0]
                < 0.05 * output.numbers("  both running at once:", n)[1]
                for n in range(3)
            )
            and output.numbers("  CPU-bound 1 thread:", 1)[1] < output.numbers("  CPU-bound 1 thread:", 0)[1]
            and output.numbers("  I/O-bound thread:")[0] < output.numbers("  both running at once:", 2)[1] / 2
        ),
        shows=("  both running at once:", "  CPU-bound 1 thread:", "  I/O-bound thread:"),
        when=(GIL,),
    ),
    Claim(
        "without a GIL the two CPU-bound threads run at the same time (over 20 % of the time)",
        TIMELINE,
        lambda output: all(
            output.numbers("  both running at once:", n)[0]
            > 0.2 * output.numbers("  both running at once:", n)[1]
            for n in range(2)
        ),
        shows=("  both running at once:",),
        when=(NO_GIL, TWO_CPUS),
    ),
    Claim(
        "chart: with a GIL the bars never overlap, and the I/O-bound thread gets far fewer turns "
        "than its sleeps allow",
        TIMELINE,
        lambda output: (
            all(s["overlap_ms"] < 0.05 * s["seconds"] * 1000 for s in summaries(output))
            and len(summaries(output)[2]["threads"][1]) < summaries(output)[2]["seconds"] * 1000 / 2
        ),
        args=("--json",),
        when=(GIL,),
    ),
    Claim(
        "chart: without a GIL the two CPU-bound threads' bars overlap (over 20 % of the time)",
        TIMELINE,
        lambda output: all(s["overlap_ms"] > 0.2 * s["seconds"] * 1000 for s in summaries(output)[:2]),
        args=("--json",),
        when=(NO_GIL, TWO_CPUS),
    ),
]
