"""threading.local gives each thread its own copy of an attribute."""

from threading import Thread, current_thread, local

state = local()


def handle(request: int, seen: dict) -> None:
    state.request = request  # each thread writes its own state.request
    seen[current_thread().name] = getattr(state, "request", None)


def main() -> None:
    seen = {}
    threads = [
        Thread(target=handle, args=(n, seen), name=f"worker-{n}")
        for n in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name in sorted(seen):
        print(f"{name} saw request: {seen[name]}")
    print(f"main thread sees a request: {hasattr(state, 'request')}")


if __name__ == "__main__":
    main()
