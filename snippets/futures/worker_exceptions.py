"""An exception in a worker is stored in its Future and raised again where you ask for the result."""

from concurrent.futures import ThreadPoolExecutor, as_completed


def parse(text: str) -> int:
    return int(text)


def main() -> None:
    inputs = ["1", "2", "three", "4"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(parse, text): text for text in inputs}
        for future in as_completed(futures):
            error = future.exception()  # None if it succeeded; does not raise
            status = f"failed: {type(error).__name__}: {error}" if error else f"= {future.result()}"
            print(f"parse({futures[future]!r}) {status}")
        try:
            list(pool.map(parse, inputs))
        except ValueError as error:
            print(f"map() raised when it reached the failed item: {error}")


if __name__ == "__main__":
    main()
