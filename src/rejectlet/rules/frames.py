"""One frame of the tone and feedback readers: the shape every language's table uses.

It lives on its own so each language's frames can sit in a module of their own
(``stance`` for English and the reading itself, ``stance_de`` for German)
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Signal:
    """One frame: the words that show it, what else the sentence must hold, and
    what rules it out."""

    category: str
    pattern: str
    also: str | None = None
    unless: str | None = None
    mild: bool = False
