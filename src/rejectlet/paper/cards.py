"""Note cards: flat on their own trim size, or folded and imposed on a sheet.

A folded card prints double-sided on a landscape sheet, flipped on the short
edge: page one is the outside (back panel, then front panel), page two the
inside (left panel, then the message on the right). The spread sits in the
middle of the sheet with crop marks at its corners and a fold mark at the
spine; a coloured front panel bleeds past the trim so cutting leaves no edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..model import Letter
from ..renderers.document import default_stylesheet, message_html, pack_stylesheet
from .formats import Card
from .units import PAPER, css

CARD_MARGIN = 0.3 * 72   # points inside the trim edge
BLEED = 3 / 25.4 * 72    # 3 mm, in points
MARK = 0.25 * 72         # crop mark length
MARK_GAP = BLEED + 2.0   # crop marks start outside the bleed


@dataclass(frozen=True, slots=True)
class CardStyle:
    """How the pack dresses its cards."""

    font: str = '"EB Garamond", "DejaVu Serif", serif'
    font_size: float = 12.0
    front: str = "Thank you"
    background: str = ""


def _pack_css(letter: Letter) -> str:
    return pack_stylesheet(letter).replace("</", "<\\/")


def _card_css(style: CardStyle) -> str:
    return (
        f".card-message {{ font-family: {style.font}; font-size: {css(style.font_size)}; "
        "line-height: 1.32; }\n"
        ".card-message p { margin: 0 0 0.55em; }\n"
        ".card-message .closing { margin-top: 0.8em; }\n"
        ".card-message .valediction { margin: 0 0 0.2em; }\n"
        ".card-message .postscript { margin-top: 0.7em; font-size: 0.9em; }\n"
        f".card-front {{ font-family: {style.font}; font-size: {css(style.font_size * 2.6)}; "
        "text-align: center; }\n"
    )


def _document(letter: Letter, css_text: str, body: str, title: str) -> str:
    lang = escape(letter.language, quote=True)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title, quote=False)}</title>\n"
            f'<meta name="author" content="{escape(letter.author, quote=True)}">\n'
            f'<meta name="description" content="{escape(letter.subject, quote=True)}">\n'
            f"<style>\n{css_text}\n</style>\n</head>\n<body class=\"rejectlet card\">\n"
            f"{body}\n</body>\n</html>\n")


def flat_card_html(letter: Letter, card: Card, style: CardStyle) -> str:
    """One card per page, the page the card's own size."""
    width, height = card.size
    css_text = "\n".join([default_stylesheet(), _pack_css(letter), _card_css(style),
                          f"@page {{ size: {css(width)} {css(height)}; "
                          f"margin: {css(CARD_MARGIN)}; }}",
                          "body { margin: 0; } .letter .subject { display: none; }"])
    body = f'<article class="card-message">{message_html(letter)}</article>'
    return _document(letter, css_text, body, letter.title)


def sheet_for(card: Card, sheet: str | None) -> str:
    """US cards go on Letter, ISO cards on A4, unless the caller says otherwise."""
    if sheet:
        return sheet
    return "a4" if card.name.startswith("iso-") else "letter"


def folded_card_html(letter: Letter, card: Card, style: CardStyle, sheet: str) -> str:
    """The card spread imposed on a landscape sheet, outside then inside."""
    panel_w, panel_h = card.size
    portrait_w, portrait_h = PAPER[sheet]
    sheet_w, sheet_h = portrait_h, portrait_w  # landscape
    spread_w = 2 * panel_w
    room = 2 * (MARK_GAP + MARK)
    if spread_w + room > sheet_w or panel_h + room > sheet_h:
        from ..errors import RenderError

        raise RenderError(f"a folded {card.name} card ({spread_w / 72:.2f} x {panel_h / 72:.2f} "
                          f"in unfolded) with its crop marks does not fit a {sheet} sheet",
                          None, code="RJ454",
                          hint="choose a larger --sheet, or print the card flat")
    left = (sheet_w - spread_w) / 2
    top = (sheet_h - panel_h) / 2
    marks = _crop_marks(left, top, spread_w, panel_h)
    background = ""
    if style.background:
        background = (f'<div class="bleed" style="position: absolute; left: '
                      f"{css(left + panel_w)}; top: {css(top - BLEED)}; width: "
                      f"{css(panel_w + BLEED)}; height: {css(panel_h + 2 * BLEED)}; "
                      f'background: {escape(style.background, quote=True)};"></div>')

    def panel(x: float, cls: str, inner: str) -> str:
        return (f'<div class="panel {cls}" style="position: absolute; left: {css(x)}; '
                f"top: {css(top)}; width: {css(panel_w - 2 * CARD_MARGIN)}; "
                f"height: {css(panel_h - 2 * CARD_MARGIN)}; padding: {css(CARD_MARGIN)}; "
                f'overflow: hidden;">{inner}</div>')

    front_text = escape(style.front, quote=False)
    outside = (f'<div class="sheet outside">{background}{marks}'
               + panel(left, "back", "")
               + panel(left + panel_w, "front", f'<div class="card-front" style="margin-top: '
                       f'{css(panel_h * 0.32)};">{front_text}</div>')
               + "</div>")
    inside = (f'<div class="sheet inside">{marks}'
              + panel(left, "inside-left", "")
              + panel(left + panel_w, "inside-right",
                      f'<article class="card-message">{message_html(letter)}</article>')
              + "</div>")
    css_text = "\n".join([default_stylesheet(), _pack_css(letter), _card_css(style),
                          f"@page {{ size: {css(sheet_w)} {css(sheet_h)}; margin: 0; }}",
                          "body { margin: 0; }",
                          f".sheet {{ position: relative; width: {css(sheet_w)}; "
                          f"height: {css(sheet_h)}; break-after: page; }}",
                          ".sheet.inside { break-after: auto; }"])
    return _document(letter, css_text, outside + inside, letter.title)


def _crop_marks(left: float, top: float, width: float, height: float) -> str:
    right, bottom = left + width, top + height
    lines: list[tuple[float, float, float, float]] = []  # x, y, w, h of hairlines
    for x in (left, right):
        lines.append((x, top - MARK_GAP - MARK, 0, MARK))
        lines.append((x, bottom + MARK_GAP, 0, MARK))
    for y in (top, bottom):
        lines.append((left - MARK_GAP - MARK, y, MARK, 0))
        lines.append((right + MARK_GAP, y, MARK, 0))
    spine = left + width / 2
    lines.append((spine, top - MARK_GAP - MARK, 0, MARK))
    lines.append((spine, bottom + MARK_GAP, 0, MARK))
    out = []
    for x, y, w, h in lines:
        edge = "border-left" if w == 0 else "border-top"
        out.append(f'<div class="crop-mark" style="position: absolute; left: {css(x)}; '
                   f"top: {css(y)}; width: {css(w)}; height: {css(h)}; "
                   f'{edge}: 0.25pt solid #000;"></div>')
    return "".join(out)


def estimated_lines(letter: Letter, width: float, font_size: float) -> float:
    """How many lines the message needs, from its length and the panel width.

    An estimate for the rule that runs before rendering; rendering measures.
    """
    chars_per_line = max(width / (font_size * 0.44), 10)
    lines = 0.0
    texts = [letter.salutation, letter.closing, *letter.signature.splitlines()]
    texts += [p.text for b in letter.blocks for p in b.paragraphs]
    for text in texts:
        lines += max(1, -(-len(text) // int(chars_per_line))) + 0.4
    return lines


def capacity_lines(card: Card, font_size: float) -> float:
    """Lines of text that fit inside the card's margins at this size."""
    return (card.size[1] - 2 * CARD_MARGIN) / (font_size * 1.32)
