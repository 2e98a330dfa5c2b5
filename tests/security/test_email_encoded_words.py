"""RFC 2047 encoded words, and the read-back of every header.

A value holding ``=?charset?q?…?=`` passes every raw-character filter, yet mail
programs decode it into real line breaks and header text. Any value that reaches
a header is refused (RJ434) at its data key; and the finished message is read
back as a mail client would, so an added, doubled or changed header, or a body
that is not the two intended parts, is refused too.
"""

from __future__ import annotations

import base64
import dataclasses
import email
import functools
import quopri
from email import policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejectlet
import rejectlet.renderers.email as email_renderer
from rejectlet import RenderError
from rejectlet.cli import main
from rejectlet.controls import ACTING_CHARACTERS
from rejectlet.renderers.email import message_bytes
from rejectlet.yamlio import load_yaml_file
from tests.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[2]
ATTACK = "=?utf-8?q?X=0D=0AReply-To=3A_a@evil.example?="
PAYLOADS = ["X\r\nReply-To: a@evil.example", "X\r\nTo: b@evil.example",
            "X\r\n\r\nattacker's body", "X\nBcc: c@evil.example", "a, b@evil.example;",
            "\r\nSubject: hi"]


@functools.cache
def example_data() -> dict[str, Any]:
    return {str(key): value for key, value in load_yaml_file(EXAMPLE).items()}


@functools.cache
def classic() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


def compose_with(**values: Any) -> rejectlet.Letter:
    data = dict(example_data())
    for dotted, value in values.items():
        group, _, leaf = dotted.partition(".")
        if leaf:
            data[group] = {**data[group], leaf: value}
        else:
            data[group] = value
    return rejectlet.compose(classic(), "reply", data)


def refused(letter: rejectlet.Letter, fmt: str = "email") -> RenderError:
    with pytest.raises(RenderError) as caught:
        rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
    return caught.value


# -- the finding, in every place a value reaches a header ---------------------------------

@pytest.mark.parametrize(("key", "value"), [
    ("recipient.name", f"Dana {ATTACK}"), ("sender.name", f"Dana {ATTACK}"),
    ("role", f"Analyst {ATTACK}"), ("sender.email", "=?utf-8?q?a=0D=0A?=@example.com"),
    ("recipient.email", "=?utf-8?b?YQ0KQmNjOiBiQGV2aWwuZXhhbXBsZQ==?=@example.com")])
def test_an_encoded_word_in_a_header_value_is_refused_at_its_key(key: str, value: str) -> None:
    error = refused(compose_with(**{key: value}))
    assert [d.code for d in error.diagnostics] == ["RJ434"]
    assert error.diagnostics[0].key == key


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
@pytest.mark.parametrize("key", ["recipient.name", "sender.name", "role"])
def test_an_encoded_word_joined_by_dropping_a_direction_mark_is_refused(
        key: str, mark: str) -> None:
    # data may hold direction marks (overrides are refused as RJ215), and header
    # cleaning drops them, so '=<mark>?' would be written as '=?'
    value = f"={mark}?utf-8?q?x=0D=0ABcc:_evil@evil.example?="
    error = refused(compose_with(**{key: value}))
    assert {d.code for d in error.diagnostics} == {"RJ434"}
    assert key in [d.key for d in error.diagnostics]


def test_an_encoded_word_in_a_copy_name_is_refused() -> None:
    error = refused(compose_with(cc=[f"{ATTACK} <dana.whitfield@example.com>"]))
    assert [d.code for d in error.diagnostics] == ["RJ434"]
    assert error.diagnostics[0].key == "cc"


def test_the_mailto_link_refuses_encoded_words_in_the_subject_and_copies() -> None:
    assert [d.code for d in refused(compose_with(role=ATTACK), "mailto").diagnostics] == [
        "RJ434"]
    assert [d.code for d in refused(compose_with(cc=[f"{ATTACK} <d@example.com>"]),
                                    "mailto").diagnostics] == ["RJ434"]


def test_the_refusal_names_the_line_of_the_data_file(tmp_path: Path) -> None:
    source = EXAMPLE.read_text(encoding="utf-8").replace(
        "name: Elena Marsh", f"name: '{ATTACK}'")
    data = tmp_path / "reply.yaml"
    data.write_text(source, encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(data), "-f", "eml", "-o",
                                       str(tmp_path / "out.eml")])
    assert result.exit_code == 2
    line = next(n for n, text in enumerate(source.splitlines(), 1) if ATTACK in text)
    assert f"reply.yaml:{line}:" in result.output
    assert "RJ434" in result.output
    assert not (tmp_path / "out.eml").exists()


def test_a_batch_row_with_an_encoded_word_fails_alone(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(
        "recipient.name,recipient.email,organization,role,date\n"
        "Elena Marsh,elena.marsh@example.com,Northwind,Analyst,2026-11-23\n"
        f"{ATTACK},marcus.bell@example.com,Bluewater,Planner,2026-11-24\n"
        "Ana Lima,ana.lima@example.com,Cedar Rail,Scientist,2026-11-25\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "batch", str(table), "--profile", str(ROOT / "examples" / "batch" / "profile.yaml"),
        "-f", "eml", "--each", str(tmp_path / "{n}-{name}.eml")])
    assert result.exit_code == 1, result.output
    assert "row 3:" in result.output and "RJ434" in result.output
    assert "rows.csv:3:1" in result.output
    written = sorted(p.name for p in tmp_path.glob("*.eml"))
    assert written == ["001-elena-marsh.eml", "002-ana-lima.eml"]
    for path in tmp_path.glob("*.eml"):
        parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert parsed["Reply-To"] is None


# -- the read-back compares every header ------------------------------------------------

def tampered(change: Any) -> Any:
    """The message writer as before, then altered the way a folding surprise could."""
    original = email_renderer.write_message

    def altered(draft: Any) -> bytes:
        return bytes(change(original(draft)))
    return altered


@pytest.mark.parametrize(("change", "code"), [
    (lambda raw: raw.replace(b"\r\nSubject:", b"\r\nReply-To: a@evil.example\r\nSubject:", 1),
     "RJ435"),
    (lambda raw: raw.replace(b"\r\nSubject:", b"\r\nTo: b@evil.example\r\nSubject:", 1),
     "RJ430"),
    (lambda raw: raw.replace(b"\r\nSubject:", b"\r\nBcc: c@evil.example\r\nSubject:", 1),
     "RJ430"),
    (lambda raw: raw.replace(b"\r\nX-Unsent: 1", b"\r\nX-Unsent: 1\r\nX-Unsent: 0", 1),
     "RJ435"),
    (lambda raw: raw.replace(b"\r\nSubject: ", b"\r\nSubject: Re: ", 1), "RJ435"),
    (lambda raw: raw.replace(b"From: ", b"From: Other ", 1), "RJ430"),
    (lambda raw: raw.replace(b"\r\nSubject:", b"\r\n\r\nSubject:", 1), "RJ435"),
    (lambda raw: raw.replace(b"Dear ", b"Deer ", 1), "RJ435"),
    # an address header the parser cannot read at all is a mismatch, not a crash
    (lambda raw: raw.replace(b"\r\nTo: ", b"\r\nTo: =?utf-8?q?x=0D=0Ay?= ", 1), "RJ430"),
    (lambda raw: raw.replace(b"From: ", b"From: =?utf-8?q?x=0A?= ", 1), "RJ430"),
])
def test_any_header_or_body_that_reads_back_differently_is_refused(
        monkeypatch: pytest.MonkeyPatch, change: Any, code: str) -> None:
    letter = compose_with()
    monkeypatch.setattr(email_renderer, "write_message", tampered(change))
    assert code in [d.code for d in refused(letter).diagnostics]


def test_an_untouched_message_reads_back_whole() -> None:
    message = rejectlet.render(compose_with(), "email", force=True)
    parsed = email.message_from_bytes(message_bytes(message), policy=policy.default)
    assert list(parsed.keys()) == list(message.keys())


# -- a property over many encodings ------------------------------------------------------

def encoded_word(payload: str, charset: str, encoding: str) -> str:
    raw = payload.encode(charset.partition("*")[0], "replace")
    if encoding.lower() == "b":
        text = base64.b64encode(raw).decode("ascii")
    else:
        text = quopri.encodestring(raw, header=True).decode("ascii").replace("\n", "=0A")
    return f"=?{charset}?{encoding}?{text}?="


words = st.builds(encoded_word, st.sampled_from(PAYLOADS),
                  st.sampled_from(["utf-8", "UTF-8", "iso-8859-1", "us-ascii", "windows-1252",
                                   "utf-8*en"]),
                  st.sampled_from(["q", "Q", "b", "B"]))
around = st.sampled_from(["", "Dana ", " ", "Ms. ", "\t", "(", '"'])
KEYS = ["recipient.name", "sender.name", "role", "organization", "recipient.job_title"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=words, before=around, after=around, key=st.sampled_from(KEYS))
def test_no_encoded_word_ever_reaches_a_header(word: str, before: str, after: str,
                                               key: str) -> None:
    value = (before + word + after).strip() or word
    if ACTING_CHARACTERS.search(value.replace("\r\n", "\n")):
        # a raw control (a carriage return quoted-printable left alone) is refused first
        with pytest.raises(rejectlet.DataError) as refused_early:
            compose_with(**{key: value})
        assert {d.code for d in refused_early.value.diagnostics} <= {"RJ204", "RJ215"}
        return
    letter = compose_with(**{key: value})
    try:
        message = rejectlet.render(letter, "email", force=True)
    except RenderError as error:
        assert {d.code for d in error.diagnostics} <= {"RJ434"}, str(error)
        return
    # only a value that never reaches a header may render; then the headers are the
    # intended ones and nothing decodes to a line break or an extra header
    raw = message_bytes(message)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert list(parsed.keys()) == ["From", "To", "Cc", "Subject", "Date", "Message-ID",
                                   "X-Unsent", "MIME-Version", "Content-Type"]
    assert b"=?" not in raw.partition(b"\r\n\r\n")[0].replace(b"=?utf-8?", b"")
    for name in parsed:
        assert "\n" not in str(parsed[name]) and "\r" not in str(parsed[name])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(st.sampled_from("Dana=?qQbB_ -.'"), min_size=1, max_size=24)
       .filter(lambda n: "=?" not in n and n.strip(" -.'") != ""))
def test_equals_and_question_marks_apart_render_and_read_back(name: str) -> None:
    letter = dataclasses.replace(
        compose_with(), data={**compose_with().data, "recipient.name": name})
    message = rejectlet.render(letter, "email", force=True)
    parsed = email.message_from_bytes(message_bytes(message), policy=policy.default)
    [address] = parsed["To"].addresses
    assert address.addr_spec == "elena.marsh@example.com"
    assert "".join(address.display_name.split()) == "".join(name.split())
