"""The preview's web server: a page, its data, and a stream of change events.

Only 127.0.0.1 is served, and a request whose Host header names anything else is
refused, so a web page elsewhere cannot read the letter through a DNS trick. The
letter's HTML is shown in a sandboxed frame with no scripts. After each save the
server sends a server-sent event; the page then fetches the new letter and
pages itself, so the browser never reloads and keeps its scroll position.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .session import PreviewSession, Selection
from .watcher import Watcher

HOST = "127.0.0.1"
#: The files beside a data file that can change the letter: it and what it includes.
DATA_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
#: Seconds between keep-alive comments on an idle event stream.
KEEPALIVE_SECONDS = 10.0

_PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
             "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'")
_LETTER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"
_STATIC = {"/": ("page.html", "text/html; charset=utf-8"),
           "/preview.js": ("preview.js", "text/javascript; charset=utf-8"),
           "/preview.css": ("preview.css", "text/css; charset=utf-8")}
_PAGE_PATH = re.compile(r"/page/(\d{1,4})\.png")


class PreviewServer:
    """Serve a :class:`PreviewSession` on 127.0.0.1 and re-render on every save.

    ``port=0`` takes any free port; :attr:`url` says which. Use it as a context
    manager, or call :meth:`start` and :meth:`stop`.
    """

    def __init__(self, session: PreviewSession, port: int = 0, *, watch: bool = True) -> None:
        self.session = session
        self._changed = threading.Condition()
        self._closing = threading.Event()
        self._http = _Server((HOST, port), _Handler)
        self._http.preview = self
        self._thread = threading.Thread(target=self._http.serve_forever,
                                        name="rejectlet-preview-http", daemon=True)
        self._watchers = [
            Watcher(session.pack_folders(), self.notify_changed),
            Watcher(session.data_folders(), self.notify_changed, recursive=False,
                    suffixes=DATA_SUFFIXES),
        ] if watch else []

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def start(self) -> PreviewServer:
        self._thread.start()
        for watcher in self._watchers:
            watcher.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        with self._changed:
            self._changed.notify_all()
        for watcher in self._watchers:
            watcher.stop()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> PreviewServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_until_interrupted(self) -> None:
        """Run in the foreground until Ctrl-C."""
        self.start()
        try:
            self._closing.wait()
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def notify_changed(self) -> None:
        """A file changed: start a new generation and wake every event stream."""
        self.session.changed()
        with self._changed:
            self._changed.notify_all()

    def wait_for_change(self, seen: int, timeout: float) -> int:
        """The session's generation once it differs from ``seen`` (or after ``timeout``)."""
        with self._changed:
            self._changed.wait_for(
                lambda: self.session.generation != seen or self._closing.is_set(), timeout)
        return self.session.generation

    @property
    def closing(self) -> bool:
        return self._closing.is_set()


#: What a browser does to a request it no longer wants (a new page generation
#: cancels a pending image): the connection is gone, and nothing is wrong.
_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    preview: PreviewServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A failed request is never a traceback on the terminal: a client that went
        away is passed over, and anything else is one line naming what failed."""
        failure = sys.exc_info()[1]
        if isinstance(failure, _GONE):
            return
        kind = type(failure).__name__ if failure is not None else "an unknown error"
        print(f"preview: a request failed ({kind}); the preview goes on",
              file=sys.stderr, flush=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the preview prints its own lines, not one per request."""

    def do_GET(self) -> None:
        if not self._host_allowed():
            self._send(HTTPStatus.FORBIDDEN, b"forbidden host\n", "text/plain")
            return
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query))
        preview = self.server.preview
        selection = Selection.from_query(query)
        if parts.path in _STATIC:
            name, media = _STATIC[parts.path]
            body = resources.files("rejectlet.preview").joinpath("static", name).read_bytes()
            self._send(HTTPStatus.OK, body, media, csp=_PAGE_CSP)
        elif parts.path == "/choices.json":
            self._json({"target": str(preview.session.target),
                        "layouts": preview.session.layouts(),
                        "cards": preview.session.cards(),
                        "generation": preview.session.generation})
        elif parts.path == "/letter.json":
            self._json(preview.session.letter_view(selection).to_dict())
        elif parts.path == "/letter.html":
            view = preview.session.letter_view(selection)
            html = view.html if view.html is not None else _EMPTY_LETTER
            self._send(HTTPStatus.OK, html.encode("utf-8"), "text/html; charset=utf-8",
                       csp=_LETTER_CSP)
        elif parts.path == "/pages.json":
            self._json(preview.session.pages_view(selection).to_dict())
        elif match := _PAGE_PATH.fullmatch(parts.path):
            pages = preview.session.pages_view(selection).pages
            index = int(match.group(1)) - 1
            if 0 <= index < len(pages):
                self._send(HTTPStatus.OK, pages[index], "image/png")
            else:
                self._send(HTTPStatus.NOT_FOUND, b"no such page\n", "text/plain")
        elif parts.path == "/events":
            self._events(query)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")

    def _host_allowed(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        port = self.server.preview.port
        return host in {f"{HOST}:{port}", f"localhost:{port}"}

    def _json(self, value: object) -> None:
        self._send(HTTPStatus.OK, json.dumps(value).encode("utf-8"), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, media: str, *, csp: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if csp:
            self.send_header("Content-Security-Policy", csp)
        self.end_headers()
        try:
            self.wfile.write(body)
        except _GONE:  # the browser gave up on this request; the next one is served
            self.close_connection = True

    def _events(self, query: dict[str, str]) -> None:
        """A server-sent event stream: one ``change`` event per new generation."""
        preview = self.server.preview
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            seen = int(query.get("since", ""))
        except ValueError:
            seen = preview.session.generation
        try:
            self.wfile.write(b"retry: 500\n\n")
            self.wfile.flush()
            while not preview.closing:
                generation = preview.wait_for_change(seen, KEEPALIVE_SECONDS)
                if preview.closing:
                    break
                if generation != seen:
                    seen = generation
                    self.wfile.write(f"event: change\ndata: {generation}\n\n".encode())
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except _GONE:
            return


_EMPTY_LETTER = ("<!doctype html><meta charset=utf-8><title>No letter</title>"
                 "<p style='font-family:sans-serif;color:#555'>The letter could not be made; "
                 "the problems are listed beside it.</p>")


def serve(target: str | Path, port: int = 0) -> PreviewServer:
    """A started preview of ``target`` (a data file or a pack); stop it when done."""
    return PreviewServer(PreviewSession(target), port).start()
