"""'Did you mean' hints for misspelt keys, kinds and names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

#: Longest word compared with the candidates: no name is longer, and comparing a
#: huge key (a program may pass one of millions of characters) costs its length
#: times each candidate's for a hint that cannot match.
MAX_COMPARED_CHARS = 200


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate ``word`` is most likely a misspelling of, or None."""
    if len(word) > MAX_COMPARED_CHARS:
        return None
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def shown_name(name: str, limit: int = MAX_COMPARED_CHARS) -> str:
    """A name quoted in a message: itself, or its first ``limit`` characters and an
    ellipsis, so a diagnostic about a huge key is not a copy of it."""
    return repr(name) if len(name) <= limit else repr(name[:limit]) + "…"


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A short hint naming the closest candidate, or '' when nothing is close."""
    match = closest(word, candidates)
    return f"did you mean {match!r}?" if match is not None else ""


def quoted(value: object, limit: int = MAX_COMPARED_CHARS) -> str:
    """Any value quoted in a message as ``repr`` would, but never longer than
    ``limit`` characters and an ellipsis: a message quotes a key, a name or a
    value someone else wrote, which may be of any length."""
    if isinstance(value, str):
        return shown_name(value, limit)
    shown = repr(value)
    return shown if len(shown) <= limit else shown[:limit] + "…"
