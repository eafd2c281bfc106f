"""What docs/processes.md says about its programs' outputs (run with the platform's default
start method, as the page shows them; tests/test_start_methods.py runs every start method)."""

import re

from sitebuild.claims import TWO_CPUS, Claim

CHAPTER = "snippets/processes/"
EXPECTED_SETTING = {
    "fork": "changed by the parent at run time",
    "spawn": "as imported",
    "forkserver": "as imported",
}


def each_method_sees_its_setting(output) -> bool:
    methods = re.findall(r"^(\w+) +child sees setting = '(.*)'$", output.text, re.MULTILINE)
    return bool(methods) and all(EXPECTED_SETTING[method] == seen for method, seen in methods)


CLAIMS = [
    Claim(
        "two processes keep two CPUs busy (above 1.5, and no more than the two there are)",
        CHAPTER + "count_processes.py",
        lambda output: 1.5 < output.number("CPUs busy during the parallel run:") <= 2.1,
        shows=("speedup:", "CPUs busy"),
        when=(TWO_CPUS,),
    ),
    Claim(
        "fork copies the parent's changed module state; spawn and forkserver import it afresh",
        CHAPTER + "start_methods.py",
        each_method_sees_its_setting,
        shows=("fork", "spawn", "forkserver"),
    ),
    Claim(
        "an unguarded script fails in the spawned child with multiprocessing's RuntimeError",
        CHAPTER + "main_guard.py",
        lambda output: (
            "child exit code: 1" in output.text
            and "RuntimeError: An attempt has been made to start a new process"
            in " ".join(output.text.split())
        ),
        shows=("child",),
    ),
    Claim(
        "a lambda cannot be sent to a worker; a module-level function can",
        CHAPTER + "pickling_errors.py",
        lambda output: (
            re.search(r"^a lambda: +\w+(Error|Exception)\n +.*lambda", output.text, re.MULTILINE)
            and "a module-level function:   [0, 1, 4, 9]" in output.text
        ),
        shows=("a lambda", "a module-level function"),
    ),
    Claim(
        "many tiny tasks one by one cost far more than in batches (over 2x the chunksize=1000 time)",
        CHAPTER + "chunksize_cost.py",
        lambda output: output.numbers("chunksize=1 ")[1] > 2,
        shows=("chunksize=",),
    ),
    Claim(
        "sending large arguments costs more than letting workers make them (over 2x)",
        CHAPTER + "large_arguments.py",
        lambda output: output.number("sending / making:") > 2,
        shows=("sending / making:",),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/processes/chunksize_cost.py",
    "snippets/processes/large_arguments.py",
    "snippets/processes/main_guard.py",
    "snippets/processes/pickling_errors.py",
    "snippets/processes/start_methods.py",
)
TAKE_A_START_METHOD = (
    "snippets/processes/chunksize_cost.py",
    "snippets/processes/count_processes.py",
    "snippets/processes/large_arguments.py",
    "snippets/processes/pickling_errors.py",
)
