"""What an image or font file of a pack is, judged by its bytes, not its name.

A file a letter embeds (a ``url()`` of the pack's stylesheet, a signature image)
is read by programs that look at its bytes: the PDF engine parses anything
Pillow cannot read as SVG, whatever the file is called, and a browser sniffs
what it is given. So the name and the bytes must agree: ``logo.png`` must start
as a PNG does, and an SVG image must be called ``.svg`` (where its own
references are scanned). A file whose bytes say another kind, or whose name
says no kind rejectlet embeds (no extension, ``.txt``), is refused; the reason
says what the bytes look like, so the author can rename or re-export it. A
``.css`` file (an ``@import``, which has no effect in a pack stylesheet) may be
any text but markup, since one named as an image would be parsed as SVG too.
"""

from __future__ import annotations

from collections.abc import Callable

#: How many bytes of a file are enough to tell its kind.
SNIFF_BYTES = 32

_Test = Callable[[bytes], bool]


def _starts(*prefixes: bytes) -> _Test:
    return lambda data: data.startswith(prefixes)


def _webp(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def _avif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis")


def _svg(data: bytes) -> bool:
    text = data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    return text.startswith(b"<")


_SFNT = _starts(b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")

#: Each kind a letter may embed: its name in messages, and the test of its bytes.
KINDS: dict[str, tuple[str, _Test]] = {
    "png": ("PNG image", _starts(b"\x89PNG")),
    "jpeg": ("JPEG image", _starts(b"\xff\xd8\xff")),
    "gif": ("GIF image", _starts(b"GIF87a", b"GIF89a")),
    "webp": ("WebP image", _webp),
    "avif": ("AVIF image", _avif),
    "ico": ("icon", _starts(b"\x00\x00\x01\x00")),
    "woff": ("WOFF font", _starts(b"wOFF")),
    "woff2": ("WOFF2 font", _starts(b"wOF2")),
    "sfnt": ("TrueType or OpenType font", _SFNT),
    "svg": ("SVG image", _svg),
    "css": ("stylesheet", lambda data: not _svg(data)),
}

#: The kind each file name ending promises.
SUFFIX_KINDS = {
    ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".webp": "webp",
    ".avif": "avif", ".ico": "ico", ".woff": "woff", ".woff2": "woff2", ".ttf": "sfnt",
    ".otf": "sfnt", ".svg": "svg", ".css": "css",
}


def markup_like(data: bytes) -> bool:
    """Whether the bytes read as markup in any encoding a parser detects by its
    mark (UTF-8, UTF-16): text that is, or fails to be, an SVG image, and that
    the SVG scan judges; never a bitmap, TIFF or other raster the engine decodes."""
    for mark in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        data = data.removeprefix(mark)
    return data.lstrip(b" \t\r\n\x00")[:1] == b"<"


def kind_of(data: bytes) -> str | None:
    """The kind the bytes show, or None when they show none rejectlet knows (a
    stylesheet is any text that is not markup, so it is never a kind shown)."""
    return next((kind for kind, (_, test) in KINDS.items() if kind != "css" and test(data)),
                None)


def _shown(data: bytes) -> str:
    kind = kind_of(data)
    return f"a {KINDS[kind][0]}" if kind else "no image or font rejectlet knows"


def mismatch(name: str, data: bytes, allowed: tuple[str, ...] | None = None) -> str | None:
    """Why the file ``name`` with these (first) bytes may not be embedded, or None.

    ``allowed``: the kinds this door takes (a signature image: PNG and JPEG);
    every kind in :data:`KINDS` when None."""
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > name.rfind("/") else ""
    promised = SUFFIX_KINDS.get(suffix)
    if promised is None or (allowed is not None and promised not in allowed):
        kinds = sorted({s for s, k in SUFFIX_KINDS.items()
                        if allowed is None or k in allowed})
        return (f"its name ends in {suffix or 'no extension'}, not one of "
                f"{', '.join(kinds)} (its bytes show {_shown(data)})")
    if promised == "svg" or KINDS[promised][1](data):
        # a file named .svg is read as SVG text by the scan of its references, which
        # refuses (RJ412) whatever is not plain UTF-8 SVG, so its bytes are judged there
        return None
    return f"its name says {KINDS[promised][0]}, but its bytes show {_shown(data)}"
