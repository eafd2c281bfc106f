"""fork copies the parent's memory; spawn and forkserver import it afresh."""

import multiprocessing

setting = "as imported"  # module-level state: what will each child see?


def report(queue) -> None:
    queue.put(setting)


def main() -> None:
    global setting
    setting = "changed by the parent at run time"
    print(f"default start method here: {multiprocessing.get_start_method()}")
    # fork, spawn, forkserver where available
    for method in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context(method)
        queue = context.Queue()
        child = context.Process(target=report, args=(queue,))
        child.start()
        print(f"{method:<10} child sees setting = {queue.get(timeout=30)!r}")
        child.join()


if __name__ == "__main__":
    main()
