"""Run one hostile input with a cap on memory and report the outcome as one JSON line.

Usage: ``python -m tests.security._bounded BYTES MODE ARGS...`` where MODE is
``yaml FILE`` (parse a YAML file), ``letter PACK_FOLDER DATA_JSON`` (compose the
pack's ``note`` letter from JSON data and render text and HTML) or ``datafile
PACK_FOLDER DATA_YAML`` (the same from a letter data file). Inputs meant to
exhaust the machine run here, so a missing defence shows up as a failed test
rather than as a host out of memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _prepare(mode: str, args: list[str]) -> Callable[[], str]:
    """Everything before the hostile part (imports, loading the pack), untimed."""
    import rejectlet
    from rejectlet.yamlio import load_yaml_file

    if mode == "yaml":
        return lambda: f"parsed {type(load_yaml_file(args[0])).__name__}"
    pack = rejectlet.load_pack(Path(args[0]))
    data: Any = (json.loads(Path(args[1]).read_text(encoding="utf-8")) if mode == "letter"
                 else Path(args[1]))

    def work() -> str:
        letter = rejectlet.compose(pack, "note", data)
        text = rejectlet.render(letter, "text", force=True)
        html = rejectlet.render(letter, "html", force=True)
        return f"rendered {len(text):,} characters of text, {len(html):,} of HTML"

    return work


def main(argv: list[str]) -> int:
    limit = int(argv[0])
    mode, args = argv[1], argv[2:]
    import rejectlet

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    started = time.monotonic()
    report: dict[str, Any]
    try:
        work = _prepare(mode, args)  # start-up and loading are not the input's cost
        started = time.monotonic()
        report = {"outcome": "ok", "detail": work()}
    except rejectlet.RejectletError as exc:
        report = {
            "outcome": "error",
            "codes": [d.code for d in exc.diagnostics],
            "messages": [d.message[:300] for d in exc.diagnostics],
            "located": all(d.location is not None and d.location.path
                           for d in exc.diagnostics),
        }
    except BaseException as exc:  # the point is to see what escapes
        report = {"outcome": "crash", "detail": f"{type(exc).__name__}: {str(exc)[:300]}"}
    report["elapsed"] = time.monotonic() - started
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
