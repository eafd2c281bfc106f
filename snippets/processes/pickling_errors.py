"""Work sent to other processes is pickled: a lambda cannot be, a module-level function can."""

import multiprocessing
import sys


def square(x: int) -> int:
    return x * x


def main(start_method: str = None) -> None:
    context = multiprocessing.get_context(start_method)
    print(f"start method: {context.get_start_method()}")
    with context.Pool(2) as pool:
        try:
            pool.map(lambda x: x * x, range(4))
        except Exception as error:  # the real error, whatever this Python version calls it
            print(f"a lambda:                  {type(error).__name__}: {error}")
        print(f"a module-level function:   {pool.map(square, range(4))}")


if __name__ == "__main__":
    main(*sys.argv[1:2])  # python snippets/processes/pickling_errors.py [fork|spawn|forkserver]
