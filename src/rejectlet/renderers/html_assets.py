"""The pack's own files (a logo, a background, a font) carried inside standalone HTML.

A PDF is laid out with the pack's folder at hand, so ``url(logo.png)`` in the
pack's stylesheet finds the logo. An HTML file is opened later, somewhere else,
where ``logo.png`` means nothing: the logo silently disappears. So for the HTML
output every ``url()`` that names a file of the pack is replaced by a ``data:``
URI holding the file, and the page looks the same as the PDF wherever it is
opened.

Files are read through :func:`rejectlet.confine.read_inside` (a plain file below
the folder of the pack that holds the stylesheet), and what one document may
carry is bounded: each file and all of them together. A file over a bound (or
one that cannot be read) is a located error (RJ437) at the ``url()`` in the
stylesheet, never a page that quietly lacks its logo; ``rejectlet check``
reports the same findings, from the same function. An SVG file of the pack that
names anything but a fragment of itself (an ``<image href>``, an ``@import``) is
refused (RJ412, at the ``url()``), as the same SVG written inline would be.
A reference naming no plain
file of the pack is refused before this, by the stylesheet check every format
shares (RJ412).
"""

from __future__ import annotations

import base64
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path

from ..confine import Refusal, Refused, read_inside
from ..cssrefs import leaves_pack, svg_references
from ..diagnostics import Diagnostic, Location, Severity
from ..model import Pack, Stylesheet
from ..pack.styles import blocked
from ..pathdoor import quietly_resolved
from ..suggest import quoted
from ..text_positions import LineColumns

#: Largest single file inlined, in bytes: a logo or a web font is far smaller.
MAX_ASSET_BYTES = 1_000_000
#: Largest total of the files one HTML document carries, in bytes.
MAX_ASSETS_BYTES = 3_000_000

_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s'"]*))\s*\)""", re.IGNORECASE)

#: Media types for the files a stylesheet uses, where the platform table may lack them.
_MEDIA_TYPES = {
    ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
    ".avif": "image/avif", ".ico": "image/x-icon", ".woff": "font/woff",
    ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
}


@dataclass(frozen=True, slots=True)
class Inlined:
    """The stylesheet with its pack files as data: URIs, and what stopped that."""

    css: str
    problems: tuple[Diagnostic, ...] = ()


def inline_pack_files(pack: Pack, css: Stylesheet | None = None) -> Inlined:
    """The pack's page stylesheet (or ``css``) with every ``url()`` naming a file of
    the pack replaced by a ``data:`` URI of that file."""
    sheet = css if css is not None else pack.page_css
    if sheet is None:
        return Inlined("")
    root = _holding_root(pack, sheet.path)
    problems: list[Diagnostic] = []
    total = [0]
    position = LineColumns(sheet.text)
    # each file is read, scanned and encoded once per stylesheet, however many of
    # its url()s name it: what one url() costs is paid once, not once per mention
    files: dict[str, tuple[bytes, str, list[str]] | Refused] = {}

    def replace(match: re.Match[str]) -> str:
        target = next((g for g in match.groups() if g is not None), "").strip()
        if not _is_pack_file(target):
            return match.group(0)
        line, column = position(match.start())
        where = Location(sheet.location.path, line, column)
        name = _file_name(target)  # logo.png?1 and logo.png#a are one file, read once
        if name not in files:
            files[name] = _read(root, sheet.path.parent, name)
        found = files[name]
        if isinstance(found, Refused):
            # a reference naming no plain file of the pack is refused by the stylesheet
            # check every format shares (RJ412, at the stylesheet); not reported twice
            if found.reason in (Refusal.TOO_BIG, Refusal.UNREADABLE, Refusal.LINKED):
                problems.append(_refusal(found, target, where))
            return match.group(0)
        data, encoded, reach = found
        if reach:
            problems.append(blocked(where, reach[0]))
            return match.group(0)
        total[0] += len(data)
        if total[0] > MAX_ASSETS_BYTES:
            problems.append(_problem(
                f"the files the stylesheet uses add up to more than {MAX_ASSETS_BYTES:,} "
                f"bytes, too much to carry inside one HTML file (at {quoted(target)})", where,
                "use smaller images or fewer fonts; a logo is usually well under 100 kB"))
            return match.group(0)
        return f'url("data:{_media_type(target)};base64,{encoded}")'

    text = _URL.sub(replace, sheet.text)
    return Inlined(text, tuple(problems))


def svg_reach(data: bytes) -> list[str]:
    """What an SVG file of the pack names beyond itself (an href, an @import or a
    url() in its CSS; a ``#fragment`` stays inside it). The same scan the
    stylesheet check gives an SVG written inline as a data: URI, so a file named
    by url() is held to the rule that SVG written out in the CSS is."""
    encoded = base64.b64encode(data).decode("ascii")
    return [target for target in svg_references(f'url("data:image/svg+xml;base64,{encoded}")')
            if not target.startswith("#")]


def pack_svg_findings(pack: Pack) -> list[Diagnostic]:
    """The pack's SVG files, named by url() in its stylesheet, that name other
    files (RJ412 at the url()): the PDF refuses them as the HTML and check do."""
    return [d for d in inline_pack_files(pack).problems if d.code == "RJ412"]


def inline_findings(pack: Pack) -> list[Diagnostic]:
    """What stops the HTML output from carrying the pack's files, for ``rejectlet check``."""
    return list(inline_pack_files(pack).problems)


def _is_pack_file(target: str) -> bool:
    lowered = target.lower()
    return bool(target) and not lowered.startswith(("#", "data:")) and not leaves_pack(target)


def _holding_root(pack: Pack, path: Path) -> Path:
    """The folder of the pack (this one or a parent) the stylesheet belongs to."""
    real = quietly_resolved(path)
    for root in (pack.root, *pack.compiled.extra_roots):
        held = quietly_resolved(root)
        if real is not None and held is not None and Path(real).is_relative_to(held):
            return root
    return pack.root


def _file_name(target: str) -> str:
    """The file a reference names: without its query and fragment."""
    return re.split(r"[?#]", target, maxsplit=1)[0]


def _read(root: Path, folder: Path, name: str) -> tuple[bytes, str, list[str]] | Refused:
    """The file ``name``, its base64 text and, for an SVG, what it reaches beyond
    itself; or why it cannot be read."""
    try:
        data = read_inside(root, folder / name, MAX_ASSET_BYTES)
    except Refused as refused:
        return refused
    reach = svg_reach(data) if _media_type(name) == "image/svg+xml" else []
    return data, base64.b64encode(data).decode("ascii"), reach


def _refusal(refused: Refused, target: str, where: Location) -> Diagnostic:
    if refused.reason is Refusal.TOO_BIG:
        return _problem(f"{quoted(target)} is larger than {MAX_ASSET_BYTES:,} bytes, too large to "
                        f"carry inside the HTML file", where,
                        "use a smaller image; a logo is usually well under 100 kB")
    if refused.reason is Refusal.MISSING:
        return _problem(f"the stylesheet uses {quoted(target)}, and the pack has no such file",
                        where, "check the name; a url() is relative to the stylesheet's "
                               "folder")
    if refused.reason is Refusal.OUTSIDE:
        return _problem(f"the stylesheet uses {quoted(target)}, which lies outside the pack folder",
                        where, "copy the file into the pack and name it from there")
    if refused.reason is Refusal.NOT_FILE:
        return _problem(f"the stylesheet uses {quoted(target)}, which is not a regular file", where,
                        "name a file of the pack, not a folder, pipe or device")
    if refused.reason is Refusal.LINKED:
        from ..pack.files import LINKED_HINT

        return _problem(f"the stylesheet uses {quoted(target)}, a hard link (a file with another "
                        "name)", where, LINKED_HINT)
    return _problem(f"the stylesheet uses {quoted(target)}, which cannot be read: {refused.detail}",
                    where, "check the file's permissions")


def _problem(message: str, where: Location, hint: str) -> Diagnostic:
    return Diagnostic("RJ437", Severity.ERROR, message, where, hint)


def _media_type(target: str) -> str:
    name = _file_name(target)
    suffix = Path(name).suffix.lower()
    return _MEDIA_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or \
        "application/octet-stream"
