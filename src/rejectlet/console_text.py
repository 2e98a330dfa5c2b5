"""Text the command line writes, held to what the receiving stream can carry.

Standard output and standard error are not always UTF-8: a Windows pipe is often
cp1252, and ``PYTHONIOENCODING`` can name any codec. A letter, a report or a
message that holds a character such a stream cannot encode would otherwise end in
an encoding traceback halfway through the output. Messages are informational, so
their stray characters are shown as escapes; JSON stays valid by escaping; a
letter or a data file written to such a stream is refused whole, before any of it
is written, because a changed letter is lost data.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from typing import TextIO

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def stream_encoding(stream: TextIO) -> str:
    """The codec name the stream encodes with (UTF-8 when it does not say)."""
    return getattr(stream, "encoding", None) or "utf-8"


def first_unwritable(text: str, stream: TextIO) -> str | None:
    """The first character of ``text`` the stream's encoding cannot carry, if any.

    Strict encoding of the whole text is the one honest test; the common UTF-8 case
    is answered without encoding anything.
    """
    encoding = stream_encoding(stream)
    if codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32"):
        return None
    try:
        text.encode(encoding)
    except UnicodeEncodeError as exc:
        return text[exc.start]
    return None


def json_escaped(text: str) -> str:
    """JSON text with every non-ASCII character written as a ``\\u`` escape.

    Outside strings JSON is ASCII, so this reads back to the same value on any
    stream (characters beyond U+FFFF become their UTF-16 surrogate pair, as JSON
    requires).
    """
    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code <= 0xFFFF:
            return f"\\u{code:04x}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return _NON_ASCII.sub(escape, text)


def forgive_messages(stream: TextIO) -> None:
    """Show characters the message stream cannot encode as escapes, not a traceback."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    with contextlib.suppress(ValueError, OSError):  # a closed stream keeps its setting
        reconfigure(errors="backslashreplace")
