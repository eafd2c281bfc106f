"""How long from saving a snippet to seeing its new output in `mkdocs serve`?

    .venv/bin/python tools/measure_preview.py [snippet] [page]

Starts `mkdocs serve` on a free port, waits for the first build, then changes what the snippet
prints (a line printed first by its main()), saves it, and polls the page until the marker
appears in the output. Prints the seconds that took, then restores the file. For a helper module
that prints nothing (snippets/futures/workloads.py), it adds a comment and waits for the page to
change: the programs that import it reran (their timings differ from run to run).
"""

from __future__ import annotations

import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fetch(url: str) -> str:
    """The page's text (tags removed), or "" while the server is not answering."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            page = re.sub(r"(?s)<script.*?</script>", "", response.read().decode())  # livereload's ids
            return html.unescape(re.sub(r"<[^>]+>", "", page))
    except OSError:
        return ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(snippet: str = "snippets/threading/race_counter.py", page: str = "threading/") -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/concurrency-in-python/{page}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    serve = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = ROOT / snippet
    original = path.read_text()
    try:
        start = time.monotonic()
        while "Output · " not in fetch(url):
            if time.monotonic() - start > 120:
                sys.exit("mkdocs serve did not come up within 120 s")
            time.sleep(0.2)
        print(f"first build served after {time.monotonic() - start:.1f} s")
        time.sleep(1)
        marker = f"edited-{uuid.uuid4().hex[:8]}"
        # A line of its own, first in main(): the page's claims still hold, so no reruns are needed.
        edited, count = re.subn(
            r"^((?:async )?def main\(.*?\).*?:\n)",
            rf'\1    print("{marker}")\n',
            original,
            count=1,
            flags=re.M | re.S,
        )
        if not count:  # a helper module: a comment; the page changes once the programs importing it reran
            edited = original + f"# {marker}\n"
        before = fetch(url)

        def shown(text: str) -> bool:
            if count:  # the marker shows in the snippet's own output
                return f"$ python {snippet}\n{marker}" in text
            return text not in ("", before)  # rerun programs print other timings

        saved = time.monotonic()
        path.write_text(edited)
        while not shown(fetch(url)):
            if time.monotonic() - saved > 60:
                sys.exit("the edit did not show within 60 s")
            time.sleep(0.1)
        print(f"edit to {snippet} visible in its output on /{page} after {time.monotonic() - saved:.1f} s")
    finally:
        path.write_text(original)
        serve.terminate()
        serve.wait(timeout=30)


if __name__ == "__main__":
    main(*sys.argv[1:])
