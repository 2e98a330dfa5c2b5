"""Patterns that run in time linear in the text, whatever the text is.

Every pattern a rule runs over a letter's text goes through here. The text is
the writer's data, so a backtracking engine would let one crafted value (a
bracket followed by a long run of word characters, say) stall validation for
hours. RE2 guarantees linear time by construction; it refuses the features that
break that guarantee (look-around, back-references), so a pattern that compiles
here is safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import re2  # type: ignore[import-untyped]

from ..limits import watch_the_clock


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: its span and the name of the group that matched, if any."""

    start: int
    end: int
    group: str | None = None


class LinearPattern:
    """A compiled RE2 pattern with the few operations the rules need."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str, *, ignore_case: bool = False) -> None:
        options = re2.Options()
        options.case_sensitive = not ignore_case
        options.max_mem = 64 << 20
        self.pattern = pattern
        self._compiled = re2.compile(pattern, options)

    def search(self, text: str) -> Hit | None:
        """The first match, or None."""
        found = self._compiled.search(text)
        if found is None:
            return None
        return Hit(found.start(), found.end(), found.lastgroup)

    def finditer(self, text: str) -> Iterator[Hit]:
        """Every non-overlapping match, left to right."""
        if len(text) <= MEMO_CHARS:
            return iter(_every_hit(self, text))
        return self._hits(text)

    def _hits(self, text: str) -> Iterator[Hit]:
        # a text of many short matches is a long scan made of cheap steps: the
        # letter's clock is read every 256 matches, for every rule that scans
        for turn, found in enumerate(self._compiled.finditer(text), start=1):
            watch_the_clock(turn)
            yield Hit(found.start(), found.end(), found.lastgroup)


#: Texts up to this long have their matches remembered (see :func:`_every_hit`).
MEMO_CHARS = 2_000
#: How many (pattern, text) answers are remembered.
MEMO_ENTRIES = 2_048


@lru_cache(maxsize=MEMO_ENTRIES)
def _every_hit(pattern: LinearPattern, text: str) -> tuple[Hit, ...]:
    """The matches of a pattern in a short text, remembered: the rules scan the same
    paragraphs with the same patterns again and again (the sender's lines, the pack's
    fixed sentences in every letter of a batch), and each scan through the RE2
    binding costs far more than looking the answer up. Bounded in entries and in the
    length of the texts kept."""
    return tuple(pattern._hits(text))


class LinearSet:
    """Several patterns searched in one linear pass, answering which of them match.

    A rule that tries dozens of patterns on every sentence spends most of its time
    starting searches that find nothing; one pass that names the patterns present
    lets it search only those, with exactly the outcome of trying them all.
    """

    __slots__ = ("_set", "size")

    def __init__(self, patterns: tuple[str, ...]) -> None:
        options = re2.Options()
        options.max_mem = 64 << 20
        self.size = len(patterns)
        self._set = re2.Set.SearchSet(options)
        for pattern in patterns:
            self._set.Add(pattern)
        self._set.Compile()

    def present(self, text: str) -> tuple[int, ...]:
        """The positions (in the order given) of the patterns found in ``text``."""
        found = self._set.Match(text)
        return tuple(sorted(found)) if found else ()


@lru_cache(maxsize=64)
def linear_set(patterns: tuple[str, ...]) -> LinearSet | None:
    """A compiled set of patterns, cached; None when RE2 cannot hold them all in its
    memory budget, and the caller then searches them one by one."""
    try:
        return LinearSet(patterns)
    except re2.error:
        return None


@lru_cache(maxsize=512)
def linear(pattern: str, ignore_case: bool = False) -> LinearPattern:
    """A compiled linear-time pattern, cached (patterns are few and fixed)."""
    return LinearPattern(pattern, ignore_case=ignore_case)


def escape(literal: str) -> str:
    """A pattern that matches the literal text exactly."""
    return str(re2.escape(literal))
