"""Rules about the letter's shape: what leads, what must be there, where the P.S. goes.

Each rule here is written once and judged twice: on a composed letter (the
sections that came out) and, through its ``outline`` check, on a letter kind's
definition before any data (``rejectlet check PACK``). Both views share the
predicates below, so the two can never disagree about what the rule asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from ..diagnostics import Severity
from ..model import Letter, SectionKind
from ..suggest import quoted
from .base import Finding, rule
from .locate import letter_location, omission_location, omission_reason, placement
from .outline import Outline
from .second_opinion import learned_findings
from .section_words import feedback_in_body, interest_declined

_PS_PREFIX = re.compile(r"^\s*p\.?\s*p?\.?\s*s\.?\s*[:.\s]", re.IGNORECASE)
#: How many P.S. a letter may have.
MAX_POSTSCRIPTS = 1


class _Kinded(Protocol):
    @property
    def kind(self) -> SectionKind: ...


_P = TypeVar("_P", bound=_Kinded)


def _leads_with_thanks(parts: Sequence[_Kinded]) -> bool:
    return bool(parts) and parts[0].kind is SectionKind.GRATITUDE


def _has(parts: Sequence[_Kinded], kind: SectionKind) -> bool:
    return any(part.kind is kind for part in parts)


def _of_kind(parts: Sequence[_P], kind: SectionKind) -> list[_P]:
    return [part for part in parts if part.kind is kind]


def _extra_postscripts(parts: Sequence[_P]) -> Sequence[_P]:
    return parts[MAX_POSTSCRIPTS:]


def _left_out(letter: Letter, kind: SectionKind, place: str = "body") -> str:
    for omission in letter.omitted:
        if omission.kind is kind and omission.place == place:
            return omission_reason(omission)
    return ""


def _gratitude_first_outline(outline: Outline, options: Mapping[str, Any]) -> Iterator[Finding]:
    letter = outline.letter
    if not _leads_with_thanks(outline.body):
        where = (outline.body[0].listed_at if outline.body and outline.body[0].listed_at
                 else letter.location)
        yield Finding(f"letter {quoted(letter.id)}: the body must open with a gratitude section",
                      where, "list a section of kind gratitude first")
    elif outline.body[0].when:
        opening = outline.body[0]
        yield Finding(f"letter {quoted(letter.id)}: the opening thanks has a condition "
                      f"({quoted(opening.when)}); a letter where it is false breaks "
                      "gratitude-first",
                      opening.defined_at, "remove its 'when'")


def _continued_interest_outline(outline: Outline,
                                options: Mapping[str, Any]) -> Iterator[Finding]:
    if not _has(outline.body, SectionKind.INTEREST):
        yield Finding(f"letter {quoted(outline.letter.id)} has no section of kind interest",
                      outline.letter.location, "add one, or set RJ002 off for this letter")


def _feedback_in_ps_outline(outline: Outline, options: Mapping[str, Any]) -> Iterator[Finding]:
    for part in _of_kind(outline.body, SectionKind.FEEDBACK):
        yield Finding(f"letter {quoted(outline.letter.id)} asks for feedback in the body",
                      part.listed_at, "move the section to ps:")


def _single_ps_outline(outline: Outline, options: Mapping[str, Any]) -> Iterator[Finding]:
    always = [part for part in outline.ps if not part.when]
    if _extra_postscripts(always):
        yield Finding(f"letter {quoted(outline.letter.id)} always has {len(always)} P.S.",
                      outline.ps[1].listed_at, "a letter has at most one P.S.")


@rule("RJ001", "gratitude-first", "Gratitude must lead the body of the letter.",
      Severity.ERROR, locked=True, outline=_gratitude_first_outline)
def gratitude_first(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    body = letter.body
    if _leads_with_thanks(body):
        return
    if not body:
        yield Finding("the letter has no body; it must open with thanks",
                      letter_location(letter), "add a gratitude section to the letter's body")
        return
    first = body[0]
    left_out = _left_out(letter, SectionKind.GRATITUDE)
    location = placement(letter, first)
    if left_out:
        omission = next(o for o in letter.omitted if o.kind is SectionKind.GRATITUDE)
        location = omission_location(letter, omission)
    yield Finding(
        f"the body opens with section {quoted(first.section_id)} ({first.kind.value}); "
        "gratitude must come first",
        location, left_out or "put a gratitude section first in the letter's body list")


@rule("RJ002", "continued-interest", "The letter must say the writer is still interested.",
      Severity.ERROR, outline=_continued_interest_outline)
def continued_interest(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    if _has(letter.body, SectionKind.INTEREST):
        yield from interest_declined(letter)
        return
    left_out = _left_out(letter, SectionKind.INTEREST)
    yield Finding("the letter never says you are still interested in the organisation",
                  letter_location(letter), left_out or
                  "add a section of kind interest to the body")


@rule("RJ003", "feedback-in-ps", "A feedback request belongs in the P.S., not the body.",
      Severity.ERROR, letter_types=("reply", "panel-thanks", "check-in", "coffee-request",
                                    "keep-in-touch", "reapply", "custom"),
      outline=_feedback_in_ps_outline, learned=True)
def feedback_in_ps(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    for block in _of_kind(letter.body, SectionKind.FEEDBACK):
        yield Finding(
            f"section {quoted(block.section_id)} asks for feedback in the body; in a first "
            "reply that request belongs in the P.S.",
            placement(letter, block), "move it from body: to ps:")
    flagged: set[tuple[str, int]] = set()
    yield from feedback_in_body(letter, flagged)
    # the learned scorer's warnings, for sentences the frames let pass
    yield from learned_findings(letter, "RJ003", options, flagged)


@rule("RJ004", "single-ps", "At most one P.S., placed after the signature.", Severity.ERROR,
      outline=_single_ps_outline)
def single_ps(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    for extra in _extra_postscripts(letter.postscripts):
        yield Finding(
            f"a second P.S. (section {quoted(extra.section_id)}); a letter has at most one",
            placement(letter, extra), "merge the P.S. sections or give them exclusive 'when'")
    for block in letter.body:
        for paragraph in block.paragraphs:
            if _PS_PREFIX.match(paragraph.text):
                yield Finding(
                    f"section {quoted(block.section_id)} writes a P.S. inside the body; the P.S. "
                    "goes after the signature", placement(letter, block),
                    "list the section under ps: instead of body:")
                break
