"""Queue: many processes to many; Pipe: a two-way line between exactly two."""

import multiprocessing
import sys


def square_worker(tasks, results) -> None:
    for n in iter(tasks.get, None):  # None is the stop sentinel
        results.put((n, n * n))


def echo_upper(connection) -> None:
    while (message := connection.recv()) != "bye":
        connection.send(message.upper())
    connection.close()


def main(start_method: str | None = None) -> None:
    context = multiprocessing.get_context(start_method)
    print(f"start method: {context.get_start_method()}")

    tasks, results = context.Queue(), context.Queue()
    workers = [
        context.Process(target=square_worker, args=(tasks, results))
        for _ in range(2)
    ]
    for w in workers:
        w.start()
    for n in range(8):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    # drain before join()
    squares = dict(results.get(timeout=30) for _ in range(8))
    for w in workers:
        w.join()
    print(f"queue: {sorted(squares.items())}")

    parent_end, child_end = context.Pipe()
    child = context.Process(target=echo_upper, args=(child_end,))
    child.start()
    replies = []
    for word in ["ping", "pong"]:
        parent_end.send(word)
        replies.append(parent_end.recv())
    parent_end.send("bye")
    child.join()
    print(f"pipe: sent ['ping', 'pong'], got back {replies}")


if __name__ == "__main__":
    # python snippets/processes-sharing/queue_and_pipe.py \
    #     [fork|spawn|forkserver]
    main(*sys.argv[1:2])
