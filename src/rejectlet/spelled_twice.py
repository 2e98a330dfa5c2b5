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

from collections.abc import Mapping
from typing import Any

from .diagnostics import Location
from .errors import DataError
from .yamlio import LocatedMap

#: Dotted names looked at in one mapping; data holds at most 1,000 values, so a
#: mapping with more keys is refused by the size limit before this matters.
_MOST_KEYS = 1_001


def _plain_mapping(value: Any) -> bool:
    """Only mappings whose lookups run no program code are walked: a subclass a
    host program wrote is judged later, by the data checks, as a value."""
    return type(value) is dict or type(value) is LocatedMap


def _nested_path(raw: Mapping[str, Any], parts: list[str]) -> bool:
    node: Any = raw
    for part in parts:
        if not _plain_mapping(node) or part not in node:
            return False
        node = node[part]
    return True


def clash(raw: Mapping[str, Any]) -> tuple[str, str] | None:
    """The first dotted key whose name the mapping also gives nested, with the
    top-level key holding the nested one; None when every name is given once."""
    if not _plain_mapping(raw):
        return None
    for index, key in enumerate(raw):
        if index >= _MOST_KEYS:
            break
        if type(key) is not str or "." not in key:
            continue
        parts = key.split(".")
        if all(parts) and parts[0] != key and _nested_path(raw, parts):
            return key, parts[0]
    return None


def refuse_spelled_twice(raw: Mapping[str, Any], where: Location | None = None) -> None:
    """Raise RJ216 at the later of the two spellings (for data from YAML), or at
    the dotted key (for a mapping a program passed)."""
    found = clash(raw)
    if found is None:
        return
    dotted, top = found
    location, other = _places(raw, dotted, top, where)
    raise DataError(
        f"{dotted!r} is given twice: as {dotted!r} and nested under {top!r}"
        f"{other}; only one of them could be used",
        location, code="RJ216",
        hint=f"keep one spelling: either '{dotted}: …' or '{top}:' with the value "
             "nested under it")


def _places(raw: Mapping[str, Any], dotted: str, top: str,
            where: Location | None) -> tuple[Location, str]:
    if isinstance(raw, LocatedMap):
        first, second = raw.key_location(dotted), raw.key_location(top)
        if (second.line, second.column) > (first.line, first.column):
            first, second = second, first
        return first.with_key(dotted), f" (the other at line {second.line})"
    base = where if where is not None else Location("<data>")
    return base.with_key(dotted), ""
