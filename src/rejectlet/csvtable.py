"""Reading a CSV table strictly, so that no row is lost without a word.

Python's ``csv`` module forgives a great deal: a quote left open runs on into
the following lines and swallows those rows into one cell, and a quote in the
middle of a cell is taken as text. In a mail merge that means letters that are
neither written nor reported. This reader follows RFC 4180 (a cell in quotes
may hold commas, doubled quotes and line breaks) and refuses everything else
at its line and column, then goes on with the next line, so every line of the
table ends up in a row that is read or in a row that is reported.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

#: Longest cell read: far past any value a letter takes (those stop at 20,000).
MAX_CELL_CHARS = 131_072
#: Most cells one row may have: a letter has a few dozen values, and every cell
#: costs work in every later step, so a row of a million cells stops here.
MAX_CELLS = 1_000

#: The inside of a quoted cell: anything but a quote, or a doubled quote.
_QUOTED_BODY = re.compile(r'[^"]*(?:""[^"]*)*')
#: A line break: CR LF, or a lone LF or CR.
_LINE_END = re.compile(r"\r\n|\r|\n")
#: A cell without quotes: up to the next comma, quote or line break.
_PLAIN = re.compile(r'[^,"\r\n]*')


@dataclass(frozen=True, slots=True)
class Record:
    """One row as read: the line it starts on, and either its cells, each with the
    line and column it starts at, or the problem that kept it from being read."""

    line: int
    cells: tuple[str, ...] = ()
    places: tuple[tuple[int, int], ...] = ()
    problem: str | None = None
    hint: str = ""
    at: tuple[int, int] = (0, 0)


class _Refused(Exception):
    """A row that cannot be read: where the problem is, and where reading goes on
    (None: at the line after the one the row started on, since its quotes no
    longer say where it ends, and the lines after may be rows of their own)."""

    def __init__(self, position: int, message: str, hint: str,
                 resume: int | None = None) -> None:
        super().__init__(message)
        self.position = position
        self.message = message
        self.hint = hint
        self.resume = resume


class _Text:
    """The table's text with a way to turn a position into a line and column.

    Where each line starts is found as reading gets there, not for the whole
    text at once: a table of fifty million line breaks would otherwise hold an
    index of fifty million numbers before its first row, though the reader
    stops after :data:`rejectlet.batch.MAX_ROWS` rows. The starts found are
    kept as machine integers, eight bytes a line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts = array("q", [0])
        self._scanned = 0  # line breaks before this position are all indexed
        self._whole = not text

    def _index_one_more(self) -> None:
        # a lone CR ends a line too, as it ends a row (old Mac exports); the scan
        # resumes at a break's end, so a CR LF is never split in two
        found = _LINE_END.search(self.text, self._scanned)
        if found is None:
            self._whole = True
            self._scanned = len(self.text)
            return
        self._line_starts.append(found.end())
        self._scanned = found.end()

    def _index_past(self, position: int) -> None:
        """Index until the first line start after ``position`` is known, or all are."""
        while not self._whole and self._line_starts[-1] <= position:
            self._index_one_more()

    def place(self, position: int) -> tuple[int, int]:
        self._index_past(position)
        line = bisect.bisect_right(self._line_starts, position) - 1
        return line + 1, position - self._line_starts[line] + 1

    def position(self, place: tuple[int, int]) -> int:
        """The inverse of :meth:`place`."""
        line, column = place
        while not self._whole and len(self._line_starts) < line:
            self._index_one_more()
        return self._line_starts[line - 1] + column - 1

    def next_line(self, position: int) -> int:
        """Where the line after the one holding ``position`` starts (or the end)."""
        self._index_past(position)
        line = bisect.bisect_right(self._line_starts, position)
        return self._line_starts[line] if line < len(self._line_starts) else len(self.text)


def records(text: str) -> Iterator[Record]:
    """Every row of a CSV text, in order. A row whose cells are well formed but
    unfit (a NUL, a cell too long) is a record with its problem, and reading
    goes on after the row; a row whose quotes break the format is one too, and
    reading goes on at the line after the one it started on, so a quote left
    open costs one row, never the rows it would have swallowed."""
    table = _Text(text)
    position = 0
    while position < len(text):
        start = position
        line = table.place(start)[0]
        try:
            cells, places, position = _record(table, start)
        except _Refused as refused:
            yield Record(line, problem=refused.message, hint=refused.hint,
                         at=table.place(refused.position))
            position = (refused.resume if refused.resume is not None
                        else table.next_line(start))
            continue
        yield Record(line, tuple(cells), tuple(places))


def _record(table: _Text, position: int) -> tuple[list[str], list[tuple[int, int]], int]:
    text = table.text
    cells: list[str] = []
    places: list[tuple[int, int]] = []
    unfit: _Refused | None = None  # the first well-formed cell that cannot be used
    while True:
        if len(cells) == MAX_CELLS:
            raise _Refused(position, f"this row has more than {MAX_CELLS:,} cells",
                           "a letter takes a few dozen values; split the table or remove "
                           "the columns no letter uses")
        places.append(table.place(position))
        if position < len(text) and text[position] == '"':
            body = _QUOTED_BODY.match(text, position + 1)
            assert body is not None
            end = body.end()
            if end >= len(text):
                raise _Refused(position, "this quote is never closed, so every line after "
                               "it would be read as part of one cell",
                               "close the quote, or double it (\"\") inside a quoted cell")
            cell = body.group(0).replace('""', '"')
            position = end + 1
            if position < len(text) and text[position] not in ",\r\n":
                raise _Refused(position, "text follows the quote that closes this cell",
                               "put the whole cell in quotes and double the quotes inside "
                               "it (\"\")")
        else:
            plain = _PLAIN.match(text, position)
            assert plain is not None
            cell = plain.group(0)
            position = plain.end()
            if position < len(text) and text[position] == '"':
                raise _Refused(position, "a quote in the middle of a cell",
                               "put the whole cell in quotes and double the quotes inside "
                               "it (\"\")")
        if unfit is None and "\0" in cell:
            unfit = _Refused(text.find("\0", table.position(places[-1])),
                             "this cell holds a NUL character",
                             "remove it; a NUL is never part of text")
        if unfit is None and len(cell) > MAX_CELL_CHARS:
            unfit = _Refused(table.position(places[-1]),
                             f"this cell is over {MAX_CELL_CHARS:,} characters",
                             "shorten the cell; a letter's values are much shorter")
        cells.append(cell)
        ended = position >= len(text)
        if not ended:
            char = text[position]
            position += 1
            if char == ",":
                continue
            if char == "\r" and position < len(text) and text[position] == "\n":
                position += 1
        if unfit is not None:
            unfit.resume = position  # the row's quotes were sound: go on after it
            raise unfit
        return cells, places, position

