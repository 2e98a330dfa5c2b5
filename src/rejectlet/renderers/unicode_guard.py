"""One answer for text that is not valid Unicode, whatever made the letter.

Composing refuses a lone surrogate in the data (RJ204), but a letter can reach
a renderer by other roads: a program that builds or changes a ``Letter``
itself, or a template that spells one (``'\\ud800'``). No file format can
carry such text, and each writer used to fail in its own way, the PDF's
layout worker as a crash of its own (RJ418). Every format now refuses it the
same way before any work starts: RJ436, at the data value that holds it, or
at the part of the letter that does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..diagnostics import Location
from ..errors import RenderError
from ..model import Letter
from ..suggest import quoted

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Formats whose result is a message: their refusal keeps the email wording.
_MESSAGES = frozenset({"email", "mailto"})


def _texts(value: Any, depth: int = 0) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif depth < 16 and isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item, depth + 1)
    elif depth < 16 and isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key, depth + 1)
            yield from _texts(item, depth + 1)


def _holds_surrogate(value: Any) -> bool:
    return any(_SURROGATE.search(text) for text in _texts(value))


def _letter_parts(letter: Letter) -> Iterator[tuple[str, Any, Location | None]]:
    """Every text of the composed letter, with the place to point at."""
    for name in ("subject", "salutation", "closing", "signature", "date_line", "title",
                 "author", "sender_lines", "recipient_lines"):
        yield name, getattr(letter, name), None
    for block in letter.blocks:
        for paragraph in block.paragraphs:
            for run in paragraph.runs:
                yield f"section {quoted(block.section_id)}", (run.text, run.href), block.location


def _all_texts(letter: Letter) -> Iterator[str]:
    for value in letter.data.values():
        yield from _texts(value)
    for _, value, _ in _letter_parts(letter):
        yield from _texts(value)


def refuse_invalid_unicode(letter: Letter, fmt: str) -> None:
    """Raise RJ436 if any text of the letter or its data holds a lone surrogate.

    Nearly every letter holds none, so its texts are first searched as one string
    (a surrogate cannot arise from joining texts that hold none); only a letter that
    holds one is walked part by part, to name where."""
    if not _SURROGATE.search("".join(_all_texts(letter))):
        return
    carrier = "message" if fmt in _MESSAGES else "document"
    for key, value in letter.data.items():
        if _holds_surrogate(value):
            raise RenderError(
                f"{key} holds text that is not valid Unicode (a lone surrogate), which no "
                f"{carrier} can carry", letter.location_of_value(key) or letter.data_source
                or Location.of_key(key), code="RJ436", hint="pass the value as proper text")
    for part, value, where in _letter_parts(letter):
        if _holds_surrogate(value):
            raise RenderError(
                f"the letter's {part} holds text that is not valid Unicode (a lone "
                f"surrogate), which no {carrier} can carry",
                where or letter.data_source or Location.of_key(part), code="RJ436",
                hint="a template or a value made a lone surrogate; remove it")
