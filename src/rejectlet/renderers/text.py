"""Plain text: what goes in an email body or a text box, wrapped at 72 columns.

Built from the letter's paragraphs and runs, not from HTML, so emphasis simply
disappears and links keep their address in parentheses.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache

from ..model import Letter, Paragraph
from ..textfmt import ps_label, subject_label

WIDTH = 72


def render_text(letter: Letter, width: int = WIDTH, *, include_subject: bool = True) -> str:
    """The letter as wrapped plain text, ending in one newline."""
    parts: list[str] = []
    if letter.subject and include_subject:
        parts.append(f"{subject_label(letter.language)} {letter.subject}")
    if letter.salutation:
        parts.append(_wrap(letter.salutation, width))
    for block in letter.body:
        parts.extend(_block(block.paragraphs, width))
    closing = [letter.closing] if letter.closing else []
    parts.append("\n".join([*closing, *letter.signature.splitlines()]))
    for block in letter.postscripts:
        label = ps_label(letter.language)
        for index, paragraph in enumerate(block.paragraphs):
            parts.append(_paragraph(paragraph, width, label if index == 0 else ""))
    return "\n\n".join(part for part in parts if part) + "\n"


def _block(paragraphs: tuple[Paragraph, ...], width: int) -> list[str]:
    """Paragraphs of a block; the items of one list stay together, line after line."""
    out: list[str] = []
    previous_kind = ""
    number = 0
    for paragraph in paragraphs:
        number = number + 1 if paragraph.kind == "number" and previous_kind == "number" else 1
        text = _paragraph(paragraph, width, number=number)
        if out and paragraph.kind in ("bullet", "number") and paragraph.kind == previous_kind:
            out[-1] += "\n" + text
        else:
            out.append(text)
        previous_kind = paragraph.kind
    return out


def paragraph_text(paragraph: Paragraph) -> str:
    """A paragraph's words with links spelled out, as a reader of plain text needs."""
    pieces: list[str] = []
    for run in paragraph.runs:
        pieces.append(run.text)
        if run.href and run.href.removeprefix("mailto:") not in run.text:
            pieces.append(f" ({run.href.removeprefix('mailto:')})")
    return "".join(pieces)


def _paragraph(paragraph: Paragraph, width: int, label: str = "", number: int = 1) -> str:
    text = paragraph_text(paragraph)
    if label:
        text = f"{label} {text}"
    first, rest = "", ""
    if paragraph.kind == "bullet":
        first, rest = "- ", "  "
    elif paragraph.kind == "number":
        first = f"{number}. "
        rest = " " * len(first)
    elif paragraph.kind == "quote":
        first, rest = "> ", "> "
    lines = text.split("\n")
    wrapped = [_wrap(line, width, first if i == 0 else rest, rest) for i, line in enumerate(lines)]
    return "\n".join(wrapped)


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> str:
    if len(text) <= MEMO_CHARS:
        return _wrapped(text, width, first, rest)
    return _fill(text, width, first, rest)


#: Paragraphs up to this long have their wrapped form remembered.
MEMO_CHARS = 2_000


@lru_cache(maxsize=1_024)
def _wrapped(text: str, width: int, first: str, rest: str) -> str:
    """A paragraph's wrapped lines, remembered: most of a batch's paragraphs (the
    profile's, the pack's fixed ones, those naming the same organisation) come
    back letter after letter, and an email wraps the same text as the text file."""
    return _fill(text, width, first, rest)


def _fill(text: str, width: int, first: str, rest: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=first,
                         subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False) or first.rstrip()
