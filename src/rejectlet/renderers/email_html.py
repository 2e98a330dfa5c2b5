"""HTML for mail clients: inline styles, a fixed reading width, nothing clients drop.

Mail clients ignore or strip much of what browsers honour (flex, grid,
positioning, web fonts, <style> in some webmail), so the HTML part is a plain
600-pixel column built from presentation tables and paragraphs, with every
style inlined by a maintained CSS inliner that never fetches remote
stylesheets.
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib import resources

from ..errors import RenderError
from ..model import Letter
from .document import message_html

#: Reading width of the message column, in CSS pixels.
READING_WIDTH = 600


def email_stylesheet(letter: Letter) -> str:
    """rejectlet's email style, then the pack's own email stylesheet if it has one.

    A pack's email CSS may not name any URL: in a message, a remote image or font
    is fetched when the recipient opens it, which tells the sender it was read.
    """
    base = _base_stylesheet()
    own = letter.pack.email_css
    if own is None:
        return base
    from ..pack.styles import email_css_findings

    refused = email_css_findings(own)
    if refused:
        raise RenderError(refused)
    return base + "\n" + own.text.replace("</", "<\\/")


@cache
def _base_stylesheet() -> str:
    """rejectlet's own email.css, read once per process: it ships with the package,
    and finding and reading it again cost about 3 % of an email batch."""
    return resources.files("rejectlet.renderers").joinpath("email.css").read_text("utf-8")


def build_email_html(letter: Letter) -> str:
    """The HTML part of the message, styles inlined."""
    import css_inline

    content = message_html(letter)
    lang = escape(letter.language, quote=True)
    document = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(letter.subject or letter.title, quote=False)}</title>\n"
        f"<style>\n{email_stylesheet(letter)}\n</style>\n</head>\n"
        '<body class="email">\n'
        '<table role="presentation" class="outer" width="100%" cellpadding="0" '
        'cellspacing="0" border="0"><tr><td align="center">\n'
        f'<table role="presentation" class="column" width="{READING_WIDTH}" cellpadding="0" '
        'cellspacing="0" border="0"><tr><td class="content">\n'
        f"{content}\n"
        "</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n"
    )
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False,
                                    keep_link_tags=False)
    inlined: str = inliner.inline(document)
    return inlined
