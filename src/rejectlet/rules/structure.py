"""Rules about the letter's shape: what leads, what must be there, where the P.S. goes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter, SectionKind
from .base import Finding, rule
from .locate import letter_location, omission_location, omission_reason, placement

_PS_PREFIX = re.compile(r"^\s*p\.?\s*p?\.?\s*s\.?\s*[:.\s]", re.IGNORECASE)


def _left_out(letter: Letter, kind: SectionKind, place: str = "body") -> str:
    for omission in letter.omitted:
        if omission.kind is kind and omission.place == place:
            return omission_reason(omission)
    return ""


@rule("RJ001", "gratitude-first", "Gratitude must lead the body of the letter.",
      Severity.ERROR, locked=True)
def gratitude_first(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    body = letter.body
    if not body:
        yield Finding("the letter has no body; it must open with thanks",
                      letter_location(letter), "add a gratitude section to the letter's body")
        return
    first = body[0]
    if first.kind is SectionKind.GRATITUDE:
        return
    left_out = _left_out(letter, SectionKind.GRATITUDE)
    location = placement(letter, first)
    if left_out:
        omission = next(o for o in letter.omitted if o.kind is SectionKind.GRATITUDE)
        location = omission_location(letter, omission)
    yield Finding(
        f"the body opens with section {first.section_id!r} ({first.kind.value}); "
        "gratitude must come first",
        location, left_out or "put a gratitude section first in the letter's body list")


@rule("RJ002", "continued-interest", "The letter must say the writer is still interested.",
      Severity.ERROR)
def continued_interest(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    if any(block.kind is SectionKind.INTEREST for block in letter.body):
        return
    left_out = _left_out(letter, SectionKind.INTEREST)
    yield Finding("the letter never says you are still interested in the organisation",
                  letter_location(letter), left_out or
                  "add a section of kind interest to the body")


@rule("RJ003", "feedback-in-ps", "A feedback request belongs in the P.S., not the body.",
      Severity.ERROR, letter_types=("reply", "panel-thanks", "check-in", "coffee-request",
                                    "keep-in-touch", "reapply", "custom"))
def feedback_in_ps(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    for block in letter.body:
        if block.kind is SectionKind.FEEDBACK:
            yield Finding(
                f"section {block.section_id!r} asks for feedback in the body; in a first "
                "reply that request belongs in the P.S.",
                placement(letter, block), "move it from body: to ps:")


@rule("RJ004", "single-ps", "At most one P.S., placed after the signature.", Severity.ERROR)
def single_ps(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    postscripts = letter.postscripts
    for extra in postscripts[1:]:
        yield Finding(
            f"a second P.S. (section {extra.section_id!r}); a letter has at most one",
            placement(letter, extra), "merge the P.S. sections or give them exclusive 'when'")
    for block in letter.body:
        for paragraph in block.paragraphs:
            if _PS_PREFIX.match(paragraph.text):
                yield Finding(
                    f"section {block.section_id!r} writes a P.S. inside the body; the P.S. "
                    "goes after the signature", placement(letter, block),
                    "list the section under ps: instead of body:")
                break
