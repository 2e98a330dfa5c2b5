"""The English frames for the weak classes put in other words (rules/english_paraphrase.py).

Each sentence is written for this test (not a corpus row). Bad ones are found in
their class and stop a first reply; good ones that share their words are not
reported at all.
"""

from __future__ import annotations

import pytest

from rejectlet.rules.reading import plain
from rejectlet.rules.stance import asks_feedback, declines_interest, tone_concerns


def _errors(text: str) -> set[str]:
    return {c.category for c in tone_concerns(plain(text), "en") if not c.mild}


def _in_class(text: str, category: str) -> bool:
    """Whether the class's own frames find the sentence (another frame may report it
    first when their words overlap)."""
    return any(not c.mild for c in tone_concerns(plain(text), "en", category))


@pytest.mark.parametrize(("text", "category"), [
    ("From now on I'll be sending my CV to other employers instead.", "closing-door"),
    ("Whatever enthusiasm I had for the company has quietly vanished.", "closing-door"),
    ("There's not much point in me checking your careers page again.", "closing-door"),
    ("I don't really see myself applying there another time.", "closing-door"),
    ("Frankly, a single round of that process was more than enough for me.", "closing-door"),
    ("I've come to accept that your firm is not the right place for me.", "closing-door"),
    ("If pay was the sticking point, I'd be happy to come down a little.", "concession"),
    ("I could happily give up the relocation allowance we talked about.", "concession"),
    ("I'd be glad to come in five days a week if you wanted.", "concession"),
    ("Could I resit the written exercise a second time?", "revisit"),
    ("I'd stack my sales figures against your new starter's any day.", "comparison"),
    ("I was easily the most qualified candidate on that shortlist.", "comparison"),
    ("On paper I outclassed everyone else you interviewed.", "comparison"),
    ("the site visit, which was more than I got from the interview itself", "bitterness"),
    ("your open days, assuming the process becomes a bit less disorganised", "bitterness"),
    ("future roles, though I'm not holding my breath after this", "bitterness"),
    ("I'd cover the travel at my own expense if that's what it takes.", "concession"),
    ("Even a graduate-scheme post at half my current salary would be fine.", "concession"),
    ("Please set out the rationale for turning me down.", "reasons"),
    ("Could you tell me exactly what ruled me out?", "reasons"),
    ("the newsletter, though I don't intend to reapply after this", "closing-door"),
    ("Frankly, your firm is off my list for good.", "closing-door"),
])
def test_paraphrases_of_the_weak_classes_stop_a_first_reply(text: str, category: str) -> None:
    assert _errors(text)
    assert _in_class(text, category)


@pytest.mark.parametrize("text", [
    "Going forward, I'd love to hear about other openings at your company.",
    "My interest in supply-chain finance has only grown since our conversation.",
    "If budget was ever an issue on my projects, I found savings elsewhere first.",
    "I gave up my lunch breaks during the audit, and I'd do it again.",
    "I hope your new analyst enjoys the team as much as I enjoyed meeting it.",
    "I'd welcome the chance to interview again for a similar role in future.",
    "I compared our old scheduler with the new one and kept the better parts of each.",
    "the tour of the yard, which was the highlight of the day for me",
    "I'd be glad to send my portfolio again if it helps.",
    "On my team, analysts explain the reasoning behind every forecast they publish.",
    "I started on a junior contract in 2016 and ran the depot three years later.",
    "I don't plan to stop learning: next spring I start an evening course in logistics law.",
])
def test_good_sentences_that_share_their_words_pass(text: str) -> None:
    assert _errors(text) == set()


def test_a_closed_door_in_other_words_fails_the_interest_section() -> None:
    assert declines_interest("I think I'll turn to other firms from here on.", "en")
    assert not declines_interest("I'd welcome hearing about other roles from here on.", "en")


def test_feedback_asked_as_a_debrief_is_a_request_in_the_body() -> None:
    assert asks_feedback("I'd appreciate a quick debrief on the technical interview.", "en")
    assert asks_feedback("I'd love to hear how the panel felt I did on the day.", "en")
    assert not asks_feedback("I ran a debrief on every release with our clients.", "en")
