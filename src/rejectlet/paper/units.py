"""Lengths with units, as print people write them: 0.875in, 20mm, 12pt."""

from __future__ import annotations

import re

from ..suggest import quoted

POINTS_PER = {"in": 72.0, "mm": 72.0 / 25.4, "cm": 72.0 / 2.54, "pt": 1.0}
_LENGTH_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(in|mm|cm|pt)\s*$")


def to_points(text: str) -> float:
    """A length in PDF points; raises ValueError for a number without a known unit."""
    match = _LENGTH_RE.match(str(text))
    if not match:
        raise ValueError(f"{quoted(text)} is not a length such as 20mm, 0.875in or 12pt")
    return float(match.group(1)) * POINTS_PER[match.group(2)]


def css(points: float) -> str:
    """A length for CSS, in points (exact and unit-safe in WeasyPrint)."""
    return f"{points:.3f}pt"


PAPER = {"letter": (8.5 * 72.0, 11 * 72.0), "a4": (595.276, 841.890)}
