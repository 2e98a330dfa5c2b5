"""Rules for the letters that follow the first reply: each has one job to do.

They reason about section kinds, so they hold in every language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter, SectionKind
from ..suggest import quoted
from .base import Finding, rule
from .locate import letter_location, omission_reason, placement

#: Record fields that say who a person is, not what you talked about with them.
IDENTITY_FIELDS = frozenset({"name", "title", "email", "job_title", "first_name", "last_name",
                             "anrede", "titel", "position", "funktion", "cargo", "tratamiento"})


def _has(letter: Letter, kind: SectionKind) -> bool:
    return any(block.kind is kind for block in letter.body)


def _missing(letter: Letter, kind: SectionKind, message: str, hint: str) -> Iterator[Finding]:
    if _has(letter, kind):
        return
    left_out = next((o for o in letter.omitted if o.kind is kind and o.place == "body"), None)
    if left_out is not None:
        hint = omission_reason(left_out)
    yield Finding(message, letter_location(letter), hint)


@rule("RJ009", "news-since", "A check-in or re-application says what is new since last time.",
      Severity.ERROR, letter_types=("check-in", "reapply"))
def news_since(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _missing(
        letter, SectionKind.UPDATE,
        "the letter does not say what is new since you last wrote",
        "add a section of kind update: a skill gained, a project finished, feedback acted on")


@rule("RJ010", "one-ask", "A coffee request makes exactly one small request.", Severity.ERROR,
      letter_types=("coffee-request",))
def one_ask(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    requests = [block for block in letter.body if block.kind is SectionKind.REQUEST]
    if not requests:
        yield from _missing(letter, SectionKind.REQUEST,
                            "the letter never asks for the meeting",
                            "add a section of kind request: fifteen minutes, at their "
                            "convenience")
    for extra in requests[1:]:
        yield Finding(f"a second request (section {quoted(extra.section_id)}); ask for one thing",
                      placement(letter, extra), "merge the requests into one")


@rule("RJ011", "something-to-share", "A keep-in-touch note shares something of value.",
      Severity.ERROR, letter_types=("keep-in-touch",))
def something_to_share(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _missing(letter, SectionKind.SHARE,
                        "the note has nothing to share",
                        "add a section of kind share: an article, a referral, news of interest")


@rule("RJ012", "personal-note", "Each panel note thanks that person for something of their own.",
      Severity.ERROR, letter_types=("panel-thanks",))
def personal_note(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    kind = letter.pack.letters.get(letter.kind)
    prefix = f"{kind.item_name}." if kind is not None else "person."
    personal = {name for name in letter.data if name.startswith(prefix)
                and name.removeprefix(prefix) not in IDENTITY_FIELDS}
    for block in letter.body:
        if block.kind is not SectionKind.GRATITUDE:
            continue
        for paragraph in block.paragraphs:
            if any(run.origin in personal for run in paragraph.runs):
                return
    yield Finding("the thanks is the same for everyone; mention what you discussed with "
                  "this person", placement(letter, letter.body[0]) if letter.body else
                  letter_location(letter),
                  "use a per-person detail (such as person.discussed) in the gratitude section")


@rule("RJ013", "feedback-questions", "A feedback follow-up asks its questions in the body.",
      Severity.ERROR, letter_types=("feedback-followup",))
def feedback_questions(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _missing(letter, SectionKind.FEEDBACK,
                        "the follow-up to their feedback asks nothing",
                        "add a section of kind feedback with your specific questions")
