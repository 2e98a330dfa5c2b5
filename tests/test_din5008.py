"""A German letter printed to DIN 5008: the Betreff and the room for a signature,
measured in the PDF itself."""

from __future__ import annotations

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions

from .test_print_geometry import GERMAN_ADDRESS, GERMAN_REPLY, Word, find_block, find_line, open_pdf

pytestmark = pytest.mark.pdf

#: how far the measured signature gap may be from three blank lines, in lines
GAP_TOLERANCE = 0.5


def _words(layout: str) -> tuple[list[Word], str, str, str]:
    letter = rejectlet.letter_from_file(GERMAN_REPLY)
    pdf = rejectlet.render(letter, "pdf", options=PrintOptions(layout=layout))
    with open_pdf(pdf) as document:
        words = document.pages[0].extract_words(extra_attrs=["fontname", "size"])
    return words, letter.subject, letter.salutation, letter.closing


@pytest.fixture(scope="module", params=["din5008-a", "din5008-b", "a4-plain"])
def printed(request: pytest.FixtureRequest) -> tuple[list[Word], str, str, str]:
    return _words(request.param)


def test_betreff_is_printed_bold_between_address_and_salutation(
        printed: tuple[list[Word], str, str, str]) -> None:
    words, subject, salutation, _ = printed
    address = find_block(words, GERMAN_ADDRESS)
    betreff = find_line(words, subject)
    greeting = find_line(words, salutation)
    assert "Betreff" not in subject
    assert max(w["bottom"] for w in address) < betreff[0]["top"]
    assert betreff[0]["bottom"] < greeting[0]["top"]
    assert all("bold" in w["fontname"].lower() for w in betreff), \
        [w["fontname"] for w in betreff]
    assert not any("bold" in w["fontname"].lower() for w in greeting)


def test_three_blank_lines_are_left_for_the_signature(
        printed: tuple[list[Word], str, str, str]) -> None:
    words, _, salutation, closing = printed
    assert closing == "Mit freundlichen Grüßen"
    greeting = find_line(words, salutation)
    valediction = find_line(words, closing, below=greeting[0]["top"])
    signature = find_line(words, "Jonas Petersen", below=valediction[0]["top"])
    # the line pitch of the body text: the first two lines of the first paragraph
    body = sorted({round(w["top"], 1) for w in words if w["top"] > greeting[0]["bottom"]})
    pitch = body[1] - body[0]
    blank_lines = (signature[0]["top"] - valediction[0]["top"]) / pitch - 1
    assert blank_lines == pytest.approx(3, abs=GAP_TOLERANCE)


def test_an_english_letter_keeps_its_subject_out_of_print() -> None:
    letter = rejectlet.letter_from_file(GERMAN_REPLY.parent / "reply.yaml")
    pdf = rejectlet.render(letter, "pdf", options=PrintOptions(layout="letter-plain"))
    with open_pdf(pdf) as document:
        text = document.pages[0].extract_text()
    assert letter.subject
    assert letter.subject.split(" — ")[-1] not in text.replace("\n", " ")
