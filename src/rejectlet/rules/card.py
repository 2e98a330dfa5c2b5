"""A pack written for a note card keeps its letters short enough to fit one.

This is an estimate from the text's length and the card's size, made before
anything is rendered; rendering a card measures the real layout as well.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter
from .base import Finding, rule
from .locate import letter_location


@rule("RJ016", "fits-card", "A letter for a card fits on the pack's card.", Severity.WARNING)
def fits_card(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    size = letter.pack.card.size
    if size is None:
        return
    from ..paper.cards import CARD_MARGIN, capacity_lines, estimated_lines
    from ..paper.formats import builtin_formats

    card = builtin_formats().cards.get(size)
    if card is None:
        return
    font_size = letter.pack.card.font_size
    needed = estimated_lines(letter, card.size[0] - 2 * CARD_MARGIN, font_size)
    room = capacity_lines(card, font_size)
    if needed > room:
        yield Finding(f"the letter needs about {needed:.0f} lines; a {size} card holds about "
                      f"{room:.0f} at {font_size:g}pt", letter_location(letter),
                      "shorten it, or render it as a letter rather than a card")
