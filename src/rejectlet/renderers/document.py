"""The letter as semantic HTML: one builder for the HTML output and the PDF.

Every piece of text passes through :func:`html.escape` here and nowhere else is
text turned into markup, so escaping cannot be forgotten in one output and not
another. Only a fixed set of elements is ever produced.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path

from .._version import __version__
from ..model import Block, Letter, Paragraph, Style
from ..suggest import quoted
from ..textfmt import ps_label


@dataclass(frozen=True, slots=True)
class DocumentOptions:
    """What the document includes and how it is styled."""

    letterhead: bool = True
    page_css: str = ""


@functools.cache
def default_stylesheet() -> str:
    """rejectlet's own stylesheet, used under every pack's."""
    return resources.files("rejectlet.renderers").joinpath("default.css").read_text("utf-8")


def pack_stylesheet(letter: Letter) -> str:
    """The pack's stylesheet as it was read (and size-checked) when the pack loaded."""
    css = letter.pack.page_css
    return css.text if css is not None else ""


def safe_css(css: str, where: Path | None, root: Path | None = None) -> str:
    """CSS fit to sit inside <style>: '</' cannot end the element early (so no script
    can follow), and no url() may reach off the pack (a browser would fetch it), nor
    name anything the PDF layout would refuse (the formats agree on a pack)."""
    from ..cssrefs import leaves_pack, missing_from_pack, references, svg_references

    outside = [target for target in references(css) if leaves_pack(target)]
    if outside or root is not None:
        from ..diagnostics import Location, display_path
        from ..errors import RenderError

        located = Location(display_path(where)) if where else None
        if outside:
            raise RenderError(f"the stylesheet loads {quoted(outside[0])}", located,
                              code="RJ433", hint="a pack's CSS may only use files of the pack")
        if root is not None:
            from ..pack.styles import blocked, not_in_pack

            named = references(css, into_svg=False)
            # each file is looked up once, however often the stylesheet names it
            missing = {target for target in dict.fromkeys(named)
                       if missing_from_pack(target, root)}
            refused = [not_in_pack(located, target, root)
                       for target in named if target in missing]
            refused += [blocked(located, target)
                        for target in svg_references(css) if not target.startswith("#")]
            if refused:
                raise RenderError(refused)
    return css.replace("</", "<\\/")


def _standalone_pack_css(letter: Letter) -> str:
    """The pack's stylesheet for an HTML file opened anywhere: checked as it was
    written, then with the pack's own files (a logo, a font) carried inside it."""
    if letter.pack.page_css is not None:
        from ..errors import RenderError
        from ..pack.styles import engine_findings

        traps = engine_findings(letter.pack.page_css)
        if traps:
            raise RenderError(traps)
    safe_css(pack_stylesheet(letter), letter.pack.stylesheet, letter.pack.root)
    from .html_assets import inline_pack_files

    inlined = inline_pack_files(letter.pack)
    if inlined.problems:
        from ..errors import RenderError

        raise RenderError(list(inlined.problems))
    # checked above as written; what inlining added are data: URIs of pack files
    return inlined.css.replace("</", "<\\/")


def text_html(text: str) -> str:
    """Text as element content: escaped, never markup."""
    return escape(text, quote=False)


def runs_html(paragraph: Paragraph) -> str:
    """A paragraph's runs as inline HTML: emphasis, code, links, line breaks."""
    out: list[str] = []
    for run in paragraph.runs:
        if run.text == "\n":
            out.append("<br>")
            continue
        piece = escape(run.text, quote=False)
        if Style.CODE in run.style:
            piece = f"<code>{piece}</code>"
        if Style.EM in run.style:
            piece = f"<em>{piece}</em>"
        if Style.STRONG in run.style:
            piece = f"<strong>{piece}</strong>"
        if run.href:
            piece = f'<a href="{escape(run.href, quote=True)}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def paragraphs_html(paragraphs: tuple[Paragraph, ...], label: str = "") -> str:
    """Paragraphs as <p>, list items and quotes; ``label`` (P.S.) opens the first one."""
    out: list[str] = []
    open_list = ""
    for index, paragraph in enumerate(paragraphs):
        wanted = {"bullet": "ul", "number": "ol"}.get(paragraph.kind, "")
        if wanted != open_list:
            if open_list:
                out.append(f"</{open_list}>")
            if wanted:
                out.append(f"<{wanted}>")
            open_list = wanted
        inner = runs_html(paragraph)
        if label and index == 0:
            inner = f'<span class="ps-label">{escape(label)}</span> {inner}'
        if wanted:
            out.append(f"<li>{inner}</li>")
        elif paragraph.kind == "quote":
            out.append(f"<blockquote><p>{inner}</p></blockquote>")
        else:
            out.append(f"<p>{inner}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def lines_html(lines: tuple[str, ...] | list[str]) -> str:
    """Address or signature lines, escaped, one <br> between each."""
    return "<br>\n".join(escape(line, quote=False) for line in lines)


@dataclass(frozen=True, slots=True)
class MessageMarkup:
    """How one output wraps the message (salutation to P.S.).

    The HTML document names each section (``data-section``, the kind of a P.S.)
    so a reader's stylesheet or script can find it; mail clients and print get
    the compact form. Print adds a signature image and the lines that follow
    the signature (enclosures, copies).
    """

    element: str = "div"
    named: bool = False
    signature_image: str = ""
    after_signature: str = ""


def message_parts(letter: Letter, markup: MessageMarkup = MessageMarkup()) -> list[str]:
    """The message's elements in reading order: the one place its HTML is written."""
    parts: list[str] = []
    if letter.salutation:
        parts.append(f'<p class="salutation">{text_html(letter.salutation)}</p>')
    for block in letter.body:
        parts.append(_section(block, f"block kind-{block.kind.value}", markup,
                              paragraphs_html(block.paragraphs)))
    signature = ""
    if markup.signature_image:
        signature = (f'<img class="signature-image" '
                     f'src="{escape(markup.signature_image, quote=True)}" alt="">')
    closing = (f'<p class="valediction">{text_html(letter.closing)}</p>'
               if letter.closing else "")
    parts.append(f'<div class="closing{" signed" if signature else ""}">{closing}{signature}'
                 f'<p class="signature">{lines_html(letter.signature.splitlines())}</p>'
                 f"{markup.after_signature}</div>")
    label = ps_label(letter.language)
    for block in letter.postscripts:
        css_class = f"postscript kind-{block.kind.value}" if markup.named else "postscript"
        parts.append(_section(block, css_class, markup,
                              paragraphs_html(block.paragraphs, label)))
    return parts


def _section(block: Block, css_class: str, markup: MessageMarkup, inner: str) -> str:
    element = markup.element
    if not markup.named:
        return f'<{element} class="{css_class}">{inner}</{element}>'
    return (f'<{element} class="{css_class}" '
            f'data-section="{escape(block.section_id, quote=True)}">\n{inner}\n</{element}>')


def letterhead_parts(letter: Letter) -> list[str]:
    """Sender, date and recipient, in the order a letter without a window shows them."""
    parts: list[str] = []
    if letter.sender_lines:
        parts.append(f'<header class="letterhead"><address class="sender">'
                     f"{lines_html(letter.sender_lines)}</address></header>")
    if letter.date_line:
        parts.append(f'<p class="date">{text_html(letter.date_line)}</p>')
    if letter.recipient_lines:
        parts.append(f'<address class="recipient">{lines_html(letter.recipient_lines)}</address>')
    return parts


def message_html(letter: Letter, markup: MessageMarkup = MessageMarkup()) -> str:
    """The message alone (salutation to P.S.), without letterhead or addresses: what a
    card's inside panel and an email's HTML part show."""
    return "\n".join(message_parts(letter, markup))


def build_html(letter: Letter, options: DocumentOptions = DocumentOptions()) -> str:
    """A complete HTML5 document for the letter."""
    lang = escape(letter.language, quote=True)
    css = "\n".join(part for part in (default_stylesheet(), _standalone_pack_css(letter),
                                      options.page_css) if part)
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(letter.title, quote=False)}</title>",
        f'<meta name="author" content="{escape(letter.author, quote=True)}">',
        f'<meta name="description" content="{escape(letter.subject, quote=True)}">',
        f'<meta name="generator" content="rejectlet {__version__}">',
        f"<style>\n{css}\n</style>",
    ]
    body: list[str] = letterhead_parts(letter) if options.letterhead else []
    if letter.subject:
        body.append(f'<p class="subject">{escape(letter.subject, quote=False)}</p>')
    body.extend(message_parts(letter, MessageMarkup(element="section", named=True)))
    kind_class = escape(letter.kind, quote=True)
    pack_class = escape(letter.pack.name, quote=True)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(head) + "\n</head>\n"
        f'<body class="rejectlet letter-{kind_class} pack-{pack_class}">\n'
        f'<article class="letter">\n' + "\n".join(body) + "\n</article>\n</body>\n</html>\n"
    )
