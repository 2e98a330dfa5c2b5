"""Pack text written into a YAML file the user will edit, kept to the line it is on.

``rejectlet new letter`` writes a data file whose comments carry a pack's help
texts and whose values carry its defaults. Those come from the pack author, who
may be a stranger. YAML ends a line not only at LF but also at CR, NEL (U+0085)
and the line and paragraph separators (U+2028, U+2029), so a help text holding
one of them would end the comment and start a live key, such as ``include:`` of
a file the pack chose, in the user's own letter. And a character YAML does not
allow at all (VT, FF, U+FFFE …) would make a file that its own reader refuses.

Comments therefore show every such character as a visible escape, and values are
written as quoted YAML scalars whenever a plain form could span lines.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .controls import BIDI_OVERRIDES

#: What may stand in a one-line YAML comment as it is: tab, printable ASCII and the
#: printable rest of Unicode, less NEL, the line and paragraph separators, the byte
#: order mark and the bidirectional overrides (which reorder the line as shown).
_NOT_ONE_LINE = re.compile(
    "[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
    f"|[\u2028\u2029\ufeff{BIDI_OVERRIDES}]")
#: A YAML line break anywhere in a written scalar means it spans lines.
_BREAKS = re.compile("[\n\r\x85\u2028\u2029]")
#: Wide enough that the writer never folds a long value onto a second line.
_NO_FOLDING = 1 << 30


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 \
        else f"\\U{code:08x}"


def comment_text(text: str) -> str:
    """``text`` as it may follow ``#`` on one line: each character that would end the
    line, or that YAML refuses, shown as an escape such as ``\\u2028``."""
    return _NOT_ONE_LINE.sub(_visible, text)


def scalar(value: Any) -> str:
    """``value`` as a one-line YAML value that reads back as the same value.

    The plain form when it fits on its line; otherwise every string double-quoted,
    where YAML writes line breaks and refused characters as escapes."""
    if value is None:
        return ""
    text = _dump(value, None)
    if _BREAKS.search(text) or _NOT_ONE_LINE.search(text):
        text = _dump(value, '"')
    return text


def _dump(value: Any, style: str | None) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True,
                          width=_NO_FOLDING, default_style=style)
    return text.strip().removesuffix("...").strip()


__all__ = ["comment_text", "scalar"]
