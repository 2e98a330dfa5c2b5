"""Where a complaint points decides its severity: errors for the hiring, none for work.

Each sentence is written for this test (not a corpus row). A hostile frame about
the decision, the process or the reader stays an error; the same words in a
story of the writer's own work, of the company's own past work or publications,
in a quoted question, or in a question the writer answers at once are not
reported; a judging word about another matter only warns.
"""

from __future__ import annotations

import pytest

from rejectlet.rules.aim import aim, quoted_questions_masked
from rejectlet.rules.reading import plain
from rejectlet.rules.stance import tone_concerns


def _found(text: str, language: str) -> list[tuple[str, bool]]:
    return [(c.category, c.mild) for c in tone_concerns(plain(text), language)]


@pytest.mark.parametrize(("language", "text"), [
    # the writer's own work
    ("en", "The errors we caught in the old tariff tables paid for the whole audit."),
    ("en", "I was brought in during 2020 to rescue a broken demand plan, and it held."),
    ("de", "Die Fehler, die ich in unserer alten Tarifdatei gefunden habe, sparten viel Geld."),
    # the company's own past work or publications
    ("en", "the account of how your analysts team reversed a poor depot decision last spring"),
    ("en", "your talk on why retailers reconsider same-day delivery in winter"),
    ("en", "learning how your planning team caught a costly mistake in the summer schedule"),
    ("de", "Ihr Vortrag darüber, wie Ihr Team eine falsche Annahme im Netzplan korrigiert hat"),
    ("de", "die Geschichte, wie Ihr Haus einen teuren Fehler im Lagerkonzept entdeckt hat"),
    # a quoted question from the writer's work
    ("en", 'My team lead always asked "why was this shipment rejected at the dock?" first.'),
    ("en", 'Drivers kept asking me "why did you pick this route and not the old one?"'),
    # a question the writer answers at once
    ("de", "Warum mich gerade die Tourenplanung reizt? Weil dort jede Minute zählt."),
    ("en", "Why did I choose freight? Because every saved mile shows up in the numbers."),
    # an ellipsis that tells of no deed of theirs
    ("en", "I trust the forecast when the numbers back it and drop it when they don't."),
    # thanks for time given
    ("de", "die Stunde, die Sie mir trotz Ihres vollen Kalenders geschenkt haben"),
])
def test_work_stories_quotes_and_answered_questions_are_not_reported(
        language: str, text: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Rejecting me was a costly mistake on your part."),
    ("en", "Why did you pick someone with half my experience?"),
    ("en", "Your panel had clearly decided before my first answer."),
    ("en", "Clearly loyalty counts for nothing at Harbourline."),
    ("en", "I was judged on my age, and that is discrimination."),
    ("de", "Ihre Entscheidung halte ich für einen klaren Fehler."),
    ("de", "Warum haben Sie mich nicht genommen?"),
    ("de", "Ich habe Ihnen drei Wochenenden geschenkt, und das ist der Dank."),
])
def test_hostile_sentences_about_the_hiring_stay_errors(language: str, text: str) -> None:
    found = _found(text, language)
    assert found, text
    assert any(not mild for _, mild in found), found


def test_a_judging_word_about_another_matter_only_warns() -> None:
    # a verdict word with our own data as its object and nothing of the hiring
    found = _found("Honestly, the quarterly forecast review was a waste of time.", "en")
    assert found
    assert all(mild for _, mild in found)


@pytest.mark.parametrize(("language", "words", "expected"), [
    ("en", "the decision was a mistake", "them"),
    ("en", "the mistakes i found in our billing code saved money", "work"),
    ("en", "the forecast was a bad call", "elsewhere"),
    ("en", "the whole thing is ridiculous", "them"),
    ("de", "ihre absage war ein fehler", "them"),
    ("de", "unsere prognose lag falsch", "elsewhere"),
])
def test_aim_names_the_target(language: str, words: str, expected: str) -> None:
    assert aim(words, language) == expected


def test_a_quoted_question_is_blanked_in_place() -> None:
    words = 'she asked "why was it late?" and we fixed it'
    masked = quoted_questions_masked(words)
    assert len(masked) == len(words)
    assert "why" not in masked
    assert masked.endswith("and we fixed it")
