"""How many pixels a raster image will take once decoded, read from its header.

A compressed image says nothing about its cost by its size on disk: a PNG of a
few hundred kilobytes can hold 13,000 × 13,000 pixels of zeros, and the PDF
engine decodes every pixel (4 bytes each, and copies of them) in the process
that lays the letter out. So every raster image a letter can carry — a
signature named by the data, a file a pack's stylesheet names, a ``data:`` URI
— is measured from its header, before anything decodes it, and refused when it
holds more pixels than a printed letter could ever show.

The headers are read here, by hand, rather than by the imaging library: opening
an image there already judges it against that library's own process-wide limit
(and prints a warning to the host's standard error), which is neither ours to
set nor safe to change from a thread. Each reader looks at the same fields the
decoders size their buffers from, and takes the largest when a file holds
several (the frames of a GIF, the icons of an ``.ico``, the boxes of an AVIF).
Where a decoder is lenient (junk between a JPEG's segments, an unknown byte
between a GIF's blocks, chunks before a PNG's header) the reader here reads on
as leniently, so it never sees a smaller picture than the decoder would; a file
with no size in it at all is one no decoder can draw.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable

#: Most pixels an image of a pack (a logo, a letterhead, a page background) may
#: hold: a whole A4 or Letter page scanned at 400 dots per inch fits.
MAX_IMAGE_PIXELS = 20_000_000

#: Most pixels a signature image may hold: a signature is a few inches wide, and
#: 2,000 × 2,000 is far sharper than any printer needs for it.
MAX_SIGNATURE_PIXELS = 4_000_000

#: Largest signature file read, in bytes: a signature PNG is tens of kilobytes.
MAX_SIGNATURE_BYTES = 5_000_000

#: How much of a pack's image file is read to find its size: the header of every
#: kind but GIF is at the start; a GIF's frames are walked as far as this.
HEADER_BYTES = 4_000_000

#: The longest side any image may have, whatever its pixel count (a strip one
#: pixel high is cheap to hold but not to scale for the page).
MAX_IMAGE_SIDE = 20_000

_Reader = Callable[[bytes], "tuple[int, int] | None"]


def _png(data: bytes) -> tuple[int, int] | None:
    """Every ``IHDR`` chunk before the image data (the decoder takes the last one it
    meets, wherever it stands among the chunks before the image data)."""
    found: tuple[int, int] | None = None
    index = 8
    while index + 8 <= len(data):
        (length,) = struct.unpack(">I", data[index:index + 4])
        chunk = data[index + 4:index + 8]
        if chunk == b"IHDR" and index + 16 <= len(data):
            width, height = struct.unpack(">II", data[index + 8:index + 16])
            found = (width, height) if found is None else (max(found[0], width),
                                                           max(found[1], height))
        if chunk in (b"IDAT", b"IEND"):
            break
        index += 12 + length
    return found


_GIF_BLOCK = re.compile(b"[!,;]")


def _gif(data: bytes) -> tuple[int, int] | None:
    """The logical screen, grown by any frame that reaches past it (the decoder
    grows its canvas the same way)."""
    if len(data) < 13:
        return None
    width, height, flags = struct.unpack("<HHB", data[6:11])
    index = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    while index < len(data):
        block = data[index]
        if block == 0x3B:  # the trailer
            break
        if block == 0x21:  # an extension: label, then sub-blocks
            index = _after_sub_blocks(data, index + 2)
        elif block == 0x2C:  # an image descriptor
            if index + 10 > len(data):
                return None
            left, top, w, h, local = struct.unpack("<HHHHB", data[index + 1:index + 10])
            width, height = max(width, left + w), max(height, top + h)
            index += 10 + (3 << ((local & 7) + 1) if local & 0x80 else 0)
            index = _after_sub_blocks(data, index + 1)  # past the LZW code size
        else:
            # the decoder passes over bytes it does not know, to the next block
            found = _GIF_BLOCK.search(data, index + 1)
            if found is None:
                break
            index = found.start()
            continue
        if index < 0:
            break
    return width, height


def _after_sub_blocks(data: bytes, index: int) -> int:
    """The index after a run of GIF sub-blocks starting at ``index``; -1 when cut off."""
    while index < len(data):
        size = data[index]
        index += 1 + size
        if size == 0:
            return index
    return -1


#: JPEG start-of-frame markers (every coding process), whose segment holds the size.
_JPEG_FRAMES = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB,
                          0xCD, 0xCE, 0xCF})
#: JPEG markers that stand alone, with no length after them.
_JPEG_BARE = frozenset({0x01, *range(0xD0, 0xD9)})


def _jpeg(data: bytes) -> tuple[int, int] | None:
    found: tuple[int, int] | None = None
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            # junk between segments: the decoder reads on to the next marker, so this does
            index = data.find(b"\xff", index)
            if index < 0:
                break
            continue
        marker = data[index + 1]
        if marker == 0xFF:  # fill bytes before a marker
            index += 1
            continue
        if marker in _JPEG_BARE:
            index += 2
            continue
        if marker in (0xD9, 0xDA):  # the end, or the scan: every frame header is before
            break
        (length,) = struct.unpack(">H", data[index + 2:index + 4])
        if marker in _JPEG_FRAMES and index + 9 <= len(data):
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            found = (width, height) if found is None else (max(found[0], width),
                                                           max(found[1], height))
        index += 2 + length
    return found


def _webp(data: bytes) -> tuple[int, int] | None:
    index = 12
    while index + 8 <= len(data):
        chunk = data[index:index + 4]
        (size,) = struct.unpack("<I", data[index + 4:index + 8])
        body = data[index + 8:index + 8 + min(size, 32)]
        if chunk == b"VP8X" and len(body) >= 10:
            return (int.from_bytes(body[4:7], "little") + 1,
                    int.from_bytes(body[7:10], "little") + 1)
        if chunk == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
            width, height = struct.unpack("<HH", body[6:10])
            return width & 0x3FFF, height & 0x3FFF
        if chunk == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
            (bits,) = struct.unpack("<I", body[1:5])
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        index += 8 + size + (size & 1)
    return None


def _avif(data: bytes) -> tuple[int, int] | None:
    """The largest ``ispe`` (image spatial extents) box: every image item has one,
    and the decoder refuses pictures larger than it says."""
    found: tuple[int, int] | None = None
    start = data.find(b"ispe")
    while start >= 4 and start + 16 <= len(data):
        width, height = struct.unpack(">II", data[start + 8:start + 16])
        found = (width, height) if found is None else (max(found[0], width),
                                                       max(found[1], height))
        start = data.find(b"ispe", start + 4)
    return found


def _ico(data: bytes) -> tuple[int, int] | None:
    """The largest icon, by its directory entry or by the header of the PNG or
    bitmap it holds (the decoder believes the picture, not the entry)."""
    if len(data) < 6:
        return None
    (count,) = struct.unpack("<H", data[4:6])
    width = height = 0
    for entry in range(count):
        at = 6 + 16 * entry
        if at + 16 > len(data):
            return None
        w = data[at] or 256
        h = data[at + 1] or 256
        (offset,) = struct.unpack("<I", data[at + 12:at + 16])
        picture = data[offset:offset + 24]
        if picture.startswith(b"\x89PNG"):
            inner = _png(picture)
            if inner is None:
                return None
            w, h = max(w, inner[0]), max(h, inner[1])
        elif len(picture) >= 12:
            dib_w, dib_h = struct.unpack("<ii", picture[4:12])
            w, h = max(w, abs(dib_w)), max(h, abs(dib_h) // 2)
        width, height = max(width, w), max(height, h)
    return (width, height) if count else None


#: The header reader for each raster kind of :mod:`rejectlet.file_kinds`.
READERS: dict[str, _Reader] = {
    "png": _png, "gif": _gif, "jpeg": _jpeg, "webp": _webp, "avif": _avif, "ico": _ico,
}


def pixel_size(kind: str, data: bytes) -> tuple[int, int] | None:
    """Width and height in pixels of an image of ``kind`` (a raster kind of
    :data:`READERS`) as its decoder would size it, or None when its header
    cannot be read."""
    try:
        return READERS[kind](data)
    except (struct.error, IndexError):
        return None


def oversize(kind: str, data: bytes, most: int = MAX_IMAGE_PIXELS) -> str | None:
    """Why an image of ``kind`` is too large to lay out, or None when it fits (or
    is not a raster image: a font, an SVG drawing, a stylesheet)."""
    if kind not in READERS:
        return None
    size = pixel_size(kind, data)
    if size is None:
        # no header the decoder could size a picture from either: it fails on the
        # file, and the engine lays the letter out without it
        return None
    width, height = size
    if width * height > most or max(width, height) > MAX_IMAGE_SIDE:
        return (f"it is {width:,} × {height:,} pixels; an image may hold at most "
                f"{most:,} pixels, at most {MAX_IMAGE_SIDE:,} on a side")
    return None
