"""The six classes independent writers slipped past most: new phrasings and innocent twins.

Each sentence is written for this test (not a corpus row): a closed door, a
concession, expecting better of them, bitterness, blame told as a story and
feedback or reasons asked in the body, each said in words no frame lists, and
good sentences that share their words.
"""

from __future__ import annotations

import pytest

from rejectlet.rules.reading import plain
from rejectlet.rules.stance import asks_feedback, declines_interest, tone_concerns


def _errors(text: str, language: str) -> set[str]:
    return {c.category for c in tone_concerns(plain(text), language) if not c.mild}


@pytest.mark.parametrize(("language", "text", "category"), [
    ("en", "I shan't be applying to your firm a second time.", "closing-door"),
    ("en", "Kindly delete my profile from your applicant system.", "closing-door"),
    ("en", "Please don't bother sending me any more vacancies.", "closing-door"),
    ("en", "If it helps, I'd gladly accept a smaller package and a junior title.", "concession"),
    ("en", "I could start on a reduced rate just to get a foot in.", "concession"),
    ("en", "I'd assumed a firm of your size would handle finalists better.",
     "expected-better"),
    ("en", "Your recruiters fell well short of the standard your adverts promise.",
     "expected-better"),
    ("en", "Best of luck with your cheaper choice.", "bitterness"),
    ("en", "Apparently a decade in logistics counts for little these days.", "bitterness"),
    ("en", "Your scheduler moved my interview three times and nobody apologised.", "blame"),
    ("en", "What exactly made you decide I was not right for it?", "reasons"),
    ("de", "Bei Ihnen bewerbe ich mich ganz sicher kein zweites Mal.", "closing-door"),
    ("de", "Löschen Sie bitte mein Profil aus Ihrer Bewerberdatenbank.", "closing-door"),
    ("de", "Notfalls würde ich auch für ein deutlich niedrigeres Gehalt anfangen.",
     "concession"),
    ("de", "Von einem Haus Ihres Rufs hätte ich mehr Sorgfalt erwartet.", "expected-better"),
    ("de", "Viel Vergnügen mit Ihrer günstigeren Wahl.", "bitterness"),
    ("de", "Ihr Recruiter hat meine Anrufe zwei Wochen lang ignoriert.", "blame"),
    ("de", "Was genau hat Sie dazu gebracht, mich abzulehnen?", "reasons"),
])
def test_each_weak_class_is_caught_in_new_words(language: str, text: str,
                                                category: str) -> None:
    assert category in _errors(text, language), _errors(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I would not hesitate to apply again for a role like this one."),
    ("en", "I removed stale records from our carrier database every quarter."),
    ("en", "I negotiated a smaller rate with our two largest carriers."),
    ("en", "Our routing engine did better than the board had hoped."),
    ("en", "I'm confident my planning skills would help a team like yours."),
    ("en", "Please keep my details on file for similar roles."),
    ("de", "Über Hinweise auf künftige Stellen würde ich mich sehr freuen."),
    ("de", "Mit unseren Spediteuren habe ich deutlich niedrigere Sätze ausgehandelt."),
    ("de", "Meine Prognosen lagen über dem, was der Vorstand erwartet hatte."),
])
def test_innocent_twins_pass(language: str, text: str) -> None:
    assert _errors(text, language) == set()
    assert not asks_feedback(text, language)


def test_a_closed_door_in_the_interest_section_is_a_declined_interest() -> None:
    assert declines_interest("I won't be putting myself through your process again.", "en")
    assert not declines_interest("I will be in touch again next month, as promised.", "en")


def test_feedback_asked_politely_in_the_body_is_a_feedback_request() -> None:
    assert asks_feedback("I'd value a few words on how my case study came across.", "en")
    assert not asks_feedback("I wrote the notes our analysts use to review each other's "
                             "models.", "en")
