"""Draw history/results.json: threads/sequential and lost updates."""

import io
import json
import sys

import matplotlib
from matplotlib.figure import Figure


def main(path: str = "history/results.json") -> None:
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    results = data["results"]
    names = [
        r["python"] + ("t" if r["build"] == "free-threaded" else "")
        for r in results
    ]
    colors = ["C1" if r["build"] == "free-threaded" else "C0" for r in results]
    ratios = [r["threads_over_sequential"] for r in results]
    lost = [
        sum(r["counter_100000_lost"])
        / len(r["counter_100000_lost"])
        / 1e6
        * 100
        for r in results
    ]

    matplotlib.rcParams.update(
        {"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "history"}
    )
    fig = Figure(figsize=(7, 4.6))
    top, bottom = fig.subplots(2, 1, sharex=True)
    top.bar(names, ratios, color=colors)
    top.axhline(1.0, color="black", linewidth=0.8, linestyle="--")
    top.axhline(0.5, color="black", linewidth=0.8, linestyle=":")
    top.set_ylabel("2 threads / sequential")
    top.set_title(
        "Beazley's count: below 1 means threads helped (0.5 = two cores fully "
        "used)",
        loc="left",
    )
    bottom.bar(names, lost, color=colors)
    bottom.set_ylabel("% of updates lost")
    bottom.set_title(
        "The overview's counter, 10 threads × 100,000 increments (mean of "
        "runs)",
        loc="left",
    )
    bottom.tick_params(axis="x", labelrotation=45)
    fig.tight_layout()

    worst = max(zip(ratios, names))
    description = (
        f"Measured on {data['measured_on']}. Threads/sequential ranges from "
        f"{min(ratios):.2f} to "
        f"{worst[0]:.2f} (Python {worst[1]}); the counter lost updates on "
        f"{', '.join(n for n, x in zip(names, lost) if x) or 'no version'}."
    )
    svg = io.StringIO()
    fig.savefig(
        svg,
        format="svg",
        transparent=True,
        metadata={"Description": description},
    )
    print(svg.getvalue())


if __name__ == "__main__":
    main(*sys.argv[1:])
