"""A reminder's text is plain in every field: the bidirectional controls email
headers drop are dropped from the .ics summary, description and alarm too, so a
recipient's name cannot reorder what a calendar shows."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import rejectlet
from rejectlet.controls import BIDI_CONTROLS
from rejectlet.reminders import reminder
from tests.conftest import EXAMPLE

BIDI = ["\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c"]


def unfolded(ics: bytes) -> str:
    return ics.decode("utf-8").replace("\r\n ", "")


def fields(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.split("\r\n"):
        name, _, value = line.partition(":")
        found.setdefault(name, value)
    return found


@pytest.mark.parametrize("mark", BIDI)
def test_no_bidirectional_control_reaches_any_calendar_field(mark: str,
                                                             tmp_path: Path) -> None:
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               rejectlet.read_data_file(EXAMPLE))
    # a letter a program built itself: the data checks never saw these values
    data = {**letter.data, "recipient.name": f"Elena{mark} Marsh",
            "recipient.email": "elena@example.com",
            "organization": f"North{mark}wind", "role": f"{mark}Data Analyst"}
    letter = dataclasses.replace(letter, data=data)
    text = unfolded(reminder(letter, data_file=f"let{mark}ter.yaml").to_ical())
    assert BIDI_CONTROLS.search(text) is None
    seen = fields(text)
    assert seen["SUMMARY"] == "Check in with Elena Marsh (Northwind)"
    assert "Elena Marsh" in seen["DESCRIPTION"] and "Data Analyst" in seen["DESCRIPTION"]
    assert "letter.yaml" in seen["DESCRIPTION"]
    assert "Elena Marsh" in text.split("BEGIN:VALARM")[1]


def test_text_with_no_controls_is_unchanged() -> None:
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               rejectlet.read_data_file(EXAMPLE))
    letter = dataclasses.replace(letter, data={**letter.data, "recipient.name": "Ana Lima"})
    assert fields(unfolded(reminder(letter).to_ical()))["SUMMARY"].startswith(
        "Check in with Ana Lima")
