"""Every resource a stylesheet refers to, as a browser or WeasyPrint would read it.

Checks for URLs in CSS must see through CSS escapes (``\\75 rl(`` is ``url(``)
and comments, and into SVG images written inline as ``data:`` URIs, whose own
``href`` attributes name further files.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote

_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_URL = re.compile(r"""(?:url|src|image|image-set|-webkit-image-set|cross-fade|element)\s*\(\s*
                      (?:"([^"]*)"|'([^']*)'|([^)\s]*))""", re.IGNORECASE | re.VERBOSE)
_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_SVG_HREF = re.compile(r"""(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def decode(css: str) -> str:
    """CSS with escapes resolved and comments removed."""
    def unescape(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"
        return match.group(2)
    return _ESCAPE.sub(unescape, _COMMENT.sub(" ", css))


def _svg_text(uri: str) -> str:
    head, _, body = uri.partition(",")
    if ";base64" in head.lower():
        try:
            return base64.b64decode(body, validate=False).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return ""
    return unquote(body)


def references(css: str, *, into_svg: bool = True) -> list[str]:
    """The targets of url(), image(), @import and the like, and (unless told not
    to) of href attributes inside inline SVG images."""
    text = decode(css)
    found = [next((g for g in match.groups() if g is not None), "").strip()
             for match in (*_URL.finditer(text), *_IMPORT.finditer(text))]
    if into_svg:
        found += svg_references(css)
    return found


def svg_references(css: str) -> list[str]:
    """The href targets inside the stylesheet's inline SVG images."""
    found: list[str] = []
    for target in references(css, into_svg=False):
        if target.lower().startswith("data:image/svg"):
            found.extend(next(g for g in m.groups() if g is not None).strip()
                         for m in _SVG_HREF.finditer(_svg_text(target)))
    return found


def loading_at_rule(css: str) -> str:
    """'@import' or '@font-face' if the stylesheet has one (they load files), else ''."""
    text = decode(css).lower()
    return next((rule for rule in ("@import", "@font-face") if rule in text), "")


def leaves_pack(target: str) -> bool:
    """Whether a reference reaches beyond the pack: a scheme (other than data:),
    a network path, an absolute path, or a way up out of the folder."""
    lowered = target.strip().lower()
    if not lowered or lowered.startswith("#"):
        return False
    if lowered.startswith("data:"):
        return not lowered.startswith("data:image/")
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", lowered)) or lowered.startswith(("/", "\\")) \
        or ".." in lowered.replace("\\", "/").split("/")
