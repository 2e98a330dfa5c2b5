"""The learned scorer keeps its verdicts on recent sentences: the same answers as
judging afresh, quotes where the sentence is, and a bounded memory."""

from __future__ import annotations

from rejectlet.rules import learned
from rejectlet.rules.learned_features import features
from rejectlet.rules.reading import Plain, plain, sentences

BAD = "Why didn't you pick me over someone with half my experience?"
GERMAN_BAD = "Warum haben Sie mich nicht genommen?"


def _afresh(chosen: learned.Scorer, text: Plain, language: str,
            section: str) -> list[tuple[int, learned.Verdict]]:
    """What the scorer says, computed from the whole text with nothing remembered."""
    found = []
    for sentence in sentences(text):
        seen = features(text, sentence.start, sentence.end, language, section,
                        chosen.names())
        for code, head in chosen.heads.items():
            score = head.score(seen)
            if score >= head.threshold:
                purpose = chosen.purpose(seen) if code == "RJ007" else ""
                error = score >= head.error_at and learned.aimed_at_them(
                    text, sentence.start, sentence.end, language)
                found.append((sentence.start, learned.Verdict(
                    code, score, tuple(head.reasons(seen)), purpose, error)))
    return found


def _judged(chosen: learned.Scorer, text: Plain, language: str,
            section: str) -> list[tuple[int, learned.Verdict]]:
    return [(sentence.start, verdict)
            for sentence, verdict in learned.judge_text(chosen, text, language, section)]


def test_a_remembered_sentence_elsewhere_gets_the_verdict_of_a_fresh_reading() -> None:
    for language, bad, before in (("en", BAD, "Thank you for the call. I enjoyed it. "),
                                  ("de", GERMAN_BAD, "Vielen Dank für das Gespräch. ")):
        chosen = learned.scorer(language)
        assert chosen is not None
        alone = plain(bad)
        assert _judged(chosen, alone, language, "resell") == \
            _afresh(chosen, alone, language, "resell")
        # the same sentence again, further into a paragraph: remembered, and its
        # quotes must move with it
        later = plain(before + bad)
        judged = _judged(chosen, later, language, "resell")
        assert judged, "the scorer should speak about the sentence"
        assert judged == _afresh(chosen, later, language, "resell")
        for start, verdict in judged:
            assert start > 0
            for first, last in verdict.quotes:
                assert later.quote(first, last).strip() in bad


def test_the_section_is_part_of_what_is_remembered() -> None:
    chosen = learned.scorer("en")
    assert chosen is not None
    text = plain(BAD)
    for section in ("resell", "gratitude", "interest", "resell"):
        assert _judged(chosen, text, "en", section) == _afresh(chosen, text, "en", section)


def test_the_memory_of_verdicts_is_bounded() -> None:
    chosen = learned.scorer("en")
    assert chosen is not None
    mine = learned.Scorer(chosen.heads, chosen.purposes)
    for number in range(learned.SENTENCE_MEMORY + 20):
        list(mine.judge(plain(f"Sentence {number} is here."), 0, 20, "en", "resell"))
    assert 0 < len(mine._recent) <= learned.SENTENCE_MEMORY


def test_a_sentence_longer_than_the_memory_takes_is_judged_but_not_kept() -> None:
    chosen = learned.scorer("en")
    assert chosen is not None
    mine = learned.Scorer(chosen.heads, chosen.purposes)
    long = plain("Why " + "really " * (learned.SENTENCE_CHARS // 7) + "did you pick him?")
    assert _judged(mine, long, "en", "resell") == _afresh(mine, long, "en", "resell")
    assert len(mine._recent) == 0
