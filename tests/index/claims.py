"""What docs/index.md and docs/free-threading.md say about this_interpreter.py's output."""

from sitebuild.claims import NO_GIL, Claim, Condition

SNIPPET = "snippets/index/this_interpreter.py"
STANDARD_BUILD = Condition("standard builds", lambda python: not python.free_threaded_build)

CLAIMS = [
    Claim(
        "a standard build answers both questions: not a free-threaded build, and the GIL is enabled",
        SNIPPET,
        lambda output: (
            output.value("free-threaded build:") == "no" and output.value("GIL enabled right now:") == "yes"
        ),
        when=(STANDARD_BUILD,),
    ),
    Claim(
        "a free-threaded build with the GIL off answers both: a free-threaded build, and no GIL now",
        SNIPPET,
        lambda output: (
            output.value("free-threaded build:") == "yes" and output.value("GIL enabled right now:") == "no"
        ),
        when=(NO_GIL,),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = ("snippets/index/this_interpreter.py",)
