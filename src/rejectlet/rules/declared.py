"""Running the rules a pack declares in YAML (``checks:``).

Phrases are matched literally and case-insensitively, never as patterns, so a
pack from a stranger cannot make validation slow.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Location, Severity
from ..model import Block, Letter, PackCheck
from .locate import PlacedText, letter_location, placed_texts, placement


def _applies(check: PackCheck, letter: Letter) -> bool:
    return not check.letters or letter.kind in check.letters or \
        letter.letter_type in check.letters


def _blocks(check: PackCheck, letter: Letter) -> list[Block]:
    return [b for b in letter.body if check.kind is None or b.kind is check.kind]


def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)


def run_checks(letter: Letter) -> Iterator[Diagnostic]:
    """Findings of every declared check that applies to this letter."""
    for check in letter.pack.checks:
        if _applies(check, letter):
            severity = Severity(check.severity)
            for message, location in _run(check, letter):
                yield Diagnostic(check.code, severity, message, location, check.hint)


def _run(check: PackCheck, letter: Letter) -> Iterator[tuple[str, Location | None]]:
    blocks = _blocks(check, letter)
    if check.form == "require_kind":
        if not any(b.kind is check.argument for b in letter.body):
            yield check.message, letter_location(letter)
    elif check.form == "max_words":
        words = sum(len(b.text.split()) for b in blocks)
        if words > check.argument:
            yield f"{check.message} ({words} words; the limit is {check.argument})", \
                placement(letter, blocks[0]) if check.kind and blocks else letter_location(letter)
    elif check.form == "require":
        text = "\n".join(b.text for b in blocks)
        if blocks and not any(_phrase(p).search(text) for p in check.argument):
            yield check.message, placement(letter, blocks[0])
    elif check.form == "forbid":
        wanted = {id(b) for b in blocks}
        patterns = [_phrase(p) for p in check.argument]
        for placed in _placed_in(letter, wanted):
            for pattern in patterns:
                match = pattern.search(placed.text)
                if match:
                    yield f"{check.message} ({match.group(0)!r})", placed.where(match.start())
    elif check.form == "order":
        order = list(check.argument)
        positions = [order.index(b.kind) for b in letter.body if b.kind in order]
        for earlier, later in itertools.pairwise(positions):
            if later < earlier:
                yield check.message, letter_location(letter)
                break


def _placed_in(letter: Letter, wanted: set[int]) -> Iterator[PlacedText]:
    """The placed paragraphs of the wanted blocks (matched by their text)."""
    paragraphs = {p.text for b in letter.body if id(b) in wanted for p in b.paragraphs}
    for placed in placed_texts(letter):
        if placed.text in paragraphs:
            yield placed
