"""The preview's latency: from saving a file to the new letter being ready.

Measured through the real watcher: the data file is saved, the watcher notices,
the session renders text and HTML (what the page shows first), then the PDF and
its first page as an image. The floor is the same work done directly (read the
data, compose, validate, render), with no watcher, server or page images around
it, so the ratio is the preview's own cost; the targets are absolute latencies a
writer feels.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def figure_preview(repeat: int, report: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    import rejectlet
    from rejectlet.preview import PreviewServer, PreviewSession, Selection

    folder = Path(tempfile.mkdtemp(prefix="rejectlet-preview-bench-"))
    try:
        data = folder / "reply.yaml"
        shutil.copy(ROOT / "examples" / "reply.yaml", data)
        original = data.read_text(encoding="utf-8")
        changed = threading.Event()
        session = PreviewSession(data)
        with PreviewServer(session, 0) as server:
            notify = server.notify_changed

            def noticed() -> None:
                notify()
                changed.set()

            server._watchers[1].on_change = noticed  # time the data folder's watcher
            session.pages_view(Selection())  # warm: WeasyPrint imported, fonts loaded
            html_times, pdf_times = [], []
            for index in range(repeat):
                changed.clear()
                started = time.perf_counter()
                data.write_text(original.replace("Northwind", f"Northwind {index}"), "utf-8")
                if not changed.wait(10):
                    raise RuntimeError("the watcher did not notice a save")
                view = session.letter_view(Selection())
                html_times.append(time.perf_counter() - started)
                pages = session.pages_view(Selection())
                pdf_times.append(time.perf_counter() - started)
                assert view.html is not None and pages.pages, "the preview failed to render"
                time.sleep(0.1)
        floor_html, floor_pdf = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            letter = rejectlet.letter_from_file(data)
            rejectlet.validate(letter)
            rejectlet.render(letter, "text", force=True)
            rejectlet.render(letter, "html", force=True)
            floor_html.append(time.perf_counter() - started)
            rejectlet.render(letter, "pdf", force=True)
            floor_pdf.append(time.perf_counter() - started)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    html, pdf = statistics.median(html_times), statistics.median(pdf_times)
    return [
        report("preview: save to text+HTML ready", html, statistics.median(floor_html), "s",
               "<= 0.150 s"),
        report("preview: save to PDF page image ready", pdf, statistics.median(floor_pdf), "s",
               "<= 0.500 s"),
    ]
