"""Ctrl-C as a terminal sends it, for the programs that press it themselves."""

import signal


def catch_ctrl_c() -> None:
    """Let SIGINT raise KeyboardInterrupt, as it does by default. A program
    started in the background by a script (`python x.py &`) inherits SIGINT
    ignored, and Python then leaves it ignored: Ctrl-C, pressed or raised,
    would do nothing."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
