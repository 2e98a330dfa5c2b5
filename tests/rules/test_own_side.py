"""The writer's own side of a sentence is not the hiring: no error on their own work.

Each sentence is written for this test (not a corpus row). A hiring word that
belongs to the writer's workplace ("our appeals panel", "our grant
applications"), a business the writer runs, a brief they were given at work, a
contract a business takes on, an explanation the company already gave, a
"last" that is a date and a thing the writer is not interested in are not aimed
at the reader: none of them may stop a first reply. The same words aimed at the
reader still do.
"""

from __future__ import annotations

import pytest

from rejectlet.rules.aim import aim
from rejectlet.rules.reading import plain
from rejectlet.rules.stance import tone_concerns


def _errors(text: str) -> list[str]:
    return [c.category for c in tone_concerns(plain(text), "en") if not c.mild]


@pytest.mark.parametrize("text", [
    "Our hospital's complaints panel asked me to redraft its letters after families said they "
    "felt unfair.",
    "Why our bid applications kept stalling was the first problem I tackled in the new role.",
    "The bakery we run in Leeds has never had a batch rejected by the inspectors.",
    "My first job at Halvorsen Paints was to replace an ordering process everyone agreed was "
    "broken.",
    "If you win the northern depot contract, my forklift licences are valid until 2028.",
    "your recruiter's explanation of why the board picked a cloud platform",
    "I accept the reasons you gave, and they make sense for a company of your size.",
    "Last month I applied survival analysis to our churn data and halved the error.",
    "I'm not interested in job titles; what draws me is the work your network team does.",
    "My own pilots taught me that the best plans are the ones you are willing to revisit.",
])
def test_own_side_sentences_stop_nothing(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", [
    "Your panel rejected me before I had finished my first answer, which was unfair.",
    "I would like an explanation of why you chose someone else.",
    "This was my last application to your company.",
    "I have a second offer from a rival firm, so you may want to decide soon.",
    "I'm not interested in working for your company any more.",
])
def test_the_same_words_aimed_at_the_reader_still_stop_the_reply(text: str) -> None:
    assert _errors(text)


def test_a_shared_conversation_is_still_the_hiring() -> None:
    assert aim("our interview was a farce", "en") == "them"
    assert aim("our grant applications kept failing", "en") != "them"
