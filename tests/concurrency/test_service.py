"""A threaded HTTP service on 127.0.0.1, as a host program would embed rejectlet.

Sixteen client threads send a few hundred requests (text, HTML, email and
PDF, built-in packs and a pack from a folder) to a ThreadingHTTPServer that
shares loaded packs between its request threads; every answer must equal what
one thread produces on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions

from ._letters import BUILT_IN, Job, jobs

pytestmark = pytest.mark.pdf

CLIENTS = 16
FIXED = PrintOptions(created=dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
SEPARATOR = b"\n--- next letter ---\n"


def answer(pack: rejectlet.Pack, kind: str, data: dict[str, Any], fmt: str) -> bytes:
    """The service's answer for one request: every letter of the kind in ``fmt``."""
    parts = []
    for letter in rejectlet.compose_all(pack, kind, data):
        if fmt == "pdf":
            parts.append(rejectlet.render(letter, "pdf", force=True, options=FIXED))
        elif fmt == "email":
            message = rejectlet.render(letter, "email", force=True)
            del message["Date"], message["Message-ID"]
            for number, part in enumerate(message.walk()):
                if part.is_multipart():
                    part.set_boundary(f"part-{number}")
            parts.append(message.as_bytes())
        else:
            parts.append(rejectlet.render(letter, fmt, force=True).encode("utf-8"))
    return SEPARATOR.join(parts)


class _Service(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 4 * CLIENTS  # every client may connect at once
    packs: dict[str, rejectlet.Pack]


class _Handler(BaseHTTPRequestHandler):
    server: _Service

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        request = json.loads(self.rfile.read(length))
        try:
            body = answer(self.server.packs[request["pack"]], request["kind"],
                          request["data"], request["format"])
            status = 200
        except rejectlet.RejectletError as exc:
            body, status = str(exc).encode("utf-8"), 422
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the test reads the answers, not the log


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[str, dict[str, rejectlet.Pack]]]:
    packs = {name: rejectlet.load_pack(name) for name in BUILT_IN}
    folder = tmp_path / "classic-copy"
    shutil.copytree(packs["classic"].root, folder)
    packs["folder"] = rejectlet.load_pack(folder)  # laid out in a worker process
    server = _Service(("127.0.0.1", 0), _Handler)
    server.packs = packs
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", packs
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def _requests() -> list[tuple[Job, str]]:
    """Every letter kind of every built-in pack in text, HTML and email; PDFs of each
    pack's replies and of the folder pack."""
    todo = [(job, fmt) for job in jobs(4) for fmt in ("text", "html", "email")]
    replies = [job for job in jobs(4) if job.kind in ("reply", "keep-in-touch")]
    todo += [(job, "pdf") for job in replies]
    todo += [(Job("folder", job.kind, job.variant, job.data), "pdf")
             for job in replies if job.pack == "classic"]
    return todo


def test_a_threaded_service_answers_every_format_as_one_thread_would(
        service: tuple[str, dict[str, rejectlet.Pack]]) -> None:
    url, packs = service
    todo = _requests()
    assert len(todo) >= 250
    # the data as a client sends it: JSON, dates as ISO text
    sent = [json.loads(json.dumps(job.data, default=str)) for job, _ in todo]
    expected = [answer(packs[job.pack], job.kind, data, fmt)
                for (job, fmt), data in zip(todo, sent, strict=True)]

    def ask(item: tuple[tuple[Job, str], dict[str, Any]]) -> tuple[int, bytes]:
        (job, fmt), data = item
        body = json.dumps({"pack": job.pack, "kind": job.kind, "data": data,
                           "format": fmt}).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST")
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.read()

    with ThreadPoolExecutor(max_workers=CLIENTS) as clients:
        answers = list(clients.map(ask, zip(todo, sent, strict=True)))
    assert [status for status, _ in answers] == [200] * len(todo)
    differing = [f"{job.name} as {fmt}" for (job, fmt), want, (_, got)
                 in zip(todo, expected, answers, strict=True) if want != got]
    assert differing == []
    assert {fmt for _, fmt in todo} == {"text", "html", "email", "pdf"}
