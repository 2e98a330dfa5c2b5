"""Complaints told without a judging word, in both languages, and their innocent twins.

Each sentence is written for this test (not a corpus row): a question about the
decision, a story of neglect, irony, the person hired with a lack, and an
expectation let down each read as what they do; the same words about the
writer's own work or said kindly do not.
"""

from __future__ import annotations

import pytest

from rejectlet.rules.reading import plain
from rejectlet.rules.stance import tone_concerns


def _categories(text: str, language: str) -> set[str]:
    return {c.category for c in tone_concerns(plain(text), language) if not c.mild}


@pytest.mark.parametrize(("language", "text", "category"), [
    ("en", "Which of the panel's criteria did my portfolio miss, exactly?", "reasons"),
    ("en", "My test answers were never even marked, as far as I can tell.", "blame"),
    ("en", "How thoughtful.", "bitterness"),
    ("en", "Foolish of me to believe the second round was a good sign.", "bitterness"),
    ("en", "Your new planner will need plenty of hand-holding in the first quarter.",
     "comparison"),
    ("en", "I had you pegged as a firm that answers its finalists in person.",
     "expected-better"),
    ("de", "Welche Kriterien hat meine Bewerbung denn nicht erfüllt?", "reasons"),
    ("de", "Meine Arbeitsproben wurden offenbar nie geöffnet.", "blame"),
    ("de", "Naiv von mir, auf einen Anruf zu hoffen.", "bitterness"),
    ("de", "Ihre neue Planerin hat noch nie eine Hochsaison geplant.", "comparison"),
    ("de", "In der letzten Runde hätte ich mir wenigstens einen Anruf gewünscht.",
     "expected-better"),
    ("en", "The coordinator sent my invitation to the wrong address, twice.", "blame"),
    ("en", "Brilliant to learn about my rejection from a form email.", "bitterness"),
    ("de", "Der Vorsitzende hat während meiner Präsentation telefoniert und nichts gefragt.",
     "blame"),
    ("de", "Herrlich, eine Absage per Serienbrief nach vier Runden.", "bitterness"),
])
def test_a_complaint_told_without_a_judging_word_is_read(language: str, text: str,
                                                         category: str) -> None:
    assert category in _categories(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I asked our dispatchers which criteria slowed them down and removed two of them."),
    ("en", "I'm sure your new planner will enjoy the team as much as I did during the visit."),
    ("en", "Our pilot went better than we expected, so we extended it to four depots."),
    ("en", "Funny enough, my best idea came from a customer complaint."),
    ("de", "Ich habe unsere Disponenten gefragt, welche Kriterien sie bremsen, und zwei "
           "gestrichen."),
    ("de", "Ich wünsche Ihrer neuen Planerin viel Erfolg in der Hochsaison."),
    ("de", "Der Pilot lief besser, als wir erwartet hatten."),
    ("de", "Ich verstehe die Entscheidung und wünsche Ihrem Team alles Gute."),
    ("en", "The coordinator kindly moved my interview when my train was late."),
    ("de", "Ihre Recruiterin hat mich nie gedrängt und alles geduldig erklärt."),
    ("en", "If you don't mind a short question, I'd value your view on one point."),
    ("de", "Ich bedaure, Ihr Team nicht verstärken zu können."),
    ("de", "Ich wäre Ihnen für eine Einschätzung dankbar: Was hat in meinen Gesprächen "
           "überzeugt?"),
    ("de", "Könnten Sie mir sagen, an welchen Stellen ich nicht überzeugt habe?"),
])
def test_the_same_words_about_own_work_or_said_kindly_are_not(language: str,
                                                               text: str) -> None:
    assert _categories(text, language) == set()
