"""What docs/subinterpreters.md says about its program's output."""

from sitebuild.claims import Claim, before, since

SNIPPET = "snippets/subinterpreters/isolated_interpreters.py"

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
]

# Programs whose claims hold with every CPU busy: the build runs them side by side
# (hooks/sitebuild/schedule.py; checked by tests/test_mostly_waiting.py).
MOSTLY_WAITING = ("snippets/subinterpreters/isolated_interpreters.py",)
