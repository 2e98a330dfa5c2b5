"""The English frames for what is said between the lines, and the object switch.

Each case is a sentence written for this test (not a corpus row), so a frame
that only learned the corpus's phrasings fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet import Severity
from rejectlet.rules.reading import plain
from rejectlet.rules.shapes import find_slots
from rejectlet.rules.stance import asks_feedback, declines_interest, tone_concerns
from tests.corpus import score


@pytest.fixture(scope="module")
def pack() -> rejectlet.Pack:
    return rejectlet.load_pack(Path(score.__file__).parent / "pack-en")


def _found(pack: rejectlet.Pack, section: str, text: str) -> dict[str, Severity]:
    letter = rejectlet.compose(pack, "reply", {section: text})
    return {d.code: d.severity for d in rejectlet.validate(letter)
            if d.code in score.MEASURED}


@pytest.mark.parametrize(("text", "category"), [
    ("Had the scheduler booked a longer slot, my demo would have gone to plan.", "blame"),
    ("I'd have expected more transparency from an employer of your standing.",
     "expected-better"),
    ("I doubt your new planner has ever run a peak season.", "comparison"),
    ("A rival courier has a written offer waiting for me.", "other-offers"),
    ("From now on my energy goes into applications elsewhere.", "closing-door"),
])
def test_a_fresh_phrasing_of_each_class_is_an_error(pack: rejectlet.Pack, text: str,
                                                    category: str) -> None:
    assert category in {c.category for c in tone_concerns(plain(text), "en")}
    assert _found(pack, "resell", text) == {"RJ007": Severity.ERROR}


def test_irritation_about_the_wait_warns_and_the_letter_renders(pack: rejectlet.Pack) -> None:
    assert _found(pack, "resell", "The weeks without an update were rather grating.") == \
        {"RJ007": Severity.WARNING}


@pytest.mark.parametrize("text", [
    "Our planners found the old rota exasperating, so I rebuilt it with them.",
    "I heard how the founders reconsidered their pricing strategy in 2021.",
    "Regional couriers long saw the industry's rate cards as unfair, and I helped redesign them.",
    "I admire how your analysts publish the errors in their own forecasts.",
])
def test_the_same_words_about_other_things_pass(pack: rejectlet.Pack, text: str) -> None:
    assert _found(pack, "resell", text) == {}


def test_a_closed_door_in_the_interest_section_is_rj002() -> None:
    assert declines_interest("Please take my profile off your candidate list.", "en")
    assert not declines_interest("Please keep my profile on your candidate list.", "en")


def test_feedback_asked_sideways_is_found() -> None:
    assert asks_feedback("It would help me to learn which of my answers fell flat.", "en")
    assert not asks_feedback("It would help me to learn your team's tooling early.", "en")


@pytest.mark.parametrize(("text", "slot"), [
    ("Verfügbar ab TT.MM.JJJJ.", "TT.MM.JJJJ"),
    ("Available from MM/DD/YYYY.", "MM/DD/YYYY"),
    ("Bitte HIER ANSPRECHPARTNER EINFÜGEN.", "HIER ANSPRECHPARTNER EINFUGEN"),
    ("I saved €XX,XXX on tolls.", "XX,XXX"),
    ("At [Nom de la société] I led routing.", "[Nom de la societe]"),
])
def test_placeholders_of_other_languages_are_found(text: str, slot: str) -> None:
    found = plain(text)
    assert any(slot in found.text[s.start:s.end] for s in find_slots(found))


@pytest.mark.parametrize("text", [
    "Our exports use the ISO format YYYY-MM-DD throughout.",
    "We moved every feed to the DD.MM.YYYY standard.",
    "The XXL bay opened in 2024.",
])
def test_formats_and_sizes_are_not_placeholders(text: str) -> None:
    assert list(find_slots(plain(text))) == []
