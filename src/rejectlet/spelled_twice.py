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
from .suggest import shown_name
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


#: A spelling as a chain of links, innermost key first: ``(("sender", None)...)``.
#: Each mapping's keys share their parent's link instead of copying its keys, so
#: the walk keeps one link per key, however deep the keys nest.
_Chain = tuple[Any, str] | None


class _Name:
    """One dotted part of a full name, and the parts that follow it: the full names
    a mapping gives, stored once per part rather than once per value, so data
    nested 900 deep with long keys costs its own size, not its size times its depth."""

    __slots__ = ("given", "parts")

    def __init__(self) -> None:
        self.parts: dict[str, _Name] = {}
        self.given: _Chain = None  # the spelling of the value given here, if any


def _keys(chain: _Chain) -> tuple[str, ...]:
    keys: list[str] = []
    while chain is not None:
        chain, key = chain
        keys.append(key)
    return tuple(reversed(keys))


def clash(raw: Mapping[str, Any]) -> Clash | None:
    """The first full dotted name the mapping gives twice, however each spelling
    splits it into nested and dotted keys (``sender.home: {city: …}`` and
    ``sender: {home.city: …}`` both name ``sender.home.city``); None when every
    name is given once. Keys are read level by level, shallow ones first.

    No full name is ever joined into one string while looking: each key's dotted
    parts are placed under its mapping's own place, so the work and the memory
    grow with the keys' own length, not with their length times their depth."""
    if not _plain_mapping(raw):
        return None
    top = _Name()
    pending: deque[tuple[_Chain, _Name, Mapping[str, Any]]] = deque([(None, top, raw)])
    looked = 0
    while pending:
        outer, place, mapping = pending.popleft()
        for key, value in mapping.items():
            looked += 1
            if looked > _MOST_KEYS:
                return None
            if type(key) is not str or not all(key.split(".")):
                continue  # not a name: judged later by the data checks
            spelling: _Chain = (outer, key)
            here = place
            for part in key.split("."):
                here = here.parts.setdefault(part, _Name())
            if _plain_mapping(value) and value:
                pending.append((spelling, here, value))
                continue
            if here.given is not None:
                second = _keys(spelling)
                return Clash(".".join(second), _keys(here.given), second)
            here.given = spelling
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
    inside = f" inside {_shown('.'.join(found.first[:shared]))}" if shared else ""
    location, other = _places(raw, found, shared, first[0], second[0], where)
    raise DataError(
        f"{_shown(found.path)} is given twice: {_spelled(first)} and "
        f"{_spelled(second)}{inside}{other}; only one of them could be used",
        location, code="RJ216",
        hint=f"keep one spelling: either {_kept(first)} or {_kept(second)}")


#: Most characters of a name quoted in the message: a name nested hundreds deep
#: is shown by its beginning, not copied whole into every report of it.
MAX_NAME_SHOWN = 200


def _shown(name: str) -> str:
    return shown_name(name, MAX_NAME_SHOWN)


def _spelled(keys: tuple[str, ...]) -> str:
    return f"as {_shown(keys[0])}" if len(keys) == 1 else f"nested under {_shown(keys[0])}"


def _kept(keys: tuple[str, ...]) -> str:
    key = keys[0] if len(keys[0]) <= MAX_NAME_SHOWN else keys[0][:MAX_NAME_SHOWN] + "…"
    return f"'{key}: …'" if len(keys) == 1 else f"'{key}:' with the value nested under it"


def _places(raw: Mapping[str, Any], found: Clash, shared: int, one: str, two: str,
            where: Location | None) -> tuple[Location, str]:
    mapping: Any = raw
    for key in found.first[:shared]:
        mapping = mapping[key]
    if isinstance(mapping, LocatedMap):
        first, second = mapping.key_location(one), mapping.key_location(two)
        if (second.line, second.column) > (first.line, first.column):
            first, second = second, first
        return first.with_key(_key_shown(found.path)), f" (the other at line {second.line})"
    base = where if where is not None else Location("<data>")
    return base.with_key(_key_shown(found.path)), ""


def _key_shown(path: str) -> str:
    return path if len(path) <= MAX_NAME_SHOWN else path[:MAX_NAME_SHOWN] + "…"
