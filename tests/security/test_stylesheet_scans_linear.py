"""Reading a stylesheet costs in proportion to its size, however it nests.

A pack's stylesheet may be 200 kB, and ``check`` and every renderer read it for
the references it makes and the ``attr()`` uses the PDF engine fails on. A scan
that looks back over every open bracket at each ``attr(`` or at each quoted
string grows with the square of the nesting, and a hostile sheet of that size
then holds ``check`` for minutes. The work is measured here as the number of
lines of rejectlet's own code that run (counted by a trace function, so it does
not depend on the machine's speed): four times the text may take about four
times the lines, never sixteen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import rejectlet
from rejectlet.cssrefs import engine_traps, references
from rejectlet.diagnostics import Location
from rejectlet.model import Stylesheet
from rejectlet.pack.styles import engine_findings

SOURCE = str(Path(rejectlet.__file__).resolve().parent)

#: The growth allowed when the text grows four times: linear, with room for the
#: constant parts of the work.
GROWTH = 5.0


def _lines_run(work: Callable[[], object]) -> int:
    """How many lines of rejectlet's own code ``work`` runs."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(SOURCE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count


def _growth(make: Callable[[int], str], scan: Callable[[str], object], size: int) -> float:
    small = _lines_run(lambda: scan(make(size)))
    large = _lines_run(lambda: scan(make(4 * size)))
    return large / small


SHEETS: dict[str, Callable[[int], str]] = {
    # attr() inside attr() inside attr() ..., with no target function open
    "nested-attr": lambda n: "a { content: " + "attr(" * n + ")" * n + "}",
    # an attr() deep inside a target function, under many open brackets
    "deep-target": lambda n: "a { content: " + "f(" * n + "target-counter(attr(x), page)"
                             + ")" * n + "}",
    # many attr() uses inside one target function
    "attr-siblings": lambda n: "a { content: target-text(" + "attr(x) " * n + ") }",
    # quoted strings under many open functions, the innermost taking images
    "nested-image-set": lambda n: "a { b: " + "f(" * n + "image-set(" + "'x' " * n
                                  + ")" * (n + 1) + " }",
    # a typed attr() wrapping many inner functions
    "attr-wrapping": lambda n: "a { b: attr(x " + "f(" * n + ")" * n + " url) }",
}


@pytest.mark.parametrize("make", SHEETS.values(), ids=SHEETS.keys())
def test_the_engine_trap_scan_is_linear(make: Callable[[int], str]) -> None:
    assert _growth(make, engine_traps, 500) < GROWTH


@pytest.mark.parametrize("make", SHEETS.values(), ids=SHEETS.keys())
def test_the_reference_scan_is_linear(make: Callable[[int], str]) -> None:
    assert _growth(make, references, 500) < GROWTH


def test_many_findings_are_placed_in_linear_time() -> None:
    """Each RJ438 names its line and column; finding them must not re-read the
    sheet from the start for each finding."""
    def sheet(n: int) -> Stylesheet:
        text = "".join(f"p{i} {{ content: target-text(attr(x)); }}\n" for i in range(n))
        return Stylesheet(path=Path("style.css"), text=text, location=Location("style.css"))

    small, large = sheet(300), sheet(1200)
    found = engine_findings(large)
    assert len(found) == 1200
    assert found[-1].location is not None and found[-1].location.line == 1200
    assert _lines_run(lambda: engine_findings(large)) < \
        GROWTH * _lines_run(lambda: engine_findings(small))


def test_still_found_where_they_stand() -> None:
    """The linear scans find what the former ones found."""
    inside = "a { b: target-counter(f(attr(x)), page) }"
    assert engine_traps(inside) == [(inside.index("attr"), "attr() inside a target function")]
    assert engine_traps("a { b: attr(x url, f(y)) }") == [(7, "attr() of type url")]
    assert engine_traps("a { b: attr(url(x)) }") == []
    assert engine_traps("a { b: attr(x string, url(y)) }") == [(7, "attr() of type url")]
    found = references("a { b: image-set(f('one.png'), 'two.png') }")
    assert {"one.png", "two.png"} <= set(found)


def test_an_open_comment_hides_the_rest_of_the_sheet() -> None:
    """A comment left open runs to the end of the sheet, as the engines read it;
    the scan reads it once instead of trying again from every later ``/*``."""
    assert references("a { b: url(in.png) } /* c /* d url(after.png)") == ["in.png"]
