"""Run one hostile input with a cap on memory and report the outcome as one JSON line.

Usage: ``python -m tests.security._bounded BYTES MODE ARGS...`` where MODE is
``yaml FILE`` (parse a YAML file), ``letter PACK_FOLDER DATA_JSON`` (compose the
pack's ``note`` letter from JSON data and render text and HTML) or ``datafile
PACK_FOLDER DATA_YAML`` (the same from a letter data file). ``letter-thread`` and
``letter-to-thread`` do what ``letter`` does on a worker thread, started with
``threading.Thread`` or with ``asyncio.to_thread``; ``checked PACK_FOLDER
DATA_JSON`` composes the letter and runs every rule over it. Inputs meant to
exhaust the machine run here, so a missing defence shows up as a failed test
rather than as a host out of memory.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import threading
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
    data: Any = (Path(args[1]) if mode == "datafile"
                 else json.loads(Path(args[1]).read_text(encoding="utf-8")))

    def work() -> str:
        letter = rejectlet.compose(pack, "note", data)
        if mode == "checked":
            return f"checked, {len(rejectlet.validate(letter))} findings"
        text = rejectlet.render(letter, "text", force=True)
        html = rejectlet.render(letter, "html", force=True)
        return f"rendered {len(text):,} characters of text, {len(html):,} of HTML"

    if mode == "letter-thread":
        return lambda: _on_a_thread(work)
    if mode == "letter-to-thread":
        return lambda: asyncio.run(_to_thread(work))
    return work


#: Ordinary letters timed to make the floor; the slowest one counts.
FLOOR_LETTERS = 3


def _floor() -> float:
    """Seconds one ordinary letter takes here and now (the built-in pack's example,
    composed and rendered as text and HTML): the unit a hostile input's cost is
    measured in, so the bound follows the machine's load rather than a clock."""
    import rejectlet

    pack = rejectlet.load_pack("classic")
    data = rejectlet.read_data_file(Path("examples/reply.yaml"))
    rejectlet.render(rejectlet.compose(pack, "reply", data), "html", force=True)  # warm
    slowest = 0.0
    for _ in range(FLOOR_LETTERS):
        started = time.monotonic()
        letter = rejectlet.compose(pack, "reply", data)
        rejectlet.render(letter, "text", force=True)
        rejectlet.render(letter, "html", force=True)
        slowest = max(slowest, time.monotonic() - started)
    return slowest


def _on_a_thread(work: Callable[[], str]) -> str:
    """Run ``work`` on a plain worker thread and hand back its result or its error."""
    outcome: list[Any] = []

    def target() -> None:
        assert threading.current_thread() is not threading.main_thread()
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the main thread to report
            outcome.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return str(outcome[0])


async def _to_thread(work: Callable[[], str]) -> str:
    def checked() -> str:
        assert threading.current_thread() is not threading.main_thread()
        return work()

    return await asyncio.to_thread(checked)


def main(argv: list[str]) -> int:
    limit = int(argv[0])
    mode, args = argv[1], argv[2:]
    import rejectlet

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    started = time.monotonic()
    report: dict[str, Any]
    floor = _floor()
    run_meter: Any = None
    try:
        work = _prepare(mode, args)  # start-up and loading are not the input's cost
        with rejectlet.budget():
            from rejectlet.limits import _run

            run_meter = _run.get()
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
    report["floor"] = floor
    report["steps"] = run_meter.operations if run_meter is not None else 0
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
