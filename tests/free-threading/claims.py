"""What docs/free-threading.md says about its programs' outputs (it also shows programs of the GIL
and threading chapters, whose claims live there)."""

from sitebuild.claims import Claim, Condition

FREE_THREADED_BUILD = Condition("free-threaded builds", lambda python: python.free_threaded_build)
STANDARD_BUILD = Condition("standard builds", lambda python: not python.free_threaded_build)

CLAIMS = [
    Claim(
        "a standard build's GIL is always on",
        "snippets/free-threading/gil_comes_back.py",
        lambda output: "is a standard build: its GIL is always enabled" in output.text,
        when=(STANDARD_BUILD,),
    ),
    Claim(
        "on a free-threaded build the GIL is off by default; PYTHON_GIL=1 or -X gil=1 turns it on, "
        "without a warning",
        "snippets/free-threading/gil_comes_back.py",
        lambda output: all(
            line in output.text
            for line in (
                "GIL enabled, no option:    False  warning printed: no",
                "GIL enabled, PYTHON_GIL=1: True   warning printed: no",
                "GIL enabled, -X gil=1:     True   warning printed: no",
            )
        ),
        shows=("GIL enabled",),
        when=(FREE_THREADED_BUILD,),
    ),
]

# What each list means: hooks/sitebuild/chapters.py.
MOSTLY_WAITING = ("snippets/free-threading/gil_comes_back.py",)
