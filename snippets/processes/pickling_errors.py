"""Work sent to processes is pickled: a lambda cannot be, a function can."""

import multiprocessing
import sys


def square(x: int) -> int:
    return x * x


def main(start_method: str | None = None) -> None:
    context = multiprocessing.get_context(start_method)
    print(f"start method: {context.get_start_method()}")
    with context.Pool(2) as pool:
        try:
            pool.map(lambda x: x * x, range(4))
        except Exception as error:  # each Python version names it its own way
            print(f"a lambda:                  {type(error).__name__}")
            print(f"  {error}")
        print(f"a module-level function:   {pool.map(square, range(4))}")


if __name__ == "__main__":
    # python snippets/processes/pickling_errors.py [fork|spawn|forkserver]
    main(*sys.argv[1:2])
