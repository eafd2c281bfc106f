"""What docs/history.md says about the stored measurements (history/results.json, rendered by
snippets/history/history_table.py): the build checks them like any live output."""

import re

from sitebuild.claims import Claim

TABLE = "snippets/history/history_table.py"


def rows(output) -> dict[str, tuple[float, int, int]]:
    """{python: (threads / sequential, runs that lost updates with 100, with 100,000 increments)}"""
    found = re.findall(
        r"^(\d+\.\d+\.\d+t?) +([\d.]+) +(\d+) of \d+ +(\d+) of \d+$", output.text, re.MULTILINE
    )
    return {python: (float(ratio), int(few), int(many)) for python, ratio, few, many in found}


def runs(output) -> int:
    return int(re.search(r"(\d+) of (\d+)", output.text).group(2))


def minor(python: str) -> tuple[int, int]:
    return tuple(int(part) for part in python.rstrip("t").split(".")[:2])


def gil_builds(output, low: tuple, high: tuple) -> list[tuple[float, int, int]]:
    return [
        row
        for python, row in rows(output).items()
        if not python.endswith("t") and low <= minor(python) < high
    ]


CLAIMS = [
    Claim(
        "Python 2.7: two threads take longer than running count twice in a row",
        TABLE,
        lambda output: gil_builds(output, (2, 7), (2, 8))[0][0] > 1.2,
        shows=("2.7.",),
    ),
    Claim(
        "on 2.7 people really waited longer: by the wall clock too, the threads took over 1.5 times "
        "as long as sequential, and the CPU clock made the gap larger still",
        TABLE,
        lambda output: (
            output.numbers("  Sequential:", 1)[1] > 1.5 * output.numbers("  Sequential:", 1)[0]
            and output.numbers("  Sequential:", 0)[1] / output.numbers("  Sequential:", 0)[0]
            > output.numbers("  Sequential:", 1)[1] / output.numbers("  Sequential:", 1)[0]
        ),
        shows=("  Sequential:",),
    ),
    Claim(
        "3.6 and 3.7: threads still slower than sequential (above 1.1)",
        TABLE,
        lambda output: all(ratio > 1.1 for ratio, _, _ in gil_builds(output, (3, 6), (3, 8))),
        shows=("3.6.", "3.7."),
    ),
    Claim(
        "3.8 to 3.13 with a GIL: about as long as running the work twice (0.85 to 1.1)",
        TABLE,
        lambda output: all(0.85 < ratio < 1.1 for ratio, _, _ in gil_builds(output, (3, 8), (3, 14))),
        shows=("3.8.", "3.9.", "3.10.", "3.11.", "3.12.", "3.13."),
    ),
    Claim(
        "3.9 and earlier: the counter loses updates in most runs with 100,000 increments",
        TABLE,
        lambda output: all(many > runs(output) / 2 for _, _, many in gil_builds(output, (2, 0), (3, 10))),
        shows=("2.7.", "3.6.", "3.7.", "3.8.", "3.9."),
    ),
    Claim(
        "3.10 and later with a GIL: the counter never loses updates",
        TABLE,
        lambda output: all(few == many == 0 for _, few, many in gil_builds(output, (3, 10), (4, 0))),
        shows=("3.10.", "3.11.", "3.12.", "3.13.0", "3.14.", "3.15."),
    ),
    Claim(
        "free-threaded 3.13t: the ratio falls toward 0.5 (below 0.75) and 100,000 increments lose updates "
        "on every run, while 100 never do",
        TABLE,
        lambda output: all(
            ratio < 0.75 and many == runs(output) and few == 0
            for python, (ratio, few, many) in rows(output).items()
            if python.endswith("t")
        ),
        shows=("3.13.15t", "3.14", "3.15"),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/history/history_table.py",
    "snippets/history/plot_history.py",
)
