"""Bidirectional controls never reach an email header or a mailto: subject.

A right-to-left override in a display name can make a mail client show an
address or a subject in another order than it was written ("moc.elpmaxe"),
so header text drops every bidirectional control (docs/email.md). Each
header a value can reach is tried with each control, and the message that
comes out must hold none of them in any header, raw or decoded, and must
still read back whole.
"""

from __future__ import annotations

import dataclasses
import email
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest

import rejectlet
from rejectlet.renderers.email import header_text, message_bytes
from tests.security.test_email_encoded_words import compose_with

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c"]
C1 = ["\x80", "\x8d", "\x9b", "\x9f"]

#: Each value that reaches a header, and the header it reaches.
PLACES = [("recipient.name", "To"), ("sender.name", "From"), ("role", "Subject")]


def built_with(key: str, value: str, control: str) -> rejectlet.Letter:
    """A letter whose value (and the subject made from it) holds a control that
    composing refuses (RJ215) or keeps (a direction mark): what reaches the renderer
    from a program that builds or changes a letter itself."""
    clean = value.replace(control, "")
    letter = compose_with(**{key: clean})
    return dataclasses.replace(letter, data={**letter.data, key: value},
                               subject=letter.subject.replace(clean, value))


def _has_any(text: str, characters: list[str]) -> bool:
    return any(char in text for char in characters)


@pytest.mark.parametrize("control", BIDI + C1,
                         ids=[f"U+{ord(c):04X}" for c in BIDI + C1])
@pytest.mark.parametrize(("key", "header"), PLACES, ids=[key for key, _ in PLACES])
def test_no_control_reaches_a_header(key: str, header: str, control: str) -> None:
    letter = built_with(key, f"Dana{control} Reed{control}lpmaxe", control)
    message = rejectlet.render(letter, "email", force=True)
    raw = message_bytes(message)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    for name, value in parsed.items():
        assert not _has_any(str(value), BIDI + C1), (name, value)
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8")
    assert not _has_any(head, BIDI + C1)
    assert "Dana Reed" in str(parsed[header])


@pytest.mark.parametrize("control", BIDI)
def test_a_copy_name_loses_its_controls(control: str) -> None:
    letter = compose_with(cc=["Carl <carl@example.com>"])
    letter = dataclasses.replace(letter, data={**letter.data,
                                               "cc": [f"Ca{control}rl <carl@example.com>"]})
    message = rejectlet.render(letter, "email", force=True)
    parsed = email.message_from_bytes(message_bytes(message), policy=policy.default)
    assert str(parsed["Cc"]) == "Carl <carl@example.com>"


@pytest.mark.parametrize("control", BIDI)
def test_the_mailto_subject_loses_its_controls(control: str) -> None:
    letter = built_with("role", f"Ana{control}lyst", control)
    link = rejectlet.render(letter, "mailto", force=True)
    subject = parse_qs(urlsplit(link).query)["subject"][0]
    assert not _has_any(subject, BIDI)
    assert "Analyst" in subject


@pytest.mark.parametrize("control", BIDI)
def test_an_address_holding_a_control_is_refused(control: str) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        letter = compose_with(**{"recipient.email": f"dana{control}@example.com"})
        rejectlet.render(letter, "email", force=True)
    assert {d.code for d in caught.value.diagnostics} <= {"RJ204", "RJ215", "RJ430"}
    assert all(d.location is not None for d in caught.value.diagnostics)


def test_header_text_keeps_right_to_left_letters() -> None:
    """Only the invisible controls go: Hebrew and Arabic names stay as written."""
    assert header_text("\u05d3\u05e0\u05d4 \u202eLevi") == "\u05d3\u05e0\u05d4 Levi"
    assert header_text("\u0633\u0627\u0631\u0629\u061c") == "\u0633\u0627\u0631\u0629"
