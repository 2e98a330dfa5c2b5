"""The loop a layout worker process runs (see :mod:`rejectlet.renderers.isolation`).

It imports WeasyPrint before saying it is ready, so the caller's time limit
covers layout alone, then answers calls until its input closes. Calls come
from the parent process, which is trusted; answers are JSON and bytes.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from typing import IO


def serve() -> None:
    """Answer calls from the parent on stdin/stdout until stdin closes."""
    from .isolation import read_frame, send_frame

    # Answers go out on a private copy of stdout; anything a library prints
    # goes to stderr instead of into the answers.
    answers: IO[bytes] = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    requests = sys.stdin.buffer

    import weasyprint  # noqa: F401  (imported once, before the first job)

    send_frame(answers, b"ready")
    while True:
        request = read_frame(requests, limit=2**31)
        if request is None:
            return
        blobs: list[bytes] = []
        try:
            function, args = pickle.loads(request)  # from the parent, which we trust
            data, blobs = function(*args)
            header = json.dumps({"status": "ok", "data": data, "blobs": len(blobs)})
        except Exception as exc:  # report, never leave the parent waiting
            header = json.dumps({"status": "crash", "error": f"{type(exc).__name__}: {exc}",
                                 "blobs": 0})
            blobs = []
        send_frame(answers, header.encode())
        for blob in blobs:
            send_frame(answers, blob)
