"""The shortcuts that make the word rules cheap give exactly the long way's answers.

The tone and feedback frames learn from one pass over a sentence which signals
it could hold, and plain ASCII skips folding character by character; both must
agree with doing the work in full on any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rejectlet.rules import stance
from rejectlet.rules.linear import linear_set
from rejectlet.rules.reading import _folded, plain

#: Pieces of the frames' own words, so generated text often holds a signal.
PIECES = ("i ", "was ", "not ", "unfair ", "why ", "the decision ", "you ", "could ",
          "feedback ", "reconsider ", "disappointed ", "ich ", "sie ", "entscheidung ",
          "never ", "again ", "please ", ", ", "; ", "but ", "though ", "?", ".", "`",
          "\t", "\x7f", "\u2019", "\u00e4", " ")

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_signal_set_names_exactly_the_signals_that_match(words: str) -> None:
    for language in ("en", "de"):
        for feedback in (False, True):
            signals = stance._compiled(language, feedback)
            found = linear_set(tuple(s.pattern.pattern for s in signals))
            assert found is not None
            wanted = tuple(i for i, s in enumerate(signals) if s.pattern.search(words))
            assert found.present(words) == wanted


@settings(max_examples=300, deadline=None)
@given(texts)
def test_plain_ascii_reads_as_if_folded_character_by_character(text: str) -> None:
    assert plain(text) == _folded(text)


def test_concerns_are_found_through_the_set() -> None:
    text = plain("Thank you. I still think the decision was unfair. Best wishes.")
    assert [c.category for c in stance.tone_concerns(text, "en")]


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_remembered_sentences_give_the_frames_read_afresh(first: str, second: str) -> None:
    def read(text: str) -> list[tuple[stance.Concern, ...]]:
        found = []
        for language in ("en", "de"):
            found.append(tuple(stance.tone_concerns(plain(text), language)))
            found.append(tuple(stance.tone_concerns(plain(text), language, "closing-door")))
            found.append(tuple(stance.feedback_requests(plain(text), language)))
        return found

    combined = f"{first} {second}"
    stance._sentence_frames.cache_clear()
    afresh = read(combined)
    read(second)  # the second text's sentences are now remembered at other offsets
    assert read(combined) == afresh


def test_a_repeated_sentence_is_found_at_each_place_it_stands() -> None:
    sentence = "I still think the decision was unfair."
    text = plain(f"Thank you. {sentence} Thank you. {sentence}")
    found = list(stance.tone_concerns(text, "en"))
    assert len(found) == 2
    assert found[0].start < found[1].start
    assert text.lower[found[0].start:found[0].end] == text.lower[found[1].start:found[1].end]
    assert all(c.sentence_start <= c.start < c.end <= c.sentence_end for c in found)
    assert stance._sentence_frames.cache_info().maxsize == stance.SENTENCE_MEMORY


@settings(max_examples=200, deadline=None)
@given(texts)
def test_remembered_matches_are_the_matches_found_afresh(words: str) -> None:
    from rejectlet.rules import linear as engine

    pattern = engine.linear(r"(?P<stop>[.!?]+)|(?P<word>unfair|decision)")
    afresh = list(pattern._hits(words))
    assert list(pattern.finditer(words)) == afresh
    assert list(pattern.finditer(words)) == afresh  # the second time, from memory
    long_text = words + " " * (engine.MEMO_CHARS + 1) + "unfair."
    assert list(pattern.finditer(long_text)) == list(pattern._hits(long_text))


def test_the_match_memory_is_bounded() -> None:
    from rejectlet.rules import linear as engine

    pattern = engine.linear(r"x")
    for i in range(engine.MEMO_ENTRIES + 10):
        list(pattern.finditer(f"x{i}"))
    assert engine._every_hit.cache_info().currsize <= engine.MEMO_ENTRIES
    long_text = "x" * (engine.MEMO_CHARS + 1)
    before = engine._every_hit.cache_info()
    assert len(list(pattern.finditer(long_text))) == len(long_text)
    assert engine._every_hit.cache_info() == before  # long texts are not kept


def test_a_signal_is_compiled_only_when_a_sentence_could_hold_it() -> None:
    stance._compiled.cache_clear()
    stance._sentence_frames.cache_clear()
    signals = stance._compiled("en", False)
    assert all(s._pattern is None for s in signals)
    found = list(stance.tone_concerns(plain("I still think the decision was unfair."), "en"))
    assert found
    compiled = [s for s in signals if s._pattern is not None]
    assert 0 < len(compiled) < len(signals) // 4
    assert [c.category for c in found] == [c.category for c in stance.tone_concerns(
        plain("I still think the decision was unfair."), "en")]
