"""Other offers as leverage, argument, blame told as a mishap, and irony: new phrasings and
innocent twins.

Each sentence is written for this test (not a corpus row). An offer elsewhere is only a
fault when it is used on the reader (a deadline, a ranking, pressure, a sacrifice for
them); a role accepted elsewhere, told with the wish to stay in touch, is news.
"""

from __future__ import annotations

import pytest

from rejectlet.rules.reading import plain
from rejectlet.rules.stance import tone_concerns


def _errors(text: str, language: str) -> set[str]:
    return {c.category for c in tone_concerns(plain(text), language) if not c.mild}


def _any(text: str, language: str) -> set[str]:
    return {c.category for c in tone_concerns(plain(text), language)}


@pytest.mark.parametrize(("language", "text", "category"), [
    ("en", "A rival carrier wants an answer from me by Thursday, so do tell me soon if "
           "anything comes up.", "other-offers"),
    ("en", "Frankly, two other employers have shown themselves far more eager than you.",
     "other-offers"),
    ("en", "I put an offer from a competitor on hold for the chance to join your team.",
     "other-offers"),
    ("en", "The outcome simply does not reflect how the case study went.", "arguing"),
    ("en", "I would have been, on any fair reading, the obvious choice.", "arguing"),
    ("en", "Your interviewers underestimated what I have done with routing data.", "arguing"),
    ("en", "My second interview began half an hour late and was then cut short.", "blame"),
    ("en", "I received conflicting instructions from the recruiter and the panel.", "blame"),
    ("en", "I hope whoever you picked turns out to be worth the wait.", "bitterness"),
    ("en", "Another valuable lesson: preparation gets a candidate nowhere.", "bitterness"),
    ("de", "Ein Mitbewerber erwartet meine Antwort bis Donnerstag, melden Sie sich also "
           "bitte vorher.", "other-offers"),
    ("de", "Für diese Stelle habe ich ein Angebot eines Wettbewerbers ausgeschlagen.",
     "other-offers"),
    ("de", "Mir ist unbegreiflich, wie Sie zu diesem Ergebnis gekommen sind.", "arguing"),
    ("de", "Das Gremium hat meine Erfahrung mit Tourendaten schlicht unterschätzt.",
     "arguing"),
    ("de", "Die Videoverbindung zu Ihrem Büro brach dreimal ab.", "blame"),
    ("de", "Herzlichen Glückwunsch, dass Sie jemand Günstigeren gefunden haben.",
     "bitterness"),
    ("de", "Danke für die Bestätigung, dass Erfahrung bei Ihnen nichts zählt.", "bitterness"),
    ("en", "Congratulations, truly, on hiring someone so affordable.", "bitterness"),
    ("en", "Plainly, twenty years on the road count for less at your firm than a tidy CV.",
     "bitterness"),
    ("en", "Two rival firms are courting me as we speak.", "other-offers"),
    ("en", "With respect, I firmly dispute the verdict your panel reached.", "arguing"),
    ("en", "Your recruiter's booking mix-ups meant I met nobody from the team.", "blame"),
    ("de", "Ein Konzern aus Hamburg will mich zum März einstellen, Sie wären mir aber lieber.",
     "other-offers"),
    ("de", "Offenbar spielt Erfahrung bei Ihnen keine große Rolle.", "bitterness"),
])
def test_a_new_phrasing_of_a_weak_class_stops_the_reply(language: str, text: str,
                                                         category: str) -> None:
    assert category in _errors(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I have since accepted a post at another firm, and I would be glad to stay in "
           "touch."),
    ("en", "I priced our offers to shippers against competitors' rates every quarter."),
    ("en", "Please keep me in mind for other roles in the future."),
    ("en", "I understand the outcome and thank you for explaining it."),
    ("en", "When our video link to the depot kept failing, I set up a backup line."),
    ("en", "I enjoyed explaining our routing model to the panel."),
    ("en", "I hope the new depot works out well for the whole team."),
    ("en", "I inherited a badly organised schedule and rebuilt it within a month."),
    ("de", "Ich habe inzwischen eine Stelle bei einem anderen Unternehmen angetreten und "
           "bleibe gern in Kontakt."),
    ("de", "Ich habe die Angebote von vier Spediteuren verglichen und den günstigsten "
           "gewählt."),
    ("de", "Über die Gelegenheit, mich auf andere Stellen zu bewerben, würde ich mich "
           "freuen."),
    ("de", "Meine Auswertung ergab, dass die alte Tourenregel kleine Standorte "
           "benachteiligte, also habe ich sie neu gestaltet."),
    ("de", "Ich habe den Leitfaden geschrieben, der neuen Disponenten den Einstieg "
           "erleichtert."),
    ("de", "Mein Vortrag über Ladungen, die zu spät kommen, lief auf einer Fachmesse."),
    ("de", "Ich weiß Ihr Angebot, in Kontakt zu bleiben, sehr zu schätzen."),
    ("en", "Our first pilot led nowhere, so I rebuilt it around the drivers' own routes."),
    ("en", "Congratulations on the new depot opening next spring."),
    ("de", "Für unsere Kunden spielt der Preis oft keine große Rolle, die Pünktlichkeit schon."),
])
def test_an_innocent_twin_passes(language: str, text: str) -> None:
    assert not _any(text, language)
