"""Draw the record of: python snippets/futures/compare_models.py --json"""

import io
import json
import sys

import matplotlib
from matplotlib.figure import Figure


def main() -> None:
    data = json.load(sys.stdin)
    results = data["results"]
    base_io, base_cpu = results["sequential"]
    models = list(results)
    io_speedup = [base_io / io for io, _ in results.values()]
    cpu_speedup = [base_cpu / cpu if cpu else 0 for _, cpu in results.values()]

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
    ax.set_title(f"Python {data['python']} ({data['build']} build)", loc="left")
    ax.legend(frameon=False)
    fig.tight_layout()

    best_io = models[io_speedup.index(max(io_speedup))]
    best_cpu = models[cpu_speedup.index(max(cpu_speedup))]
    description = (
        f"Speedup over sequential on Python {data['python']} ({data['build']} "
        "build): for waiting, "
        f"{best_io} did best ({max(io_speedup):.1f}x); for CPU-bound code, "
        f"{best_cpu} "
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
