"""Every row of a CSV table is rendered or reported at its line, never swallowed.

A quote left open, a quote in the middle of a cell, text after a closing
quote, a NUL character, a row whose cells do not line up with the header:
each fails its own row with RJ213 at the line and column where the problem
is, and every other row still becomes a letter.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rejectlet.batch import read_csv_rows
from rejectlet.csvtable import records
from tests.security.test_bad_input import GOOD_ROWS, HEADER, batch_text

ANA = GOOD_ROWS[1]
ELENA = GOOD_ROWS[0]
CY = "Cy Diaz,cy@example.com,Initech,Planner,2026-11-26\n"


def _rows(tmp_path: Path, text: str) -> tuple[dict[int, list[tuple[str, int, int]]], list[int]]:
    """(failed rows by line: their codes and places, lines of rows read)."""
    path = tmp_path / "rows.csv"
    path.write_bytes(text.encode("utf-8"))
    failed: dict[int, list[tuple[str, int, int]]] = {}
    read: list[int] = []
    for row in read_csv_rows(path, set()):
        if row.problems:
            failed[row.number] = [(d.code, d.location.line or 0, d.location.column or 0)
                                  for d in row.problems if d.location is not None]
        else:
            read.append(row.number)
    return failed, read


@pytest.mark.parametrize(("bad", "where"), [
    ('"Bo Park,bo@example.com,Globex,Chef,2026-11-24\n', (3, 1)),  # open at end of file
    ('Bo "Park",bo@example.com,Globex,Chef,2026-11-24\n', (3, 4)),  # quote mid-cell
    ('"Bo" Park,bo@example.com,Globex,Chef,2026-11-24\n', (3, 5)),  # text after the quote
    ("Bo Park,bo@example.com,Glo\0bex,Chef,2026-11-24\n", (3, 27)),  # NUL
    ('Bo Park,bo@example.com,"Glo\0bex",Chef,2026-11-24\n', (3, 28)),  # NUL in quotes
    ("Bo Park,bo@example.com,Globex,Chef,2026-11-24,extra\n", (3, 47)),  # a cell too many
    ("Bo Park,bo@example.com,Globex,Chef\n", (3, 31)),  # a cell too few
], ids=["open-quote", "stray-quote", "text-after-quote", "nul", "nul-quoted", "too-many",
        "too-few"])
def test_a_broken_row_is_reported_where_it_breaks_and_the_rest_read(
        tmp_path: Path, bad: str, where: tuple[int, int]) -> None:
    failed, read = _rows(tmp_path, HEADER + ELENA + bad + ANA + CY)
    assert failed == {3: [("RJ213", *where)]}
    assert read == [2, 4, 5]


def test_an_open_quote_in_the_middle_swallows_nothing(tmp_path: Path) -> None:
    """The quote opened on line 3 closes on line 4 and is followed by text: the row
    of line 3 fails, and reading goes on at line 4."""
    text = (HEADER + ELENA + 'Bo Park,bo@example.com,"Globex,Chef,2026-11-24\n'
            + 'Ana Lima,ana.lima@example.com,"Cedar" Rail,Scientist,2026-11-25\n' + CY)
    failed, read = _rows(tmp_path, text)
    assert set(failed) == {3, 4}
    assert read == [2, 5]


def test_quoted_cells_may_hold_commas_quotes_and_line_breaks(tmp_path: Path) -> None:
    text = (HEADER + '"Park, Bo",bo@example.com,"The ""Big"" Co",Chef,2026-11-24\n'
            + 'Ana Lima,ana.lima@example.com,"Cedar\nRail",Scientist,2026-11-25\n' + CY)
    path = tmp_path / "rows.csv"
    path.write_text(text, encoding="utf-8")
    rows = list(read_csv_rows(path, set()))
    assert [row.problems for row in rows] == [(), (), ()]
    assert [row.number for row in rows] == [2, 3, 5]
    assert rows[0].values["organization"] == 'The "Big" Co'
    assert rows[1].values["organization"] == "Cedar\nRail"


def test_a_trailing_comma_and_blank_lines_are_not_problems(tmp_path: Path) -> None:
    failed, read = _rows(tmp_path, HEADER + ELENA.replace("\n", ",\n") + "\n\r\n" + ANA)
    assert failed == {}
    assert read == [2, 5]


@pytest.mark.parametrize("text", [
    '"', '""', 'a,"b', '"a""', 'a\0', '\0', '"\n\n\n', 'a"b"c,"', ',,,\n"', '\r\r\n"x',
    '"a"\r', 'x\n"y\nz\n"w"q\nv\n',
])
def test_every_line_is_in_a_record(text: str) -> None:
    """Reading always advances (no record starts before the one before it, and there
    are never more records than characters), and a record that fails names a
    place inside the text."""
    found = list(records(text))
    lines = [record.line for record in found]
    assert lines == sorted(lines)
    assert len(found) <= len(text)
    for record in found:
        if record.problem is not None:
            assert 1 <= record.at[0] <= len(re.findall("\r\n|\r|\n", text)) + 1


def test_the_batch_command_reports_the_swallowing_quote(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(HEADER + ELENA + '"Bo Park,bo@example.com,Globex,Chef,2026-11-24\n'
                     + ANA, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = batch_text(table, out)
    assert result.exit_code == 1, result.output
    assert "row 3: " in result.output and "rows.csv:3:1: RJ213" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["ana-lima.txt", "elena-marsh.txt"]


def test_a_row_of_too_many_cells_is_refused_at_the_cell_past_the_limit(tmp_path: Path) -> None:
    from rejectlet.csvtable import MAX_CELLS

    wide = ",".join(["x"] * (MAX_CELLS * 50)) + "\n"
    failed, read = _rows(tmp_path, HEADER + ELENA + wide + ANA)
    assert failed == {3: [("RJ213", 3, MAX_CELLS * 2 + 1)]}
    assert read == [2, 4]


def test_a_header_of_too_many_columns_stops_the_table(tmp_path: Path) -> None:
    import rejectlet
    from rejectlet.csvtable import MAX_CELLS

    path = tmp_path / "rows.csv"
    path.write_text(",".join(f"c{i}" for i in range(MAX_CELLS * 10)) + "\n" + ELENA,
                    encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        list(read_csv_rows(path, set()))
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.location is not None and diagnostic.location.line == 1


def test_a_long_quoted_cell_of_many_lines_fails_as_one_row(tmp_path: Path) -> None:
    """Its quotes are sound, so the row ends where they say: its lines do not come
    back as rows of their own, and the rows after it read."""
    long_cell = '"' + "x\n" * 100_000 + '"'
    failed, read = _rows(tmp_path, HEADER + ELENA + f"Bo Park,bo@example.com,{long_cell},"
                         "Chef,2026-11-24\n" + ANA)
    assert failed == {3: [("RJ213", 3, 24)]}
    assert read == [2, 100_004]


def test_a_lone_carriage_return_ends_a_row_and_a_line(tmp_path: Path) -> None:
    bad = 'Bo "Park",bo@example.com,Globex,Chef,2026-11-24\r'
    text = HEADER + ELENA.replace("\n", "\r") + bad + ANA.replace("\n", "\r")
    failed, read = _rows(tmp_path, text)
    assert failed == {3: [("RJ213", 3, 4)]}
    assert read == [2, 4]
