"""The pages show each multiprocessing program under the platform's default start method; their
claims hold under every start method (fork, spawn, forkserver), which each program takes as its first
argument."""

import pytest
from sitebuild.claims import all_claims

TAKE_A_START_METHOD = {
    "snippets/processes/count_processes.py",
    "snippets/processes/chunksize_cost.py",
    "snippets/processes/large_arguments.py",
    "snippets/processes/pickling_errors.py",
    "snippets/processes-sharing/process_bank.py",
    "snippets/processes-sharing/shared_counter.py",
    "snippets/processes-sharing/shared_memory_sum.py",
    "snippets/processes-sharing/manager_dict.py",
    "snippets/processes-sharing/queue_and_pipe.py",
    "snippets/futures/compare_models.py",
    "snippets/stopping/executor_ctrl_c.py",
}
CLAIMS = [claim for claim in all_claims() if claim.snippet in TAKE_A_START_METHOD and not claim.args]


def test_the_programs_that_take_a_start_method_print_it(run, start_method):
    for path in sorted(TAKE_A_START_METHOD):
        assert run(path, start_method, timeout=120).text.startswith(f"start method: {start_method}\n"), path


@pytest.mark.parametrize("claim", CLAIMS, ids=str)
def test_claim_under_each_start_method(claim, start_method, check_claim):
    check_claim(claim, (start_method,))
