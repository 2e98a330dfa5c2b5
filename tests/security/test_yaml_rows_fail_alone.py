"""A YAML batch row whose value YAML cannot build fails alone.

A well-formed YAML table holding one value that cannot be made into a Python
value — a time of hour 25, an offset of 25 hours, a list used as a key, an
anchor — used to stop the whole table with RJ100 and write nothing. Each row
is now built by itself: that row is reported at its line, and the others
render. A table that is not YAML at all still stops at its syntax error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.security.test_bad_input import PROFILE, run

GOOD = ("- recipient: {name: Elena Marsh, email: elena.marsh@example.com}\n"
        "  organization: Northwind\n  role: Analyst\n  date: 2026-11-23\n")

BAD_ROWS = {
    "hour-25": "- organization: Acme\n  date: 2026-01-01T25:00:00\n",
    "offset-25h": "- organization: 2026-01-01 10:00:00 +25:00\n",
    "list-key": "- ? [a, b]\n  : 1\n",
    "anchor": "- organization: &a Acme\n  role: *a\n",
    "forced-tag": "- organization: !!int abc\n",
}


@pytest.mark.parametrize("bad", BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_a_row_yaml_cannot_build_fails_alone(tmp_path: Path, bad: str) -> None:
    table = tmp_path / "rows.yaml"
    table.write_text(GOOD + bad + GOOD.replace("Elena Marsh", "Ana Lima"), encoding="utf-8")
    result = run("batch", str(table), "--profile", str(PROFILE), "-f", "text", "--each",
                 str(tmp_path / "{n}.txt"))
    assert result.exit_code == 1, result.output
    assert "row 5: " in result.output and "RJ100" in result.output
    assert "1 row(s) failed: 5" in result.output
    assert sorted(path.name for path in tmp_path.glob("*.txt")) == ["001.txt", "002.txt"]


def test_a_table_that_is_not_yaml_still_stops(tmp_path: Path) -> None:
    table = tmp_path / "rows.yaml"
    table.write_text(GOOD + "- organization: [unclosed\n", encoding="utf-8")
    result = run("batch", str(table), "--profile", str(PROFILE), "-f", "text", "--each",
                 str(tmp_path / "{n}.txt"))
    assert result.exit_code == 2, result.output
    assert "RJ100" in result.output
    assert not list(tmp_path.glob("*.txt"))
