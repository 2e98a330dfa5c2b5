"""A character carrying thousands of combining marks is refused at its data key.

One value of ``"e" + "\\u0301" * 19999`` — within every length limit — made a
single grapheme whose PDF layout ran in the caller's own process for 16 to 20
seconds (an envelope, a window layout or a card likewise). No written language
stacks more than a few marks on one letter, and Unicode's stream-safe format
allows 30, so a run of more than 30 combining marks is refused (RJ205) where the
value is given, before any renderer sees it.
"""

from __future__ import annotations

from typing import Any

import pytest

import rejectlet
from rejectlet.data import MAX_STACKED_MARKS
from tests.security.test_email_encoded_words import compose_with

STACKED = {
    "one-mark": "e" + "\u0301" * 19_999,
    "mixed-marks": "a" + "\u0301\u0308\u0323" * 3_000,
    "enclosing": "x" + "\u20dd" * 500,
    "just-over": "e" + "\u0301" * (MAX_STACKED_MARKS + 1),
}


@pytest.mark.parametrize("key", ["detail", "recipient.address", "met_with"])
@pytest.mark.parametrize("text", STACKED.values(), ids=STACKED.keys())
def test_a_stack_of_marks_is_refused_at_its_key(key: str, text: str) -> None:
    value: Any = [text] if key == "met_with" else text
    with pytest.raises(rejectlet.DataError) as caught:
        compose_with(**{key: value})
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ205"
    assert diagnostic.location is not None
    assert diagnostic.location.key.startswith(key)


@pytest.mark.parametrize("text", [
    "Tomás Ortega",
    "e" + "\u0301" * MAX_STACKED_MARKS,
    "Nguyễn Thị Minh Khai",
    "संस्कृत" * 200,
    "日本語のテキスト" * 500,
], ids=["accent", "at-the-limit", "vietnamese", "devanagari", "japanese"])
def test_ordinary_text_with_marks_is_kept(text: str) -> None:
    letter = compose_with(detail=text)
    assert letter.data["detail"] == text


#: format characters (category Cf) that draw nothing between two marks
SEPARATORS = {
    "zero-width-space": "\u200b",
    "zero-width-joiner": "\u200d",
    "word-joiner": "\u2060",
    "soft-hyphen": "\u00ad",
    "byte-order-mark": "\ufeff",
}


@pytest.mark.parametrize("separator", SEPARATORS.values(), ids=SEPARATORS.keys())
@pytest.mark.parametrize("marks", [MAX_STACKED_MARKS + 1, 5_000], ids=["just-over", "many"])
def test_marks_split_by_format_characters_are_one_stack(separator: str, marks: int) -> None:
    text = "e" + separator.join(["\u0301"] * marks)
    with pytest.raises(rejectlet.DataError) as caught:
        compose_with(detail=text)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ205"
    assert diagnostic.location is not None
    assert diagnostic.location.key.startswith("detail")


@pytest.mark.parametrize("separator", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_format_characters_between_letters_are_kept(separator: str) -> None:
    text = "e" + separator.join(["\u0301"] * MAX_STACKED_MARKS) + "".join(
        ("a" + separator + "\u0301") * 100)
    letter = compose_with(detail=text)
    assert letter.data["detail"] == text
