"""Email CSS that mail clients drop: flex and grid layout, positioning, floats,
web fonts, imports and custom properties. Such a message looks right in a
browser preview and broken in the reader's inbox."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Location, Severity
from ..model import Letter
from ..suggest import quoted
from .base import Finding, rule
from .linear import linear

_UNSUPPORTED = (
    (linear(r"display\s*:\s*(inline-)?(flex|grid)\b", True), "flex and grid layout"),
    (linear(r"\b(grid|flex)-[a-z-]+\s*:", True), "flex and grid layout"),
    (linear(r"\bposition\s*:\s*(absolute|fixed|sticky|relative)\b", True), "positioning"),
    (linear(r"\bfloat\s*:", True), "floats"),
    (linear(r"@font-face", True), "web fonts"),
    (linear(r"@import", True), "imported stylesheets"),
    (linear(r"\bvar\(\s*--", True), "custom properties"),
)


@rule("RJ015", "email-safe-css", "A pack's email stylesheet avoids what mail clients drop.",
      Severity.WARNING)
def email_safe_css(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    css = letter.pack.email_css
    if css is None:
        return
    shown = css.location.path
    for number, line in enumerate(css.text.splitlines(), start=1):
        for pattern, what in _UNSUPPORTED:
            match = pattern.search(line)
            if match:
                yield Finding(f"{quoted(line[match.start:match.end].strip())}: many mail clients "
                              f"drop {what}", Location(shown, number, match.start + 1),
                              "lay the message out with paragraphs and simple tables")
