"""A worker's exception waits in its Future until you ask for the result."""

from concurrent.futures import ThreadPoolExecutor, as_completed


def parse(text: str) -> int:
    return int(text)


def main() -> None:
    inputs = ["1", "2", "ten", "4"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(parse, text): text for text in inputs}
        for future in as_completed(futures):
            error = future.exception()  # None if it succeeded; does not raise
            call = f"parse({futures[future]!r})"
            if error:
                print(f"{call} raised {type(error).__name__}: {error}")
            else:
                print(f"{call} = {future.result()}")
        try:
            list(pool.map(parse, inputs))
        except ValueError as error:
            print("map() raised when it reached the failed item:")
            print(f"  {type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
