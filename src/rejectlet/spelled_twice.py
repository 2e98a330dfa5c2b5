"""One value spelled two ways in one mapping: ``sender: {name: A}`` and ``sender.name: B``.

Data may name a grouped value nested or dotted, and both spellings end up as the
same flat name. Written twice in one place (one data file, one YAML batch row, one
mapping a program passes), only one of the two could reach the letter and the
other would be dropped without a word, so the pair is refused where it was
written. Across layers (an included profile under the file, a profile under a
batch row, keyword values over a mapping) the upper layer wins as documented, so
this check runs on each layer by itself, never on a merged mapping.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any, NamedTuple

from .diagnostics import Location
from .errors import DataError
from .yamlio import LocatedMap

#: Keys looked at in one mapping, at every depth. Data holds at most 1,000 values,
#: so a mapping with far more keys is refused by the size limit or is not letter
#: data at all; the walk stops here rather than follow it, or a mapping holding
#: itself, without end.
_MOST_KEYS = 10_000


def _plain_mapping(value: Any) -> bool:
    """Only mappings whose lookups run no program code are walked: a subclass a
    host program wrote is judged later, by the data checks, as a value."""
    return type(value) is dict or type(value) is LocatedMap


class Clash(NamedTuple):
    """One full dotted name reached by two spellings: the keys each spelling
    writes, outermost first (``("sender", "name")`` and ``("sender.name",)``)."""

    path: str
    first: tuple[str, ...]
    second: tuple[str, ...]


def clash(raw: Mapping[str, Any]) -> Clash | None:
    """The first full dotted name the mapping gives twice, however each spelling
    splits it into nested and dotted keys (``sender.home: {city: …}`` and
    ``sender: {home.city: …}`` both name ``sender.home.city``); None when every
    name is given once. Keys are read level by level, shallow ones first."""
    if not _plain_mapping(raw):
        return None
    seen: dict[str, tuple[str, ...]] = {}
    pending: deque[tuple[tuple[str, ...], Mapping[str, Any]]] = deque([((), raw)])
    looked = 0
    while pending:
        outer, mapping = pending.popleft()
        for key, value in mapping.items():
            looked += 1
            if looked > _MOST_KEYS:
                return None
            if type(key) is not str or not all(key.split(".")):
                continue  # not a name: judged later by the data checks
            spelling = (*outer, key)
            if _plain_mapping(value) and value:
                pending.append((spelling, value))
                continue
            path = ".".join(spelling)
            if path in seen:
                return Clash(path, seen[path], spelling)
            seen[path] = spelling
    return None


def refuse_spelled_twice(raw: Mapping[str, Any], where: Location | None = None) -> None:
    """Raise RJ216 at the later of the two spellings (for data from YAML), or at
    the full dotted name (for a mapping a program passed)."""
    found = clash(raw)
    if found is None:
        return
    shared = 0  # the keys both spellings begin with lead to the mapping they differ in
    while found.first[shared] == found.second[shared]:
        shared += 1
    first, second = found.first[shared:], found.second[shared:]
    if len(second) < len(first):  # the one written as a single key first, as always
        first, second = second, first
    inside = f" inside {'.'.join(found.first[:shared])!r}" if shared else ""
    location, other = _places(raw, found, shared, first[0], second[0], where)
    raise DataError(
        f"{found.path!r} is given twice: {_spelled(first)} and "
        f"{_spelled(second)}{inside}{other}; only one of them could be used",
        location, code="RJ216",
        hint=f"keep one spelling: either {_kept(first)} or {_kept(second)}")


def _spelled(keys: tuple[str, ...]) -> str:
    return f"as {keys[0]!r}" if len(keys) == 1 else f"nested under {keys[0]!r}"


def _kept(keys: tuple[str, ...]) -> str:
    return f"'{keys[0]}: …'" if len(keys) == 1 else f"'{keys[0]}:' with the value nested under it"


def _places(raw: Mapping[str, Any], found: Clash, shared: int, one: str, two: str,
            where: Location | None) -> tuple[Location, str]:
    mapping: Any = raw
    for key in found.first[:shared]:
        mapping = mapping[key]
    if isinstance(mapping, LocatedMap):
        first, second = mapping.key_location(one), mapping.key_location(two)
        if (second.line, second.column) > (first.line, first.column):
            first, second = second, first
        return first.with_key(found.path), f" (the other at line {second.line})"
    base = where if where is not None else Location("<data>")
    return base.with_key(found.path), ""
