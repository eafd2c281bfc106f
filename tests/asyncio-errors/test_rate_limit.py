from sitebuild.chapters import named

SNIPPET = "snippets/asyncio-errors/rate_limit.py"


def test_without_the_semaphore_every_request_is_in_flight_at_once(run, mutant):
    root = mutant(SNIPPET, "    async with limit:  #", "    if True:  #")
    output = run(SNIPPET, root=root)
    assert not named("the semaphore keeps requests in flight").check(output)
    assert output.number("most requests in flight at the server:") > 5


def test_the_limit_holds_for_other_sizes(run):
    output = run(SNIPPET, 40, 3)
    assert output.number("most requests in flight at the server:") == 3
    assert output.number("failed:") == 8
