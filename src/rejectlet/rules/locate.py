"""Finding the best place to point at for a finding in a composed letter.

A problem caused by a data value points at the data file; one caused by the
pack's wording or order points at the pack file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from ..diagnostics import Location
from ..model import Block, Letter, Omission
from ..suggest import quoted

_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyz_")
_NAME_REST = _NAME_START | frozenset("0123456789")


def _dotted_name(condition: str) -> str | None:
    """The data name a condition tests ('recipient.name', 'not ask'), if it is one."""
    words = condition.split()
    if len(words) == 2 and words[0] == "not":
        words = words[1:]
    if len(words) != 1:
        return None
    parts = words[0].split(".")
    if all(p and p[0] in _NAME_START and set(p) <= _NAME_REST for p in parts):
        return words[0]
    return None


def placement(letter: Letter, block: Block) -> Location | None:
    """Where the letter kind lists this block's section (its body: or ps: entry)."""
    kind = letter.pack.letters.get(letter.kind)
    if kind is not None:
        ids, locs = ((kind.body, kind.body_locations) if block.place == "body"
                     else (kind.ps, kind.ps_locations))
        if block.section_id in ids:
            index = ids.index(block.section_id)
            if index < len(locs):
                return locs[index]
    return block.location


def letter_location(letter: Letter) -> Location | None:
    """The letter kind's definition in the pack."""
    kind = letter.pack.letters.get(letter.kind)
    return kind.location if kind is not None else letter.pack.location


def omission_reason(omission: Omission) -> str:
    """Why a section is missing, in words."""
    if omission.condition == EMPTY_TEXT:
        return f"section {quoted(omission.section_id)} came out empty with this letter's data"
    return (f"section {quoted(omission.section_id)} was left out because "
            f"'{omission.condition}' is false")


#: The condition recorded for a section whose text rendered empty.
EMPTY_TEXT = "its text came out empty"


def omission_location(letter: Letter, omission: Omission) -> Location | None:
    """For a section left out by its condition: the data value that decided, if any."""
    name = _dotted_name(omission.condition)
    if name is not None:
        found = letter.location_of_value(name)
        if found is not None:
            return found
    return omission.location


class PlacedText:
    """A piece of the letter's text that knows which data value or template each
    character came from, so a match can point at its cause."""

    __slots__ = ("_spans", "fallback", "text")

    def __init__(self, text: str, fallback: Location | None,
                 spans: list[tuple[int, int, Location]] | None = None) -> None:
        self.text = text
        self.fallback = fallback
        self._spans = spans or []

    def holds_data(self, start: int, end: int) -> bool:
        """Whether any character in ``start``..``end`` came from the letter's data."""
        return any(s < end and start < e for s, e, _ in self._spans)

    def where(self, position: int) -> Location | None:
        for start, end, location in self._spans:
            if start <= position < end:
                return location
        return self.fallback


_memo: ContextVar[dict[int, tuple[Letter, list[PlacedText]]] | None] = ContextVar(
    "rejectlet_placed_texts", default=None)


@contextlib.contextmanager
def shared_texts() -> Iterator[None]:
    """Within the block, rules share one computation of each letter's placed texts."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def placed_texts(letter: Letter) -> list[PlacedText]:
    """Every line and paragraph of the composed letter, with provenance."""
    memo = _memo.get()
    if memo is not None:
        hit = memo.get(id(letter))
        if hit is not None and hit[0] is letter:
            return hit[1]
    result = _placed_texts(letter)
    if memo is not None:
        memo[id(letter)] = (letter, result)
    return result


def _placed_texts(letter: Letter) -> list[PlacedText]:
    fallback = letter_location(letter)
    values = _sorted_values(letter)
    result = [PlacedText(line, fallback, _value_spans(values, line))
              for line in (letter.subject, letter.salutation, letter.date_line,
                           *letter.sender_lines, *letter.recipient_lines)
              if line]
    for block in letter.blocks:
        for paragraph in block.paragraphs:
            spans: list[tuple[int, int, Location]] = []
            position = 0
            for run in paragraph.runs:
                origin = letter.location_of_value(run.origin) if run.origin else None
                if origin is not None:
                    spans.append((position, position + len(run.text), origin))
                position += len(run.text)
            result.append(PlacedText(paragraph.text, block.location, spans))
    for line in (letter.closing, letter.signature):
        if line:
            result.append(PlacedText(line, fallback, _value_spans(values, line)))
    return result


def _sorted_values(letter: Letter) -> list[tuple[str, Location]]:
    """Data values that have a location, longest first."""
    found = []
    for name, value in letter.data.items():
        if isinstance(value, str) and len(value.strip()) >= 2:
            location = letter.location_of_value(name)
            if location is not None:
                found.append((value, location))
    return sorted(found, key=lambda pair: -len(pair[0]))


def _value_spans(values: list[tuple[str, Location]],
                 line: str) -> list[tuple[int, int, Location]]:
    """Where data values occur inside a line composed without run provenance
    (subject, salutation, blocks): longest values first, so 'Elena Marsh' wins
    over 'Marsh'."""
    spans: list[tuple[int, int, Location]] = []
    for value, location in values:
        start = line.find(value)
        while start >= 0:
            end = start + len(value)
            if not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, location))
            start = line.find(value, end)
    return sorted(spans, key=lambda span: span[0])
