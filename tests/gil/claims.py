"""What docs/gil.md says about its programs' outputs."""

from sitebuild.claims import GIL, NO_GIL, TWO_CPUS, Claim

COUNT = "snippets/gil/count_threads.py"
CLOCKS = "snippets/gil/cpu_clock_vs_wall_clock.py"


def ratio(output) -> float:
    return output.number("threads / sequential")


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
        "a sleeping program uses no CPU: the CPU clock moves less than a tenth of the wall clock",
        CLOCKS,
        lambda output: output.numbers("sleep(0.1)")[1] < output.numbers("sleep(0.1)")[0] / 10,
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
        "two threads hash at the same time on two cores (CPUs busy above 1.5)",
        "snippets/gil/threads_speed_up_hashing.py",
        lambda output: output.number("CPUs busy while 2 threads hash:") > 1.5,
        shows=("threads / sequential", "CPUs busy"),
        when=(TWO_CPUS,),
    ),
    Claim(
        "threads that wait overlap their waits: ten waits in threads take not much longer than one "
        "(threads / sequential below 0.15; complete overlap is 0.1)",
        "snippets/gil/threads_overlap_waiting.py",
        lambda output: ratio(output) < 0.15,
        shows=("threads / sequential",),
    ),
]
