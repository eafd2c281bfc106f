def test_queue_and_pipe_carry_every_message(run, start_method):
    text = run("snippets/processes/queue_and_pipe.py", start_method, timeout=120).text
    assert "queue: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25), (6, 36), (7, 49)]" in text
    assert "pipe: sent ['ping', 'pong'], got back ['PING', 'PONG']" in text
