"""The letter as a printed page: addresses where the envelope window is,
fold and punch marks in the margin, and the rest of the letter in flow.

Everything is placed in points from the sheet's corner by subtracting the
page margins, so the numbers in a layout are the numbers a ruler shows.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from ..model import Letter
from ..renderers.document import (
    MessageMarkup,
    default_stylesheet,
    letterhead_parts,
    lines_html,
    message_parts,
    pack_stylesheet,
)
from ..textfmt import copy_label, enclosure_label, subject_in_print
from .formats import Layout, Rect
from .units import css

MARK_LENGTH = 14.0  # points: how far a fold mark reaches into the margin
HEAD_GAP = 18.0     # points between the address field and the first line below it


def _box(rect: Rect, layout: Layout, cls: str, inner: str, height: bool = True) -> str:
    top, _, _, left = layout.margins
    style = (f"position: absolute; left: {css(rect.left - left)}; top: {css(rect.top - top)}; "
             f"width: {css(rect.width)};")
    if height and rect.height:
        style += f" height: {css(rect.height)};"
    return f'<div class="{cls}" style="{style}">{inner}</div>'


def _marks(layout: Layout, debug: bool) -> str:
    top, _, _, left = layout.margins
    width, _ = layout.size
    out: list[str] = []
    for fold in layout.folds:
        out.append(f'<div class="fold-mark" style="position: absolute; left: {css(-left)}; '
                   f'top: {css(fold - top)}; width: {css(MARK_LENGTH)}; height: 0; '
                   'border-top: 0.5pt solid #8a8a8a;"></div>')
        if debug:
            out.append(f'<div class="debug-fold" style="position: absolute; left: {css(-left)}; '
                       f'top: {css(fold - top)}; width: {css(width)}; height: 0; '
                       'border-top: 0.5pt dashed #d33;"></div>')
    if layout.punch is not None:
        out.append(f'<div class="punch-mark" style="position: absolute; left: {css(-left)}; '
                   f'top: {css(layout.punch - top)}; width: {css(MARK_LENGTH * 1.4)}; '
                   'height: 0; border-top: 0.5pt solid #8a8a8a;"></div>')
    if debug and layout.window is not None:
        w = layout.window
        out.append(f'<div class="debug-window" style="position: absolute; '
                   f'left: {css(w.left - left)}; top: {css(w.top - top)}; '
                   f'width: {css(w.width)}; height: {css(w.height)}; '
                   'outline: 0.6pt dashed #d33;"></div>')
    return "".join(out)


def return_line(letter: Letter) -> str:
    """The sender on one line, for the small return-address zone of a window letter."""
    return " · ".join(letter.sender_lines[:1] + tuple(
        line for line in letter.sender_lines[1:] if "@" not in line and not is_phone(line)))


def is_phone(line: str) -> bool:
    """Whether an address line is a telephone number (kept off envelopes and return lines)."""
    digits = sum(ch.isdigit() for ch in line)
    return digits >= 6 and digits / max(len(line), 1) > 0.4


def print_head(letter: Letter, layout: Layout, debug: bool) -> str:
    """The first page's head: sender, address field and marks, or the plain form."""
    if layout.window is None:
        parts = letterhead_parts(letter)
        marks = _marks(layout, debug)
        positioned = ' style="position: relative;"' if marks else ""
        return (f'<div class="print-head plain"{positioned}>{marks}'
                + "".join(parts) + "</div>")
    window = layout.window
    top_margin = layout.margins[0]
    inner: list[str] = []
    zones = layout.return_zone + layout.notes_zone
    if layout.return_zone and letter.sender_lines:
        inner.append(f'<p class="return-line" style="height: {css(layout.return_zone)};">'
                     f"{escape(return_line(letter), quote=False)}</p>")
    if zones:
        inner.append(f'<div class="notes-zone" style="height: '
                     f'{css(max(zones - layout.return_zone, 0))};"></div>')
    inner.append(f'<address class="recipient">{lines_html(letter.recipient_lines)}</address>')
    pieces = [_box(window, layout, "address-field", "".join(inner))]
    bottom = window.bottom
    if layout.sender and letter.sender_lines:
        sender_html = (f'<address class="sender">{lines_html(letter.sender_lines)}</address>'
                       + (f'<p class="date">{escape(letter.date_line, quote=False)}</p>'
                          if letter.date_line else ""))
        pieces.append(_box(layout.sender, layout, "letterhead sender-block", sender_html,
                           height=False))
    pieces.append(_marks(layout, debug))
    height = bottom - top_margin + HEAD_GAP
    date = ""
    if letter.date_line and not layout.sender:
        date = f'<p class="date">{escape(letter.date_line, quote=False)}</p>'
    return (f'<div class="print-head window" style="position: relative; height: {css(height)};">'
            + "".join(pieces) + f"</div>{date}")


def print_css(layout: Layout) -> str:
    """Page size and margins for the layout, and the small print of the address field."""
    top, right, bottom, left = layout.margins
    width, height = layout.size
    return (
        f"@page {{ size: {css(width)} {css(height)}; "
        f"margin: {css(top)} {css(right)} {css(bottom)} {css(left)}; }}\n"
        ".print-head.window .address-field { overflow: visible; }\n"
        ".print-head .return-line { font-size: 7pt; line-height: 1.2; margin: 0; "
        "text-decoration: underline; white-space: nowrap; overflow: hidden; "
        "text-overflow: ellipsis; }\n"
        ".print-head .address-field .recipient { margin: 0; line-height: 1.25; }\n"
        ".print-head .sender-block .sender { text-align: left; }\n"
        ".print-head .sender-block .date { margin-top: 1.2em; }\n"
    )


def _after_signature(letter: Letter) -> str:
    out: list[str] = []
    enclosures = [str(e) for e in letter.data.get("enclosures") or [] if str(e).strip()]
    if enclosures:
        label = enclosure_label(letter.language, len(enclosures))
        out.append(f'<p class="enclosures">{label}: '
                   f"{escape(', '.join(enclosures), quote=False)}</p>")
    copies = [str(c).split("<")[0].strip() or str(c) for c in letter.data.get("cc") or []]
    if copies:
        out.append(f'<p class="cc">{copy_label(letter.language)} '
                   f'{escape(", ".join(copies), quote=False)}</p>')
    return "".join(out)


def print_article(letter: Letter, layout: Layout, *, debug: bool = False,
                  signature_image: str | None = None, bookmark: str = "") -> str:
    """One letter as an <article>, starting on a page of its own."""
    body = [print_head(letter, layout, debug)]
    if letter.subject and subject_in_print(letter.language):
        body.append(f'<p class="subject">{escape(letter.subject, quote=False)}</p>')
    body.extend(message_parts(letter, MessageMarkup(
        element="section", signature_image=signature_image or "",
        after_signature=_after_signature(letter))))
    mark = ""
    if bookmark:
        label_css = bookmark.replace("\\", "\\\\").replace('"', '\\"')
        mark = f' style="bookmark-level: 1; bookmark-label: &quot;{escape(label_css)}&quot;;"'
    return f'<article class="letter"{mark}>\n' + "\n".join(body) + "\n</article>"


def print_document(letter: Letter, layout: Layout, articles: list[str], *,
                   created: dt.datetime | None = None, title: str | None = None) -> str:
    """A complete HTML document holding one or more letters of one pack."""
    lang = escape(letter.language, quote=True)
    head_meta = [
        '<meta charset="utf-8">',
        f"<title>{escape(title or letter.title, quote=False)}</title>",
        f'<meta name="author" content="{escape(letter.author, quote=True)}">',
        f'<meta name="description" content="{escape(letter.subject, quote=True)}">',
        '<meta name="generator" content="rejectlet">',
    ]
    if created is not None:
        stamp = created.isoformat()
        head_meta.append(f'<meta name="dcterms.created" content="{escape(stamp)}">')
        head_meta.append(f'<meta name="dcterms.modified" content="{escape(stamp)}">')
    css_text = "\n".join(p for p in (default_stylesheet(),
                                     pack_stylesheet(letter).replace("</", "<\\/"),
                                     print_css(layout),
                                     "article.letter + article.letter { break-before: page; }")
                         if p)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(head_meta)
            + f"\n<style>\n{css_text}\n</style>\n</head>\n"
            f'<body class="rejectlet print layout-{escape(layout.name, quote=True)}">\n'
            + "\n".join(articles) + "\n</body>\n</html>\n")


def build_print_html(letter: Letter, layout: Layout, *, debug: bool = False,
                     signature_image: str | None = None,
                     created: dt.datetime | None = None) -> str:
    """A complete HTML document for WeasyPrint: the letter placed on its layout."""
    article = print_article(letter, layout, debug=debug, signature_image=signature_image)
    return print_document(letter, layout, [article], created=created)
