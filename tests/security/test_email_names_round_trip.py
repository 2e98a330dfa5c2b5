"""Display names, subjects and addresses read back exactly, whatever their length
or the width of their characters.

A name that is not ASCII is written as RFC 2047 encoded words of at most 75
characters each, split only between characters; the space that folds between
two of them is no part of the name. The read-back decodes names the way the
standard has them decoded, and a refusal names the data key it came from.
"""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet.renderers.email import _addresses_read, _header_reads, display_name, header_text
from rejectlet.renderers.mime_writer import address_list, header_line, mailbox, unstructured
from tests.security.test_email_encoded_words import compose_with

ROOT = Path(__file__).resolve().parents[2]
ENCODED = re.compile(r"=\?utf-8\?[bq]\?[^?]*\?=")
ADDRESSES = st.from_regex(r"\A[a-z0-9][a-z0-9._+-]{0,30}@[a-z0-9-]{1,20}\.[a-z]{2,6}\Z")
NAMES = st.text(min_size=1, max_size=200).map(display_name).filter(bool)
EXAMPLES = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _raw_header(name: str, tokens: list[str]) -> str:
    """The header's raw value as a parser hands it on (folded, after 'Name:')."""
    line = header_line(name, tokens)
    message = email.message_from_bytes(line.encode("ascii") + b"\r\nbody\r\n",
                                       policy=policy.compat32)
    [(_, raw)] = message.raw_items()
    return str(raw)


def _words_fit(tokens: list[str]) -> None:
    for token in tokens:
        for word in ENCODED.findall(token):
            assert len(word) <= 75, word
    assert max(len(line) for line in header_line("To", tokens).split("\r\n")) <= 998


@EXAMPLES
@given(NAMES, ADDRESSES)
def test_any_display_name_reads_back_exactly(name: str, address: str) -> None:
    tokens = mailbox(name, address)
    _words_fit(tokens)
    assert _addresses_read(_raw_header("To", tokens)) == ((name, address),)


@EXAMPLES
@given(st.lists(st.tuples(NAMES, ADDRESSES), min_size=1, max_size=4))
def test_any_copy_list_reads_back_exactly(pairs: list[tuple[str, str]]) -> None:
    tokens = address_list(pairs)
    _words_fit(tokens)
    assert list(_addresses_read(_raw_header("Cc", tokens))) == pairs


@EXAMPLES
@given(st.text(min_size=1, max_size=400).map(header_text).filter(bool))
def test_any_subject_reads_back_exactly(subject: str) -> None:
    tokens = unstructured(subject)
    _words_fit(tokens)
    assert _header_reads("Subject", _raw_header("Subject", tokens)) == subject


@pytest.mark.parametrize("name", [
    "\U0001F600" * 167, "\U0001F600" * 200, " ".join(["\U0001F600" * 9] * 20),
    "Zoë " * 50, "漢字" * 100, "Ä" * 200,
], ids=["emoji-167", "emoji-200", "emoji-words", "zoe-words", "cjk-200", "a-umlaut-200"])
def test_a_long_wide_recipient_name_renders_and_reads_back(name: str) -> None:
    name = name.strip()
    letter = compose_with(**{"recipient.name": name})
    message = rejectlet.render(letter, "email", force=True)
    raw = str(message.get("To", ""))
    assert "@" in raw
    [(read_name, _)] = _addresses_read(_raw_compat(message, "To"))
    assert read_name == name


def test_a_long_wide_copy_name_renders(tmp_path: Path) -> None:
    name = "\U0001F600" * 190
    letter = compose_with(cc=[f"{name} <dana.whitfield@example.com>"])
    message = rejectlet.render(letter, "email", force=True)
    [(read_name, address)] = _addresses_read(_raw_compat(message, "Cc"))
    assert (read_name, address) == (name, "dana.whitfield@example.com")


def _raw_compat(message: Any, header: str) -> str:
    data = rejectlet.renderers.email.message_bytes(message)
    parsed = email.message_from_bytes(data, policy=policy.compat32)
    [raw] = [value for key, value in parsed.raw_items() if key == header]
    return str(raw)


def test_a_read_back_refusal_names_the_data_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import rejectlet.renderers.email as email_renderer

    example = ROOT / "examples" / "reply.yaml"
    letter = rejectlet.letter_from_file(example)
    name = str(letter.data["recipient.name"])
    monkeypatch.setattr(email_renderer, "_addresses_read",
                        lambda raw: () if name in raw else _addresses_read(raw))
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "email", force=True)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ430"
    assert diagnostic.key == "recipient.name"
    line = next(number for number, text in enumerate(
        example.read_text(encoding="utf-8").splitlines(), 1) if name in text)
    assert diagnostic.location is not None and diagnostic.location.line == line


COPY_NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                     min_size=1, max_size=60).map(display_name).filter(bool)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(COPY_NAMES, min_size=1, max_size=4), NAMES)
def test_the_returned_message_serialises_to_what_was_read_back(copies: list[str],
                                                               name: str) -> None:
    cc = [f"{copy} <c{index}@example.com>" for index, copy in enumerate(copies)]
    try:
        letter = compose_with(cc=cc, **{"recipient.name": name})
        message = rejectlet.render(letter, "email", force=True)
    except rejectlet.RejectletError:
        return  # a value the data rules refuse (a control character, '=?') is no message
    for raw in (bytes(message), message.as_string().encode("utf-8")):
        back = email.message_from_bytes(raw, policy=policy.default)
        assert [a.addr_spec for a in back["Cc"].addresses] == [
            f"c{index}@example.com" for index in range(len(copies))]
        assert [a.addr_spec for a in back["To"].addresses] == [
            str(letter.data["recipient.email"])]


def test_long_non_ascii_copy_names_keep_every_recipient() -> None:
    cc = [f"{'Näme' * 7} <u{index}@example.com>" for index in range(2)]
    message = rejectlet.render(compose_with(cc=cc), "email", force=True)
    back = email.message_from_bytes(bytes(message), policy=policy.default)
    assert [a.addr_spec for a in back["Cc"].addresses] == ["u0@example.com", "u1@example.com"]
