"""Header injection, checked with Hypothesis: whatever names, subjects, roles and copy
addresses hold (line breaks of every kind, colons, whole header lines), the message
either is refused with RJ430 because an address is unusable (or RJ434 because a value
holds the start of an encoded word, ``=?``), or has exactly the
expected headers, exactly the expected recipients, and no header line that the data
smuggled in.

Each property runs 200 examples (about 600 messages over the three of them).
"""

from __future__ import annotations

import dataclasses
import email
import functools
import unicodedata
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet import RejectletError, RenderError
from rejectlet.controls import ACTING_CHARACTERS
from rejectlet.renderers.email import ENCODED_WORD, message_bytes
from rejectlet.yamlio import load_yaml_file
from tests.conftest import EXAMPLE

EXAMPLES = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

BREAKS = ["\r", "\n", "\r\n", "\n\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85",
          "\u2028", "\u2029", "\t", "\x00"]
HEADER_TEXT = ["Bcc: x@evil.example", "\r\nTo: y@evil.example", "\nCc: z@evil.example",
               "\r\nBcc: x@evil.example", "\r\n\r\nbody", "Subject: hi", "X-Unsent: 0",
               "Content-Type: text/html", "\u2028Bcc: x@evil.example", ":", ";", ",", "<",
               ">", '"', "\\", "(", ")", "@", "x@evil.example",
               "=?utf-8?q?=0D=0ABcc=3A_x@evil.example?=", "=?", "?=", "=?utf-8?b?DQo=?="]
WORDS = ["Elena", "Marsh", "Tomás", "Ортега", "陈", "O'Brien", "-", ".", " ", "  "]
ALL_BREAKS = set(BREAKS) | {"\u2028", "\u2029", "\x85"}
SAFE_NAME_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz '.-"

GOOD_ADDRESSES = ["dana.whitfield@example.com", "tomas.ortega@example.org",
                  "o'brien+jobs@mail.example.co.uk", "a@example.net"]
BAD_ADDRESSES = ["", "elena.marsh", "elena@@example.com", "elena@example",
                 "elena.marsh@example.com\r\nBcc: x@evil.example",
                 "elena.marsh@example.com, x@evil.example",
                 "Elena <elena.marsh@example.com>", "elena marsh@example.com"]
#: Copy entries that are header text, not an address: each must be refused.
RAW_INJECTIONS = ["Bcc: x@evil.example", "\r\nTo: y@evil.example",
                  "dana.whitfield@example.com\r\nBcc: x@evil.example",
                  "dana.whitfield@example.com\nCc: z@evil.example",
                  "Cc: z@evil.example", "dana.whitfield@example.com, x@evil.example"]

#: A long name holding header specials: however the header is folded, it must stay
#: one display name and add no recipients.
TITLED_NAME = "Elena Marsh, Director of Analytics at Northwind: y@evil.example, z@evil.example;"
#: A copy whose non-Latin display name is encoded next to the list's separating comma.
CYRILLIC_COPY = "Ортега Иванова <dana.whitfield@example.com>"

BASE_HEADERS = ["From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "MIME-Version",
                "Content-Type"]


def expected_headers(has_cc: bool) -> list[str]:
    return BASE_HEADERS[:2] + (["Cc"] if has_cc else []) + BASE_HEADERS[2:]


fragment = st.one_of(
    st.sampled_from(BREAKS + HEADER_TEXT + WORDS),
    st.text(max_size=3),
)
nasty_text = st.lists(fragment, min_size=1, max_size=8).map("".join)


def signature(text: str) -> str:
    """Text without its spacing and control characters: what survives any folding."""
    return "".join(ch for ch in text
                   if not ch.isspace() and unicodedata.category(ch) != "Cc")


def name_words(text: str) -> str:
    """The letters and digits of a name, in order: what a display name must keep even
    when punctuation that would give the header structure is dropped from it."""
    return "".join(ch for ch in text if ch.isalnum())


@dataclass(frozen=True)
class Copy:
    """One cc entry as written in the data, with what it should come to."""

    entry: str
    address: str | None  # the address the entry names; None for header text
    must_work: bool  # a plain entry every renderer must accept
    name: str = ""


def bare(address: str) -> Copy:
    return Copy(address, address, True)


def named(name: str, address: str, safe: bool) -> Copy:
    return Copy(f"{name} <{address}>", address, safe, name)


copies = st.lists(
    st.one_of(
        st.sampled_from(GOOD_ADDRESSES).map(bare),
        st.builds(named, st.text(SAFE_NAME_ALPHABET, min_size=1, max_size=20)
                  .filter(lambda n: n.strip(" '.-") != "" and n == n.strip()),
                  st.sampled_from(GOOD_ADDRESSES), st.just(True)),
        st.builds(named, nasty_text, st.sampled_from(GOOD_ADDRESSES), st.just(False)),
        st.sampled_from(RAW_INJECTIONS).map(lambda raw: Copy(raw, None, False)),
    ),
    max_size=3,
)


@functools.cache
def example_letter() -> rejectlet.Letter:
    return rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                             rejectlet.read_data_file(EXAMPLE))


@functools.cache
def example_data() -> dict[str, Any]:
    data = load_yaml_file(EXAMPLE)
    return {str(key): value for key, value in data.items()}


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def header_lines(raw: bytes) -> list[bytes]:
    """The raw header block, one physical line each (split on CRLF only)."""
    head, separator, _ = raw.partition(b"\r\n\r\n")
    assert separator, "no blank line ends the header block"
    return head.split(b"\r\n")


def check_raw_header_block(raw: bytes, expected: list[str]) -> None:
    lines = header_lines(raw)
    names: list[str] = []
    for line in lines:
        assert b"\r" not in line and b"\n" not in line, f"a bare line break in {line!r}"
        assert line.isascii(), f"unencoded header text {line!r}"
        if line[:1] in (b" ", b"\t"):
            continue
        name, colon, _ = line.partition(b":")
        assert colon, f"a header line without a name: {line!r}"
        names.append(name.decode("ascii"))
    assert names == expected, f"header lines start with {names}"


def addresses(message: EmailMessage, header: str) -> list[tuple[str, str]]:
    """(name, address) pairs of an address header, failing clearly if it does not parse."""
    raw = [value for name, value in message.raw_items() if name.lower() == header.lower()]
    if not raw:
        return []
    try:
        return [(a.display_name, a.addr_spec) for a in message[header].addresses]
    except Exception as error:  # the standard parser chokes on some broken headers
        pytest.fail(f"the {header} header does not parse as addresses ({error!r}): {raw!r}")


def check_message(raw: bytes, *, sender: tuple[str, str], recipient: tuple[str, str],
                  subject: str, cc: list[Copy]) -> EmailMessage:
    expected = expected_headers(bool(cc))
    check_raw_header_block(raw, expected)
    message = parse(raw)
    assert list(message.keys()) == expected
    assert message["Bcc"] is None
    [(from_name, from_address)] = addresses(message, "From")
    assert from_address == sender[1]
    assert name_words(from_name) == name_words(sender[0])
    [(to_name, to_address)] = addresses(message, "To")
    assert to_address == recipient[1]
    assert name_words(to_name) == name_words(recipient[0])
    copied = addresses(message, "Cc")
    assert [address for _, address in copied] == [c.address for c in cc]
    for (shown, _), wanted in zip(copied, cc, strict=True):
        if wanted.must_work and wanted.name:
            assert name_words(shown) == name_words(wanted.name)
    assert signature(str(message["Subject"])) == signature(subject)
    everyone = [address for header in ("To", "Cc") for _, address in addresses(message, header)]
    assert not any(address.endswith("evil.example") for address in everyone)
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "multipart/alternative"
    return message


# -- property 1: any names, subject and copies on a composed letter -----------------------

@EXAMPLES
@example(recipient_name=TITLED_NAME, sender_name="Priya Raman", subject="Thank you", cc=[],
         recipient_address="dana.whitfield@example.com",
         sender_address="priya.raman@example.com")
@example(recipient_name="Elena Marsh", sender_name="Priya Raman", subject="Thank you",
         cc=[Copy("Bcc: x@evil.example", None, False)],
         recipient_address="dana.whitfield@example.com",
         sender_address="priya.raman@example.com")
@given(recipient_name=nasty_text, sender_name=nasty_text, subject=nasty_text, cc=copies,
       recipient_address=st.one_of(st.sampled_from(GOOD_ADDRESSES),
                                   st.sampled_from(BAD_ADDRESSES)),
       sender_address=st.one_of(st.just("priya.raman@example.com"),
                                st.sampled_from(BAD_ADDRESSES)))
def test_names_subjects_and_copies_never_add_headers_or_recipients(
        recipient_name: str, sender_name: str, subject: str, cc: list[Copy],
        recipient_address: str, sender_address: str) -> None:
    base = example_letter()
    data = {**base.data, "recipient.name": recipient_name, "recipient.email": recipient_address,
            "sender.name": sender_name, "sender.email": sender_address,
            "cc": [c.entry for c in cc]}
    letter = dataclasses.replace(base, data=data, subject=subject, title=subject)
    addresses_usable = recipient_address in GOOD_ADDRESSES and sender_address not in \
        BAD_ADDRESSES
    encoded = any(ENCODED_WORD in value for value in (
        recipient_name, sender_name, subject, recipient_address, sender_address,
        *(c.entry for c in cc)))
    must_work = addresses_usable and all(c.must_work for c in cc) and not encoded
    must_fail = not addresses_usable or any(c.address is None for c in cc) or encoded
    try:
        message = rejectlet.render(letter, "email", force=True)
    except RenderError as error:
        event("refused")
        assert not must_work, f"a usable message was refused: {error}"
        assert {d.code for d in error.diagnostics} == ({"RJ434"} if encoded else {"RJ430"}), \
            str(error)
        return
    event("rendered")
    assert not must_fail, f"rendered although an address is unusable: {message['Cc']}"
    check_message(message_bytes(message), sender=(sender_name, sender_address),
                  recipient=(recipient_name, recipient_address),
                  subject=subject, cc=cc)


# -- property 2: values given as data, through compose and render ---------------------

one_line_fragment = st.one_of(
    st.sampled_from([b for b in BREAKS if "\n" not in b]
                    + [h for h in HEADER_TEXT if "\n" not in h] + WORDS),
    st.text(st.characters(blacklist_characters="\n[]{}%#", blacklist_categories=("Cs",)),
            max_size=3),
)
one_line_text = st.lists(one_line_fragment, min_size=1, max_size=8).map("".join)


@EXAMPLES
@example(recipient_name=TITLED_NAME.removeprefix("Elena "), sender_name="Raman", role="Lead")
@example(recipient_name="Marsh", sender_name=TITLED_NAME, role="Lead")
@given(recipient_name=one_line_text, sender_name=one_line_text, role=one_line_text)
def test_names_and_role_from_data_never_add_headers(recipient_name: str, sender_name: str,
                                                    role: str) -> None:
    data = example_data()
    values = {**data,
              "sender": {**data["sender"], "name": "Priya " + sender_name},
              "recipient": {**data["recipient"], "name": "Elena " + recipient_name},
              "role": "Analyst " + role}
    if any(ACTING_CHARACTERS.search(value.replace("\r\n", "\n"))
           for value in (recipient_name, sender_name, role)):
        # a control character or bidirectional override is refused at its key
        with pytest.raises(RejectletError) as refused:
            rejectlet.compose(rejectlet.load_pack("classic"), "reply", values)
        assert {d.code for d in refused.value.diagnostics} == {"RJ215"}
        return
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply", values)
    # force: the letter rules (placeholders such as '<Elena>') are not what is tested here
    if any(ENCODED_WORD in value for value in (recipient_name, sender_name, role)):
        with pytest.raises(RenderError) as caught:
            rejectlet.render(letter, "email", force=True)
        assert {d.code for d in caught.value.diagnostics} == {"RJ434"}
        return
    message = rejectlet.render(letter, "email", force=True)
    check_message(message_bytes(message),
                  sender=("Priya " + sender_name, "priya.raman@example.com"),
                  recipient=("Elena " + recipient_name, "elena.marsh@example.com"),
                  subject=f"Priya {sender_name} — Analyst {role} Position",
                  cc=[bare("dana.whitfield@example.com")])


# -- property 3: copy entries alone, the place the addresses themselves come from ----------

@EXAMPLES
@example(cc=[Copy("Bcc: x@evil.example", None, False)])
@example(cc=[named("Dana\u2028Bcc: x@evil.example", "dana.whitfield@example.com", False)])
@example(cc=[Copy(CYRILLIC_COPY, "dana.whitfield@example.com", True, "Ортега Иванова"),
             bare("tomas.ortega@example.org")])
@given(cc=st.lists(st.one_of(
    st.builds(named, nasty_text, st.sampled_from(GOOD_ADDRESSES), st.just(False)),
    st.sampled_from(RAW_INJECTIONS).map(lambda raw: Copy(raw, None, False))),
    min_size=1, max_size=2))
def test_copy_entries_never_smuggle_in_other_recipients(cc: list[Copy]) -> None:
    base = example_letter()
    letter = dataclasses.replace(base, data={**base.data, "cc": [c.entry for c in cc]})
    try:
        message = rejectlet.render(letter, "email", force=True)
    except RenderError as error:
        event("refused")
        encoded = any(ENCODED_WORD in c.entry for c in cc)
        assert {d.code for d in error.diagnostics} == ({"RJ434"} if encoded else {"RJ430"}), \
            str(error)
        return
    event("rendered")
    assert all(c.address is not None for c in cc), \
        f"header text accepted as a copy address: {[c.entry for c in cc]!r} -> {message['Cc']}"
    check_message(message_bytes(message), sender=("Priya Raman", "priya.raman@example.com"),
                  recipient=("Elena Marsh", "elena.marsh@example.com"),
                  subject="Priya Raman — Senior Data Analyst Position", cc=cc)


# -- the folding itself, character by character -------------------------------------------

@pytest.mark.parametrize("separator", sorted(ALL_BREAKS - {"\x00", "\t"}))
def test_every_line_break_in_a_name_becomes_one_space(separator: str) -> None:
    base = example_letter()
    letter = dataclasses.replace(base, data={**base.data,
                                             "recipient.name": f"Elena{separator}Marsh"})
    message = parse(message_bytes(rejectlet.render(letter, "email", force=True)))
    assert addresses(message, "To") == [("Elena Marsh", "elena.marsh@example.com")]


def test_a_line_break_in_a_one_line_name_is_refused_when_composing() -> None:
    data = example_data()
    values = {**data, "recipient": {**data["recipient"], "name": "Elena\nBcc: x@evil.example"}}
    with pytest.raises(RejectletError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", values)
    assert [d.code for d in caught.value.diagnostics] == ["RJ204"]


# -- the cases the properties found, one by one ---------------------------------------------

def render_with(**values: Any) -> tuple[EmailMessage | None, RenderError | None]:
    base = example_letter()
    letter = dataclasses.replace(base, data={**base.data, **values})
    try:
        message = rejectlet.render(letter, "email", force=True)
    except RenderError as error:
        return None, error
    return parse(message_bytes(message)), None


@pytest.mark.parametrize("entry", [
    "Bcc: x@evil.example",
    "To: y@evil.example <dana.whitfield@example.com>",
    "Dana\u2028Bcc: x@evil.example <dana.whitfield@example.com>",
    "Dana\x0bCc: x@evil.example <dana.whitfield@example.com>",
])
def test_header_text_in_a_copy_entry_never_becomes_a_recipient(entry: str) -> None:
    message, error = render_with(cc=[entry])
    if error is not None:
        assert {d.code for d in error.diagnostics} == {"RJ430"}
        return
    assert message is not None
    assert "<dana.whitfield@example.com>" in entry, f"{entry!r} is no address, yet accepted"
    assert [address for _, address in addresses(message, "Cc")] == [
        "dana.whitfield@example.com"]


def test_a_copy_entry_with_two_addresses_loses_neither() -> None:
    message, error = render_with(cc=["dana.whitfield@example.com, tomas.ortega@example.org"])
    if error is not None:
        assert {d.code for d in error.diagnostics} == {"RJ430"}
        return
    assert message is not None
    assert [address for _, address in addresses(message, "Cc")] == [
        "dana.whitfield@example.com", "tomas.ortega@example.org"]


@pytest.mark.parametrize("field", ["recipient.name", "sender.name"])
def test_a_long_name_with_colons_and_commas_stays_one_name(field: str) -> None:
    message, error = render_with(**{field: TITLED_NAME})
    assert error is None
    assert message is not None
    header = "To" if field == "recipient.name" else "From"
    expected = "elena.marsh@example.com" if header == "To" else "priya.raman@example.com"
    [(shown, address)] = addresses(message, header)
    assert address == expected
    assert name_words(shown) == name_words(TITLED_NAME)


def test_a_non_latin_copy_name_keeps_every_copy() -> None:
    message, error = render_with(cc=[CYRILLIC_COPY, "tomas.ortega@example.org"])
    assert error is None
    assert message is not None
    assert addresses(message, "Cc") == [("Ортега Иванова", "dana.whitfield@example.com"),
                                        ("", "tomas.ortega@example.org")]
