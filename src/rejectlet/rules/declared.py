"""Running the rules a pack declares in YAML (``checks:``).

A declared check is one test (a form: forbid, swap, require, require_kind,
max_words, order) over one scope of the letter: a section kind, the body, the
P.S., the subject, the whole letter, or the writer's data alone. Like a prose
linter's rule it may list exceptions (longer phrases in which a match is fine),
a link that explains it, and a suggested replacement, which the finding
carries as a fix.

Phrases are matched literally and case-insensitively, on the same plain form
as the built-in word rules (curly apostrophes, dashes and accents folded), and
always by the linear-time engine: a pack from a stranger cannot make
validation slow.
"""

from __future__ import annotations

import bisect
import itertools
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..diagnostics import Diagnostic, Fix, Location, Severity
from ..limits import current_meter
from ..model import Block, Letter, PackCheck
from ..suggest import quoted
from .linear import LinearPattern, escape, linear
from .locate import PlacedText, letter_location, placed_texts, placement
from .reading import Plain, plain

#: Scopes that are not a section kind.
SCOPES = ("body", "ps", "subject", "letter", "data")


def _applies(check: PackCheck, letter: Letter) -> bool:
    return not check.letters or letter.kind in check.letters or \
        letter.letter_type in check.letters


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True, slots=True)
class _PhraseSet:
    """Literal phrases as one linear-time alternation over plain lower-case text,
    without capture groups: RE2 finds the spans of a group-free pattern in one
    fast pass, whereas a thousand named groups made every match cost a thousand
    steps. Which phrase matched is read back from the matched words."""

    pattern: LinearPattern
    index_of: dict[str, int]

    def which(self, words: str) -> int:
        return self.index_of.get(words, 0)


@lru_cache(maxsize=256)
def _phrases(phrases: tuple[str, ...]) -> _PhraseSet | None:
    parts = []
    index_of: dict[str, int] = {}
    for index, phrase in enumerate(phrases):
        words = plain(phrase.strip()).lower
        if words:
            index_of.setdefault(words, index)
            parts.append((r"\b" if _wordy(words[0]) else "") + escape(words)
                         + (r"\b" if _wordy(words[-1]) else ""))
    if not parts:
        return None
    return _PhraseSet(linear("(?:" + "|".join(parts) + ")"), index_of)


def _found(phrases: _PhraseSet, text: str) -> bool:
    _tick()
    return phrases.pattern.search(text) is not None


def _tick() -> None:
    """One counted step of the letter's budget (and its run's): declared checks
    are pack code too, so their scanning is metered like templates are."""
    meter = current_meter.get()
    if meter is not None:
        meter.step()


@dataclass(frozen=True, slots=True)
class _Scoped:
    """A piece of text the check looks at, with where it came from."""

    placed: PlacedText
    key: str = ""


def _scoped(check: PackCheck, letter: Letter) -> list[_Scoped]:
    scope = check.scope
    if scope == "data":
        found = []
        for name, value in letter.data.items():
            values = value if isinstance(value, list) else [value]
            for item in values:
                if isinstance(item, str) and item.strip():
                    found.append(_Scoped(PlacedText(item, letter.location_of_value(name)
                                                    or letter.data_source), name))
        return found
    texts = placed_texts(letter)
    if scope == "letter":
        return [_Scoped(p) for p in texts]
    if scope == "subject":
        return [_Scoped(p) for p in texts[:1] if letter.subject and p.text == letter.subject]
    if scope == "ps":
        wanted = {p.text for b in letter.postscripts for p in b.paragraphs}
    else:
        wanted = {p.text for b in _blocks(check, letter) for p in b.paragraphs}
    return [_Scoped(p) for p in texts if p.text in wanted]


def _blocks(check: PackCheck, letter: Letter) -> list[Block]:
    kind = check.kind
    return [b for b in letter.body if kind is None or b.kind is kind]


def _exception_spans(text: Plain, exceptions: _PhraseSet | None) -> list[tuple[int, int]]:
    """Where the check's exception phrases stand in ``text``: found once per text,
    so a letter full of matches costs one scan, not one scan per match."""
    if exceptions is None:
        return []
    spans = []
    for hit in exceptions.pattern.finditer(text.lower):
        _tick()
        spans.append((hit.start, hit.end))
    return spans


def _excepted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the match lies inside one of the exception spans (sorted, apart)."""
    at = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


def run_checks(letter: Letter) -> Iterator[Diagnostic]:
    """Findings of every declared check that applies to this letter."""
    for check in letter.pack.checks:
        if _applies(check, letter):
            severity = Severity(check.severity)
            for message, location, key, fix in _run(check, letter):
                yield Diagnostic(check.code, severity, message, location, check.hint,
                                 rule=check.code, key=key, fix=fix, docs=check.link)


_Found = tuple[str, Location | None, str, Fix | None]


def _first_location(check: PackCheck, letter: Letter, scoped: Sequence[_Scoped]
                    ) -> Location | None:
    blocks = _blocks(check, letter)
    if check.kind is not None and blocks:
        return placement(letter, blocks[0])
    return scoped[0].placed.fallback if scoped and check.scope in ("data", "subject") \
        else letter_location(letter)


def _run(check: PackCheck, letter: Letter) -> Iterator[_Found]:
    if check.form == "require_kind":
        if not any(b.kind is check.argument for b in letter.body):
            yield check.message, letter_location(letter), "", None
        return
    if check.form == "order":
        order = list(check.argument)
        positions = [order.index(b.kind) for b in letter.body if b.kind in order]
        for earlier, later in itertools.pairwise(positions):
            if later < earlier:
                yield check.message, letter_location(letter), "", None
                break
        return
    scoped = _scoped(check, letter)
    if check.form == "max_words":
        words = sum(len(s.placed.text.split()) for s in scoped)
        if words > check.argument:
            yield (f"{check.message} ({words} words; the limit is {check.argument})",
                   _first_location(check, letter, scoped), "", None)
    elif check.form == "require":
        pattern = _phrases(tuple(check.argument))
        if scoped and (pattern is None or not any(
                _found(pattern, plain(s.placed.text).lower) for s in scoped)):
            yield check.message, _first_location(check, letter, scoped), "", None
    elif check.form in ("forbid", "swap"):
        yield from _forbidden(check, scoped)


def _forbidden(check: PackCheck, scoped: Sequence[_Scoped]) -> Iterator[_Found]:
    if check.form == "swap":
        phrases = tuple(old for old, _ in check.argument)
        replacements: tuple[str | None, ...] = tuple(new for _, new in check.argument)
    else:
        phrases = tuple(check.argument)
        replacements = (check.replacement,) * len(phrases)
    pattern = _phrases(phrases)
    exceptions = _phrases(tuple(check.exceptions))
    if pattern is None:
        return
    for item in scoped:
        _tick()
        text = plain(item.placed.text)
        reported: set[int] = set()
        spans = _exception_spans(text, exceptions)
        for hit in pattern.pattern.finditer(text.lower):
            _tick()
            index = pattern.which(text.lower[hit.start:hit.end])
            if index in reported or _excepted(spans, hit.start, hit.end):
                continue
            reported.add(index)
            words = text.quote(hit.start, hit.end)
            new = replacements[index]
            fix = None
            if new is not None:
                fix = Fix(words, new, f"replace with {quoted(new)}" if new else "remove it")
            message = f"{check.message} ({quoted(words)})"
            if new:
                message += f"; write {quoted(new)} instead"
            yield message, item.placed.where(text.span(hit.start, hit.end)[0]), item.key, fix

