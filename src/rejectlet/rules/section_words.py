"""What a section's words say, for the rules that otherwise judge sections by kind.

A section of kind ``interest`` that says "I will not be applying again" does
not express continued interest, and a re-sell paragraph that asks "tell me
where I fell short" is a feedback request in the body, whatever its kind.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Fix
from ..model import Block, Letter, SectionKind
from ..suggest import quoted
from .base import Finding
from .locate import placed_texts
from .stance import base_language, feedback_requests, tone_concerns
from .their_side import letter_reader

_MOVE = {"en": "move this request to the P.S.", "de": "die Bitte ins P.S. verschieben"}


def _paragraphs(letter: Letter, block: Block) -> set[str]:
    return {p.text for p in block.paragraphs}


def interest_declined(letter: Letter) -> Iterator[Finding]:
    """When every interest section says the writer is done with them."""
    language = base_language(letter.language)
    interest = [b for b in letter.body if b.kind is SectionKind.INTEREST]
    if not interest:
        return
    refusals = []
    read = letter_reader(letter)
    for block in interest:
        wanted = _paragraphs(letter, block)
        found = None
        for placed in placed_texts(letter):
            if placed.text not in wanted:
                continue
            text = read(placed.text)
            for concern in tone_concerns(text, language, "closing-door"):
                found = (placed, text, concern)
                break
            if found:
                break
        if found is None:
            return
        refusals.append(found)
    placed, text, concern = refusals[0]
    words = text.quote(concern.start, concern.end).strip()
    sentence = text.quote(concern.sentence_start, concern.sentence_end).strip()
    yield Finding(
        f"section {quoted(interest[0].section_id)} is of kind interest but says "
        f"{quoted(words)}; the "
        "letter never says you are still interested",
        placed.where(text.span(concern.start, concern.end)[0]),
        "say you would welcome hearing about similar roles",
        fix=Fix(sentence, "", "remove the sentence"))


def feedback_in_body(letter: Letter,
                     flagged: set[tuple[str, int]] | None = None) -> Iterator[Finding]:
    """Feedback requests written into body sections of another kind; each one's
    sentence is added to ``flagged`` (paragraph text, sentence start), if given."""
    language = base_language(letter.language)
    read = letter_reader(letter)
    for block in letter.body:
        if block.kind is SectionKind.FEEDBACK:
            continue
        wanted = _paragraphs(letter, block)
        for placed in placed_texts(letter):
            if placed.text not in wanted:
                continue
            text = read(placed.text)
            for concern in feedback_requests(text, language):
                if flagged is not None:
                    flagged.add((placed.text, concern.sentence_start))
                sentence = text.quote(concern.sentence_start, concern.sentence_end).strip()
                yield Finding(
                    f"section {quoted(block.section_id)} asks for feedback in the body "
                    f"({quoted(sentence)}); in a first reply that request belongs in the P.S.",
                    placed.where(text.span(concern.start, concern.end)[0]),
                    "move it to a section listed under ps:",
                    fix=Fix(sentence, "", _MOVE[language]))
