"""Draw the table of: python snippets/futures/compare_models.py"""

import io
import re
import sys

import matplotlib
from matplotlib.figure import Figure

# model, waiting and counting speedups, CPUs busy counting (not drawn)
ROW = re.compile(
    r"^(.+?) +([\d.]+)x +(?:([\d.]+)x|n/a) +(?:[\d.]+|n/a)$", re.MULTILINE
)


def main() -> None:
    table = sys.stdin.read()
    title = re.search(r"^Python .*$", table, re.MULTILINE)[0]
    rows = ROW.findall(table)
    models = [model for model, _, _ in rows]
    io_speedup = [float(waiting) for _, waiting, _ in rows]
    cpu_speedup = [float(counting or 0) for _, _, counting in rows]

    matplotlib.rcParams.update(
        {
            "svg.fonttype": "none",
            "font.size": 9,
            "svg.hashsalt": "compare-models",
        }
    )
    fig = Figure(figsize=(7, 3.2))
    ax = fig.subplots()
    positions = range(len(models))
    ax.bar(
        [p - 0.2 for p in positions],
        io_speedup,
        width=0.4,
        label="I/O-bound",
        color="C0",
    )
    ax.bar(
        [p + 0.2 for p in positions],
        cpu_speedup,
        width=0.4,
        label="CPU-bound",
        color="C1",
    )
    ax.axhline(1, color="black", linewidth=0.8, linestyle="--")
    ax.set_xticks(list(positions), models)
    ax.set_yscale("log")
    ax.set_ylabel("speedup over sequential (log)")
    ax.set_title(title, loc="left")
    ax.legend(frameon=False)
    fig.tight_layout()

    best_io = models[io_speedup.index(max(io_speedup))]
    best_cpu = models[cpu_speedup.index(max(cpu_speedup))]
    description = (
        f"Speedup over sequential on {title}: for waiting, {best_io} did best "
        f"({max(io_speedup):.1f}x); for CPU-bound code, {best_cpu} "
        f"({max(cpu_speedup):.1f}x)."
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
    main()
