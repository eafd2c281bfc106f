def test_every_client_gets_its_reply_far_faster_than_one_by_one(run):
    output = run("snippets/coroutines/tcp_clients.py", timeout=60)
    correct, total = output.numbers("correct replies:")
    assert correct == total == 400
    one_by_one = output.number("one after another would take at least:")
    assert output.numbers("asyncio, 20 concurrent tasks:")[-1] < one_by_one / 4
    assert output.numbers("20 threads:")[-1] < one_by_one / 4
