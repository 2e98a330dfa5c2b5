"""A CSV header name with thousands of dots is read once, not once per dot.

The check that no header name puts a value inside another column's value
(``recipient`` beside ``recipient.name``) joined every dotted beginning of
every name anew: the square of its dots in characters copied, so one name of
65,000 dots (within the cell limit) held ``rejectlet batch`` for minutes before
its first row. The names are now laid out once as a tree of their parts; the
joins the check makes are counted here, not timed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

from rejectlet import batch
from tests.security.test_bad_input import PROFILE, run


def _joins_during(work: Any) -> int:
    """How many times ``str.join`` is called while ``work`` runs."""
    count = 0

    def profile(_: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call" and getattr(arg, "__qualname__", "") == "str.join":
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def test_a_name_of_many_dots_is_not_joined_once_per_dot() -> None:
    names = ["recipient.name", "a." * 5_000 + "b", "organization"]
    places = tuple((1, column) for column in range(1, len(names) + 1))
    joins = _joins_during(lambda: batch._header_problems("rows.csv", names, places))
    assert joins < 10, f"{joins:,} joins for three names"


def test_a_value_inside_a_value_is_still_found_under_many_dots() -> None:
    deep = "x." * 3_000 + "y"
    names = ["recipient", "recipient.name", deep, deep + ".z"]
    places = tuple((1, column) for column in range(1, len(names) + 1))
    problems = batch._header_problems("rows.csv", names, places)
    assert [(d.code, d.location.column if d.location else 0) for d in problems] == [
        ("RJ213", 2), ("RJ213", 4)]
    assert all(len(d.message) < 700 for d in problems)


def test_a_batch_whose_header_has_a_name_of_65000_dots_reports_its_row(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("recipient.name," + "a." * 65_000 + "b\nAna Lima,x\n", encoding="utf-8")
    result = run("batch", str(table), "--profile", str(PROFILE), "-f", "text", "--each",
                 str(tmp_path / "{n}.txt"))
    assert result.exit_code == 1, result.output
    assert "RJ202" in result.output
