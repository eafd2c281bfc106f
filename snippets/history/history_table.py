"""The measured history: the same programs on every CPython from 2.7 on."""

import json
import sys


def main(path: str = "history/results.json") -> None:
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    machine = data["machine"]
    runs = data["runs_per_counter"]
    # Stored results, not measured now: say who measured them, when and where.
    print(f"recorded by history/measure.py on {data['measured_on']}")
    print(f"on {machine['cpu']}, {machine['cpus']} CPUs, {machine['system']}")
    print()
    print("           threads /     runs of the counter that lost updates")
    print("Python      sequential     10 threads × 100    10 threads × 100,000")
    for r in data["results"]:
        name = r["python"] + ("t" if r["build"] == "free-threaded" else "")
        small = sum(1 for n in r["counter_100_lost"] if n)
        big = sum(1 for n in r["counter_100000_lost"] if n)
        ratio = r["threads_over_sequential"]
        print(
            f"{name:<10} {ratio:>11.2f} {small:>15} of {runs} {big:>19} of "
            f"{runs}"
        )
    for r in data["results"]:
        if "seed_program" in r:
            cpu, wall = (
                r["seed_program"]["cpu_clock"],
                r["seed_program"]["wall_clock"],
            )
            print()
            print(
                "the overview's threadPerformance.py on Python "
                f"{r['python']}, as printed (time.clock):"
            )
            print(
                f"  Sequential: {cpu['sequential']:g}   Concurrent: "
                f"{cpu['concurrent']:g}"
            )
            print("the same with time.time() (wall clock):")
            print(
                f"  Sequential: {wall['sequential']:.2f}   Concurrent: "
                f"{wall['concurrent']:.2f}"
            )


if __name__ == "__main__":
    main(*sys.argv[1:])
