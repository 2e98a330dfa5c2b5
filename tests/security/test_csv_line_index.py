"""A CSV table's line index grows as reading gets there, never for the whole text.

The reader turns positions into lines and columns for its reports. An index of
every line start built before the first row cost one Python integer per line
break: a 49 MB table of lone CRs took about 2 GB and ended in a MemoryError,
though reading stops after 100,000 rows (RJ205). Now only the lines reading has
reached are indexed, so memory follows the rows read, not the line breaks.
"""

from __future__ import annotations

import bisect
import re
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet.batch import MAX_ROWS, read_csv_rows
from rejectlet.csvtable import _Text, records

BREAKS = 2_000_000


def _drain(path: Path) -> rejectlet.DataError:
    with pytest.raises(rejectlet.DataError) as raised:
        for _ in read_csv_rows(path, set()):
            pass
    return raised.value


def test_a_table_of_line_breaks_stops_at_the_row_limit(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(b"name\n" + b"\r" * BREAKS)
    error = _drain(path)
    assert [d.code for d in error.diagnostics] == ["RJ205"]
    assert f"{MAX_ROWS:,} rows" in error.diagnostics[0].message


def test_reading_as_many_rows_as_a_table_may_have_indexes_only_their_lines() -> None:
    text = "name\n" + "\r" * BREAKS
    rows = records(text)
    tracemalloc.start()
    try:
        for _ in range(MAX_ROWS + 1):
            next(rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # eight bytes for each line read; an index of every line break of the text
    # (one Python int each) would take over 70 MB
    assert peak < 4 * 8 * MAX_ROWS


def test_reading_the_first_rows_indexes_only_their_lines() -> None:
    text = "name\n" + "Ann\n" * 10 + "\r" * BREAKS
    rows = records(text)
    assert [next(rows).line for _ in range(11)] == list(range(1, 12))


def _reference(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab,\"\r\n", max_size=60), st.data())
def test_places_agree_with_an_index_of_the_whole_text(text: str, data: st.DataObject) -> None:
    starts = _reference(text)
    table = _Text(text)
    for position in data.draw(st.lists(st.integers(0, len(text)), max_size=8)):
        line = bisect.bisect_right(starts, position) - 1
        assert table.place(position) == (line + 1, position - starts[line] + 1)
        assert table.position(table.place(position)) == position
        after = bisect.bisect_right(starts, position)
        assert table.next_line(position) == (starts[after] if after < len(starts)
                                             else len(text))
