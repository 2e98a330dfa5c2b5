"""Running the rules over a composed letter, with the pack's settings applied.

A letter is frozen, so its findings do not change between calls: the outcome
of the last validation is kept on the letter itself (nothing global grows, and
it goes when the letter goes), and ``render`` after ``validate`` does not run
the rules again. The kept outcome is used only while it still fits: the same
registered rules, and the same data values and locations (``Letter.data`` is a
plain dict a caller could change). A check stopped by its budget (RJ307) is
never kept: it says nothing about the letter. Threads validating one letter at
once each get the full findings; the last to finish stores an identical outcome.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any, cast

from .diagnostics import Diagnostic, Severity, sort_key
from .errors import PackError
from .language_tags import malformed_language
from .letter_shape import expect_letter
from .limits import BudgetExceeded, letter_meter
from .model import Letter, Pack
from .rules.base import all_rules, capped
from .rules.declared import run_checks
from .rules.locate import shared_texts
from .rules.settings import rule_settings
from .suggest import quoted


def validate(letter: Letter) -> list[Diagnostic]:
    """Every rule finding for the letter, errors and warnings, in file order.

    Checking is metered like composing: it counts against the run's budget, and
    stops with RJ307 when the letter's time is used up.
    """
    expect_letter(letter, "validate(letter)")
    rules = tuple(all_rules())
    stamp = _data_stamp(letter)
    kept = getattr(letter, "_validation", None)
    if kept is not None and kept[1] == stamp and _same_rules(kept[0], rules):
        return list(kept[2])
    with shared_texts(), letter_meter(checking=True) as meter:
        try:
            found = _validate(letter, rules, meter.check_time)
        except BudgetExceeded as exc:
            kind = letter.pack.letters.get(letter.kind)
            return [Diagnostic("RJ307", Severity.ERROR,
                               f"checking letter {quoted(letter.kind)} was stopped: {exc}",
                               kind.location if kind is not None else None,
                               "the rules read every character; a letter is short")]
    # one tuple, set in one step, so a reading thread sees a whole outcome or none
    object.__setattr__(letter, "_validation", (rules, stamp, tuple(found)))
    return found


def _same_rules(kept: tuple[Any, ...], rules: tuple[Any, ...]) -> bool:
    return len(kept) == len(rules) and all(a is b for a, b in zip(kept, rules, strict=True))


def _data_stamp(letter: Letter) -> bytes:
    """What a caller could still change on a frozen letter (its data and their
    places), as a 16-byte digest built one value at a time: a letter written once
    per person carries the whole data, so keeping (or building) one text of all of
    it per letter held a copy of the request for each of fifty letters.

    Values are read by their real types' own methods (the text of a ``str``
    subclass, the items of a ``dict`` subclass), never by methods a program's
    object defines, and nesting is read only so deep: anything else counts by its
    identity, so no code of the caller's runs here and no depth can overflow."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (letter.data, letter.data_locations, letter.data_source):
        _feed(digest, part, 0)
    return digest.digest()


#: Nesting the stamp reads into; a deeper container counts by its identity.
_STAMP_DEPTH = 32


def _feed(digest: Any, value: object, depth: int) -> None:
    kind = type(value)
    digest.update(b"%d|" % id(kind))
    if value is None or kind in (bool, float):
        digest.update(repr(value).encode())
    elif issubclass(kind, str):
        text = str.__str__(cast(str, value)).encode("utf-8", "surrogatepass")
        digest.update(b"%d:" % len(text))
        digest.update(text)
    elif issubclass(kind, int):
        number = int.__index__(cast(int, value))
        digest.update(number.to_bytes(number.bit_length() // 8 + 1, "little", signed=True))
    elif depth < _STAMP_DEPTH and issubclass(kind, dict):
        mapping = cast(dict[object, object], value)
        digest.update(b"{%d" % dict.__len__(mapping))
        for key, item in dict.items(mapping):
            _feed(digest, key, depth + 1)
            _feed(digest, item, depth + 1)
    elif depth < _STAMP_DEPTH and issubclass(kind, list | tuple):
        items: Iterator[object] = (list.__iter__(cast(list[object], value))
                                   if issubclass(kind, list)
                                   else tuple.__iter__(cast(tuple[object, ...], value)))
        digest.update(b"[")
        for item in items:
            _feed(digest, item, depth + 1)
        digest.update(b"]")
    else:  # a date, a place, a program's own object: by identity, never its methods
        digest.update(b"@%d" % id(value))


def _validate(letter: Letter, rules: tuple[Any, ...],
              check_time: Any = None) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    for rule in rules:
        if check_time is not None:
            check_time()
        settings = rule_settings(letter.pack, letter.kind, rule, letter.letter_type)
        if settings.severity is None or not settings.applies:
            continue
        for finding in rule.check(letter, settings.check_options()):
            diagnostics.append(Diagnostic(rule.code, capped(settings.severity, finding),
                                          finding.message, finding.location, finding.hint,
                                          rule=rule.name, fix=finding.fix))
    diagnostics.extend(run_checks(letter))
    diagnostics.extend(language_findings(letter.pack))
    return sorted(diagnostics, key=sort_key)


def language_findings(pack: Pack) -> list[Diagnostic]:
    """RJ126 at pack.yaml's ``language`` when the pack's language is not shaped
    like a tag: every format writes it (``<html lang>``), so it is judged with each
    letter, not only by ``rejectlet check``."""
    where = pack.language_location or pack.location
    return malformed_language(pack.language, where.with_key("language") if where else None)


def refuse_malformed_language(pack: Pack) -> None:
    """Raise RJ126 when no output can carry the pack's language; unlike a rule's
    finding, ``force`` does not pass it."""
    malformed = language_findings(pack)
    if malformed:
        raise PackError(malformed)
