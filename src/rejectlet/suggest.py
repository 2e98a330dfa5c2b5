"""'Did you mean' hints for misspelt keys, kinds and names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate ``word`` is most likely a misspelling of, or None."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A short hint naming the closest candidate, or '' when nothing is close."""
    match = closest(word, candidates)
    return f"did you mean {match!r}?" if match is not None else ""
