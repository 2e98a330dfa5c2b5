"""Characters that act on text instead of being text, named once for every place
that must keep them out of what it writes.

Two kinds matter here. Control characters (C0, DEL and C1) can end a header or
a calendar line, drive a terminal or hide text. Bidirectional controls change
the order in which text is shown without being shown themselves: with a
right-to-left override, a mail client or a calendar shows 'moc.elpmaxe@' for an
address or a summary in an order the writer never meant. The direction marks
(U+200E, U+200F, U+061C) do the same more gently and are dropped where text is
reduced to one plain line; the embeddings, overrides and isolates are never
needed in a letter value at all.
"""

from __future__ import annotations

import re

#: The bidirectional embeddings, overrides and isolates (U+202A–U+202E,
#: U+2066–U+2069): they reorder everything after them up to the end of a line.
BIDI_OVERRIDES = "\u202a-\u202e\u2066-\u2069"
#: Those, and the direction marks (U+200E, U+200F and the Arabic letter mark U+061C).
BIDI_CONTROLS = re.compile(f"[\u061c\u200e\u200f{BIDI_OVERRIDES}]")
#: What no letter value and no line shown to the user may hold: the C0 controls
#: but tab and newline, DEL, the C1 controls, and the bidirectional embeddings,
#: overrides and isolates. (The direction marks are left to text that needs
#: them, such as a name in Arabic or Hebrew beside Latin letters.)
ACTING_CHARACTERS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_OVERRIDES}]")


def without_bidi(text: str) -> str:
    """``text`` with every bidirectional control dropped, for a line a program shows
    as it is (a header, a calendar field), where such a character could reorder
    what the reader sees."""
    return BIDI_CONTROLS.sub("", text)


__all__ = ["ACTING_CHARACTERS", "BIDI_CONTROLS", "BIDI_OVERRIDES", "without_bidi"]
