"""German frames read German sentences: every spelling of an umlaut, verb-final and
verb-first order, and the writer's own work left alone."""

from __future__ import annotations

import pytest

from rejectlet.rules.reading import plain
from rejectlet.rules.stance import asks_feedback, declines_interest, tone_concerns


def categories(text: str) -> list[str]:
    return [c.category for c in tone_concerns(plain(text), "de")]


@pytest.mark.parametrize("text", [
    "Bitte überdenken Sie Ihre Entscheidung noch einmal.",
    "Bitte uberdenken Sie Ihre Entscheidung noch einmal.",
    "Bitte ueberdenken Sie Ihre Entscheidung noch einmal.",
    "BITTE ÜBERDENKEN SIE IHRE ENTSCHEIDUNG NOCH EINMAL.",
])
def test_an_umlaut_reads_alike_in_every_spelling(text: str) -> None:
    assert categories(text) == ["revisit"]


@pytest.mark.parametrize(("text", "category"), [
    ("Ich bin über die Art der Absage empört.", "anger"),
    ("Man hat mich im Gespräch ständig unterbrochen.", "blame"),
    ("Überlegen Sie es sich bitte noch einmal.", "revisit"),
    ("Hätten Sie genauer hingesehen, hätten Sie sich für mich entschieden.", "arguing"),
    ("Die Entscheidung ist für mich nicht nachvollziehbar.", "arguing"),
    ("Der Kandidat, den Sie gewählt haben, kommt frisch von der Uni.", "comparison"),
    ("Die Strasse war gesperrt, die Absage ist trotzdem voellig daneben.", "arguing"),
])
def test_a_frame_spans_the_german_sentence(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "Ich habe eine falsche Entscheidung im Einkauf rechtzeitig korrigiert.",
    "Unser altes Bestellverfahren war chaotisch, deshalb habe ich es neu aufgesetzt.",
    "Ich habe Lieferanten, die sich ungerecht behandelt fühlten, persönlich angerufen.",
    "Ich habe unsere Stellenanzeigen überarbeitet, damit sie nicht mehr irreführend sind.",
    "Vielen Dank für die transparente Begründung Ihrer Entscheidung.",
    "Ich würde mich freuen, wenn Sie mich für künftige Stellen erneut berücksichtigen.",
])
def test_the_writers_own_work_and_gracious_sentences_pass(text: str) -> None:
    assert categories(text) == []


def test_feedback_and_a_closed_door_are_read_in_german() -> None:
    assert asks_feedback("Könnten Sie mir sagen, an welchen Stellen ich nicht überzeugt habe?",
                         "de")
    assert not asks_feedback("Ich habe Feedback von Fahrern systematisch ausgewertet.", "de")
    assert declines_interest("Ihr Unternehmen kommt für mich nicht mehr infrage.", "de-AT")
    assert not declines_interest("Ich bleibe Ihrem Unternehmen gern verbunden.", "de")
