"""Draw the record of: python snippets/gil-switching/gil_timeline.py --json"""

import io
import json
import sys

import matplotlib
from matplotlib.figure import Figure


def main() -> None:
    data = json.load(sys.stdin)
    scenarios = data["scenarios"]
    # Text stays text (the page's font, searchable); a fixed salt makes the
    # same record give the same SVG.
    matplotlib.rcParams.update(
        {"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "gil-timeline"}
    )
    fig = Figure(figsize=(7, 1.2 * len(scenarios) + 0.6))
    axes = fig.subplots(len(scenarios), 1, sharex=True)
    findings = []
    for ax, scenario in zip(axes, scenarios):
        for row, runs in enumerate(scenario["threads"]):
            ax.broken_barh(
                [(s, e - s) for s, e in runs],
                (row - 0.35, 0.7),
                color=f"C{row}",
            )
        ax.set_yticks(range(len(scenario["names"])), scenario["names"])
        ax.set_ylim(-0.6, len(scenario["names"]) - 0.4)
        ax.set_title(scenario["title"], loc="left", fontsize=9)
        both = scenario["overlap_ms"]
        findings.append(
            f"{scenario['title']}: both threads running at once {both:.1f} ms "
            "of "
            f"{scenario['seconds'] * 1000:g} ms"
        )
    axes[-1].set_xlabel(f"milliseconds (Python {data['python']})")
    fig.tight_layout()
    svg = io.StringIO()
    description = "When each thread ran. " + "; ".join(findings) + "."
    fig.savefig(
        svg,
        format="svg",
        transparent=True,
        metadata={"Description": description},
    )
    print(svg.getvalue())


if __name__ == "__main__":
    main()
