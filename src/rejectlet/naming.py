"""Names for output files, taken from the letter they hold."""

from __future__ import annotations

import re
import unicodedata

from .model import Letter


def slug(text: str) -> str:
    """A file-name-safe form of a name: 'Tomás Ortega' → 'tomas-ortega'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "letter"


def recipient_name(letter: Letter, fallback: str) -> str:
    """Whom the letter is for: the person of a per-person letter, else the recipient."""
    kind = letter.pack.letters[letter.kind]
    person = letter.data.get(f"{kind.item_name}.name") if kind.each else None
    return str(person or letter.data.get("recipient.name") or fallback)
