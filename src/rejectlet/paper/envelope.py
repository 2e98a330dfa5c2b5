"""Envelopes to print on: the recipient's address and the return address,
placed for #10, DL and card envelopes; the stamp corner is left clear."""

from __future__ import annotations

from html import escape

from ..model import Letter
from ..renderers.document import lines_html
from .formats import Envelope, Rect
from .print_html import is_phone
from .units import css


def _place(rect: Rect, cls: str, inner: str) -> str:
    return (f'<div class="{cls}" style="position: absolute; left: {css(rect.left)}; '
            f'top: {css(rect.top)}; width: {css(rect.width)};">{inner}</div>')


def envelope_html(letter: Letter, envelope: Envelope) -> str:
    """One page the size of the envelope, addresses where the post office wants them."""
    width, height = envelope.size
    postal = tuple(line for line in letter.sender_lines
                   if "@" not in line and not is_phone(line))
    lang = escape(letter.language, quote=True)
    css_text = (
        f"@page {{ size: {css(width)} {css(height)}; margin: 0; }}\n"
        "body { margin: 0; font-family: \"DejaVu Sans\", sans-serif; color: #111; }\n"
        f".sheet {{ position: relative; width: {css(width)}; height: {css(height)}; }}\n"
        ".return-address { font-size: 8.5pt; line-height: 1.3; font-style: normal; }\n"
        ".recipient { font-size: 11.5pt; line-height: 1.35; font-style: normal; }\n"
    )
    body = ('<div class="sheet">'
            + _place(envelope.return_address, "return-block",
                     f'<address class="return-address">{lines_html(postal)}</address>')
            + _place(envelope.recipient, "recipient-block",
                     f'<address class="recipient">{lines_html(letter.recipient_lines)}</address>')
            + "</div>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape('Envelope: ' + letter.title, quote=False)}</title>\n"
            f'<meta name="author" content="{escape(letter.author, quote=True)}">\n'
            f"<style>\n{css_text}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
