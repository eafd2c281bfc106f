"""concurrent.interpreters (3.14+): interpreters that share no objects."""

import sys

try:
    from concurrent import interpreters  # new in 3.14 (PEP 734)
except ImportError:
    interpreters = None


def main() -> None:
    if interpreters is None:
        print(
            "concurrent.interpreters is not available on Python "
            f"{sys.version.split()[0]}: it needs 3.14+"
        )
        return
    interp = interpreters.create()
    try:
        interp.exec("secret = 'set inside the subinterpreter'")
        print(f"the main interpreter sees 'secret': {'secret' in globals()}")
        print(
            "the subinterpreter computed pow(2, 100): "
            f"{interp.call(pow, 2, 100)}"
        )
        print(f"interpreters now: {len(interpreters.list_all())} (main + 1)")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
