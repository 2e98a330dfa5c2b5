"""Reading a source file again, to show or point into one of its lines.

A finding sometimes needs the text of the line it points at (the column of a
word inside a block scalar, the characters a SARIF fix replaces). By then the
file may have been swapped for a FIFO that blocks forever, a device that never
ends, or something much larger; so it is read again only through the same door
as the first time (:func:`rejectlet.confine.read_regular`: a regular file, at
most as many bytes as any YAML file rejectlet reads), and a file that no longer
passes simply has no line to show.
"""

from __future__ import annotations

import functools
import os

from .confine import Refused, read_regular

#: The most bytes read again: the limit of every YAML file rejectlet reads.
MAX_SOURCE_BYTES = 1_000_000


def source_text(path: str) -> str | None:
    """The file's text, or None when it is no longer a readable regular UTF-8 file."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return _read(path, status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=8)
def _read(path: str, mtime: int, size: int) -> str | None:
    # mtime and size are part of the key: a file changed since is read again
    try:
        return read_regular(path, MAX_SOURCE_BYTES).decode("utf-8-sig")
    except (Refused, UnicodeDecodeError):
        return None


def source_line(path: str, line: int) -> str | None:
    """Line ``line`` (1-based) of the file, with its line end, or None."""
    text = source_text(path)
    if text is None or line <= 0:
        return None
    lines = text.splitlines(keepends=True)
    return lines[line - 1] if line <= len(lines) else None
