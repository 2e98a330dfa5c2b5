"""Line and column of many offsets in one text, each found in logarithmic time.

Counting the line breaks before an offset costs the whole text up to it; a
stylesheet with thousands of findings would pay that thousands of times. The
line starts are found once, and each offset is placed among them by bisection.
"""

from __future__ import annotations

import bisect


class LineColumns:
    """The 1-based line and column of an offset in ``text`` (lines end at LF)."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._starts = starts

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
