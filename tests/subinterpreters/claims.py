"""What docs/subinterpreters.md says about its program's output."""

from sitebuild.claims import Claim, before, since

SNIPPET = "snippets/subinterpreters/isolated_interpreters.py"
FROM_MAIN = "snippets/subinterpreters/functions_from_main.py"

CLAIMS = [
    Claim(
        "before 3.14 the program says concurrent.interpreters needs 3.14",
        SNIPPET,
        lambda output: "it needs 3.14+" in output.text,
        when=(before(3, 14),),
    ),
    Claim(
        "a subinterpreter's globals are its own, and it computes and returns a result",
        SNIPPET,
        lambda output: (
            "the main interpreter sees 'secret': False" in output.text
            and f"pow(2, 100): {2**100}" in output.text
        ),
        when=(since(3, 14),),
    ),
    Claim(
        "before 3.14 the program says InterpreterPoolExecutor needs 3.14",
        FROM_MAIN,
        lambda output: "it needs 3.14+" in output.text,
        when=(before(3, 14),),
    ),
    Claim(
        "a function defined in the script reaches the worker interpreters from behind the guard; the "
        "same script without the guard gets no result",
        FROM_MAIN,
        lambda output: (
            output.value("behind the guard:") == "[0, 1, 4, 9, 16]"
            and output.value("a script without the guard:").startswith("no result")
        ),
        when=(since(3, 14),),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = (
    "snippets/subinterpreters/functions_from_main.py",
    "snippets/subinterpreters/isolated_interpreters.py",
)
