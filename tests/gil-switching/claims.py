"""What docs/gil-switching.md says about its programs' outputs."""

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim

TIMELINE = "snippets/gil-switching/gil_timeline.py"
SWITCH = "snippets/gil-switching/switch_interval.py"


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
        "with a GIL a typical turn of a CPU-bound thread (the median) lasts one switch interval or a "
        "little more (0.8 to 1.5 of them)",
        TIMELINE,
        lambda output: all(
            0.8 * output.numbers("two CPU-bound threads, switch interval", n)[0]
            < output.numbers(f"  CPU-bound {thread} thread:", n)[1]
            < 1.5 * output.numbers("two CPU-bound threads, switch interval", n)[0]
            for n in range(2)
            for thread in (1, 2)
        ),
        shows=("two CPU-bound threads", "  CPU-bound 1 thread:", "  CPU-bound 2 thread:"),
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
