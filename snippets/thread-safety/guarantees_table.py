"""Each stress program's trials on this build, beside what the docs say."""

import sys
import textwrap

import append_from_threads
import check_then_set
import increment_dict_item
import setdefault_once
import share_an_iterator
import sort_while_appending
from stress import tally

PROGRAMS = [
    append_from_threads,
    increment_dict_item,
    check_then_set,
    setdefault_once,
    share_an_iterator,
    sort_while_appending,
]


def main() -> None:
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print(f"GIL {'enabled' if gil else 'disabled'}")
    print(f"{'operation':<25} {'went wrong':<11} the docs (free-threaded)")
    for program in PROGRAMS:
        wrong, worst = tally(program.trial, program.TRIALS)
        trials = f"{wrong} of {program.TRIALS}"
        print(f"{program.OPERATION:<25} {trials:<11} {program.PROMISE}")
        if wrong:
            print(textwrap.fill(f"e.g. {worst}", 78, initial_indent="  "))


if __name__ == "__main__":
    main()
