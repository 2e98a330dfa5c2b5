"""The bytes of the one kind of message rejectlet writes, without the email package.

A letter's message is always the same shape: a few headers whose text was
already cleaned by the email renderer (one line, no control characters, no
``=?``), then a multipart/alternative body of a text part and an HTML part.
Building it through ``EmailMessage`` parsed every header as it was set and
again as it was written, about half of the cost of a message; writing exactly
this shape directly costs a fraction of that. The writer does not have to be
trusted: the renderer parses the bytes with the standard library's parser
afterwards and refuses the message unless every header and both parts read
back as intended.

What it writes: RFC 5322 headers folded at spaces to 78 characters, non-ASCII
text as RFC 2047 encoded words (``=?utf-8?q?…?=`` or ``=?utf-8?b?…?=``, each at
most 75 characters, in display names too), display names as atoms, a quoted
string or encoded words, and parts in 7bit or 8bit when every line is short, otherwise
quoted-printable, with CRLF line ends throughout.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: The longest header line written when it can be folded (RFC 5322's "should").
LINE = 78
#: RFC 2047's limit on one encoded word.
_WORD = 75
_Q_PREFIX = "=?utf-8?q?"
_B_PREFIX = "=?utf-8?b?"
#: Characters a Q-encoded word may carry as themselves anywhere, phrases included
#: (RFC 2047 section 5 (3)); everything else is =XX, and a space is "_".
_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
#: RFC 5322 atext: a display name made only of these (and single spaces) needs no quotes.
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
#: A token longer than this is written as encoded words, so no line passes 998.
_LONG_TOKEN = 900


def _q_byte(byte: int) -> str:
    if byte in _Q_SAFE:
        return chr(byte)
    return "_" if byte == 0x20 else f"={byte:02X}"


_Q_CHARS = [_q_byte(b) for b in range(256)]


def encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 encoded words in UTF-8 of at most 75 characters each,
    never splitting a character.

    Q encoding for text that is mostly ASCII (it stays readable), B for the rest.
    In free text, adjacent encoded words decode to their texts joined with
    nothing between, so the words together read exactly ``text``."""
    ascii_share = sum(ch.isascii() for ch in text) / max(len(text), 1)
    words: list[str] = []
    if ascii_share >= 0.5:
        room = _WORD - len(_Q_PREFIX) - 2
        current = ""
        for ch in text:
            piece = "".join(_Q_CHARS[b] for b in ch.encode("utf-8"))
            if len(current) + len(piece) > room:
                words.append(f"{_Q_PREFIX}{current}?=")
                current = ""
            current += piece
        words.append(f"{_Q_PREFIX}{current}?=")
        return words
    room = (_WORD - len(_B_PREFIX) - 2) // 4 * 3
    chunk = b""
    for ch in text:
        raw = ch.encode("utf-8")
        if len(chunk) + len(raw) > room:
            words.append(f"{_B_PREFIX}{base64.b64encode(chunk).decode('ascii')}?=")
            chunk = b""
        chunk += raw
    words.append(f"{_B_PREFIX}{base64.b64encode(chunk).decode('ascii')}?=")
    return words


def _plain(token: str) -> bool:
    return token.isascii() and len(token) <= _LONG_TOKEN


def unstructured(text: str) -> list[str]:
    """A free-text header value (a subject) as tokens to be joined by spaces.

    ASCII words are written as they are; each run of words that are not (with
    the spaces inside the run) becomes encoded words. A space between an encoded
    word and a plain word is kept by a reader, one between two encoded words is
    not, which is why a run is encoded as one text."""
    tokens: list[str] = []
    run: list[str] = []
    for word in text.split(" "):
        if _plain(word):
            if run:
                tokens += encoded_words(" ".join(run))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens += encoded_words(" ".join(run))
    return tokens


def mailbox(name: str, address: str) -> list[str]:
    """One address as header tokens: ``addr``, ``Name <addr>``, ``"Ms. Name" <addr>`` or
    ``=?utf-8?…?= =?utf-8?…?= <addr>``. The name has no quote or backslash (the
    renderer removed every character that gives an address header structure).

    A name that is not ASCII is written as encoded words of at most RFC 2047's 75
    characters each, split only between characters; the spaces of the name are
    inside the words, and the folding space between two adjacent encoded words
    is no part of the name (RFC 2047 section 6.2), so the words read back as
    exactly the name, however long it is and however wide its characters."""
    if not name:
        return [address]
    if _ATOM.fullmatch(name):
        words = name.split(" ")
    elif _plain(name) and '"' not in name and "\\" not in name:
        words = f'"{name}"'.split(" ")
    else:
        words = encoded_words(name)
    return [*words, f"<{address}>"]


def address_list(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """Several addresses as header tokens, separated by commas."""
    tokens: list[str] = []
    for index, (name, address) in enumerate(pairs):
        tokens += mailbox(name, address)
        if index < len(pairs) - 1:
            tokens[-1] += ","
    return tokens


def header_line(name: str, tokens: Sequence[str]) -> str:
    """``Name: tokens`` folded before a token wherever a line would pass 78 characters."""
    lines: list[str] = []
    current = f"{name}:"
    for token in tokens:
        if len(current) + 1 + len(token) > LINE and current != f"{name}:":
            lines.append(current)
            current = ""
        current += " " + token
    lines.append(current)
    return "\r\n".join(lines) + "\r\n"


@dataclass(frozen=True, slots=True)
class Part:
    """One text part: its subtype (``plain`` or ``html``) and its text."""

    subtype: str
    text: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A whole message to write: its top-level headers (name, tokens) in order, the
    boundary between parts, and the parts."""

    headers: tuple[tuple[str, tuple[str, ...]], ...]
    boundary: str
    parts: tuple[Part, ...]


def _body(text: str) -> tuple[str, bytes]:
    """A part's transfer encoding and body bytes, chosen as the email package's
    content manager chooses for UTF-8 text: short lines stay as they are (7bit, or
    8bit when not ASCII), longer ones are quoted-printable."""
    lines = text.encode("utf-8").splitlines()
    if max((len(line) for line in lines), default=0) <= LINE:
        body = b"\r\n".join(lines) + b"\r\n"
        return ("7bit" if body.isascii() else "8bit"), body
    encoded = binascii.b2a_qp(b"\n".join(lines) + b"\n", istext=True)
    return "quoted-printable", encoded.replace(b"\n", b"\r\n")


def write_message(draft: Draft) -> bytes:
    """The message's bytes, ready for a .eml file."""
    out = [header_line(name, tokens).encode("ascii") for name, tokens in draft.headers]
    out.append(b"\r\n")
    boundary = draft.boundary.encode("ascii")
    for part in draft.parts:
        encoding, body = _body(part.text)
        out += [b"--", boundary, b"\r\n",
                f'Content-Type: text/{part.subtype}; charset="utf-8"\r\n'
                f"Content-Transfer-Encoding: {encoding}\r\n\r\n".encode("ascii"),
                body, b"\r\n"]
    out += [b"--", boundary, b"--\r\n"]
    return b"".join(out)


__all__ = ["Draft", "Part", "address_list", "encoded_words", "header_line", "mailbox",
           "unstructured", "write_message"]
