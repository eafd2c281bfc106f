"""Serve a built site on 127.0.0.1 as a static host would: gzip-compressed, under site_url's path.

Used by the browser tests and by tools/lighthouse.py; the site tests read mkdocs.yml's settings with it.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import re
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the client accepts it."""

    def log_message(self, *args) -> None:  # quiet
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return _Body(body)


class _Body:
    """A file-like body that do_GET copies to the socket."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *args) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def setting(name: str) -> str:
    """A one-line top-level setting of mkdocs.yml, e.g. setting("site_url")."""
    return re.search(rf"^{name}:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)[1]


def site_path() -> str:
    """The path part of mkdocs.yml's site_url, e.g. /concurrency-in-python/."""
    return urlparse(setting("site_url")).path


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start serving `site` in a background thread; return the server and the site's URL."""
    prefix = site_path()
    host_root = Path(tempfile.mkdtemp(prefix="site-host-"))
    mount = host_root / prefix.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(site.resolve(), target_is_directory=True)
    handler = functools.partial(Handler, directory=str(host_root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"
