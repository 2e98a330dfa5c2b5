"""A CSV header whose names would make cells vanish stops the table at that name.

A column with no name, a name with spaces around it, a name given twice, and a
name used both as a value and as a group of values (``recipient`` beside
``recipient.name``) would each leave some cell out of the letter without a word;
each is refused with RJ213 at the header's line and column, with a fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.batch import read_csv_rows

ROW = "A,KEEPME,Org,Role\n"


@pytest.mark.parametrize(("header", "column", "old", "new"), [
    ("recipient.name,organization,organization,role\n", 29, "organization", ""),
    ("recipient.name,,organization,role\n", 16, "", ""),
    ("recipient.name,organization, organization,role\n", 29, " organization",
     "organization"),
    ("recipient.name,organization ,role,x\n", 16, "organization ", "organization"),
    ("recipient,recipient.name,organization,role\n", 11, "recipient", ""),
    ("recipient.name,recipient,organization,role\n", 1, "recipient", ""),
    ("a.b.c,x,a.b,y\n", 1, "a.b", ""),
])
def test_a_header_that_would_drop_cells_is_refused_at_its_column(
        tmp_path: Path, header: str, column: int, old: str, new: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(header + ROW, encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        list(read_csv_rows(path, set()))
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ213"
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (1, column)
    assert diagnostic.fix is not None
    assert (diagnostic.fix.old, diagnostic.fix.new) == (old, new)
    assert diagnostic.fix.description


def test_every_bad_header_name_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("a,,a, b\n1,2,3,4\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        list(read_csv_rows(path, set()))
    columns = [d.location.column for d in caught.value.diagnostics if d.location]
    assert columns == [3, 4, 6]


@pytest.mark.parametrize("header", [
    "recipient.name,organization,role,x,\n",
    "recipient.name,recipient.title,organization,role\n",
    "recipient.name,recipients,organization,role\n",
])
def test_a_sound_header_still_reads(tmp_path: Path, header: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(header + ROW, encoding="utf-8")
    [row] = list(read_csv_rows(path, set()))
    assert not row.problems
    assert "KEEPME" in str(dict(row.values))
