"""Read stage: the ``letters:`` table.

A letter is read as written: any key may be missing, because a pack that
extends another may change one key of a parent's letter (only its subject,
say) without restating the rest. Required keys are checked after merging.
"""

from __future__ import annotations

import re
from typing import Any

from .. import spec
from ..checks import Problems, as_list, as_map, describe
from ..diagnostics import Location
from ..model import LETTER_PARTS, LETTERHEAD_BLOCKS, Template
from ..suggest import quoted
from ..yamlio import LocatedMap
from .parts import LetterPart, SectionList
from .read_checks import rules_table

#: What a letter kind's id may be: a name, usable as a file name and in a URL.
LETTER_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def read_letters(top: LocatedMap, problems: Problems) -> dict[str, LetterPart]:
    if "letters" not in top:
        return {}
    table = as_map(top["letters"], top.value_location("letters"), problems, "letters")
    result: dict[str, LetterPart] = {}
    for lid, raw in (table or {}).items():
        assert table is not None
        if not LETTER_ID_RE.fullmatch(lid):
            # a letter's id names its sample file (samples/ID.yaml) and is quoted in
            # pages and commands: a path, a quote or a huge id is refused at its key
            problems.add(f"letter id {quoted(lid[:64])}{'…' if len(lid) > 64 else ''} is not a "
                         "name", table.key_location(lid),
                         "use letters, digits, '-' and '_', at most 64, such as reply or "
                         "check-in", code="RJ113")
            continue
        where = f"letter {quoted(lid)}"
        spec_map = as_map(raw, table.value_location(lid), problems, where)
        if spec_map is not None:
            result[lid] = _letter(lid, spec_map, table.key_location(lid), problems)
    return result


def _letter(lid: str, spec_map: LocatedMap, location: Location,
            problems: Problems) -> LetterPart:
    where = f"letter {quoted(lid)}"
    spec.check_fields(problems, spec_map, spec.LETTER, where, required=False)
    templates = {key: Template(spec_map[key], spec_map.value_spans[key])
                 for key in LETTER_PARTS if isinstance(spec_map.get(key), str)}
    return LetterPart(
        id=lid, location=location, map_location=spec_map.location, templates=templates,
        blocks=_blocks(spec_map, where, problems),
        body=section_list(spec_map, "body", where, problems),
        ps=section_list(spec_map, "ps", where, problems),
        rules=(rules_table(spec_map["rules"], spec_map.value_location("rules"), problems)
               if "rules" in spec_map else {}),
        description=_word(spec_map, "description"), type=_word(spec_map, "type"),
        type_location=spec_map.value_location("type") if "type" in spec_map else None,
        each=_word(spec_map, "each"),
        each_location=spec_map.value_location("each") if "each" in spec_map else None,
        item_name=_word(spec_map, "as"))


def _word(spec_map: LocatedMap, key: str) -> str | None:
    value: Any = spec_map.get(key)
    return value if isinstance(value, str) else None


def _blocks(spec_map: LocatedMap, where: str, problems: Problems) -> dict[str, Template]:
    if "blocks" not in spec_map:
        return {}
    table = as_map(spec_map["blocks"], spec_map.value_location("blocks"), problems,
                   f"{where}.blocks")
    if table is None:
        return {}
    spec.check_fields(problems, table, spec.LETTER.child("blocks"), f"{where}.blocks")
    return {key: Template(table[key], table.value_spans[key])
            for key in LETTERHEAD_BLOCKS if isinstance(table.get(key), str)}


def section_list(spec_map: LocatedMap, key: str, where: str,
                 problems: Problems) -> SectionList | None:
    """The section ids of ``body`` or ``ps``; whether each exists is asked after merging."""
    if key not in spec_map:
        return None
    items = as_list(spec_map[key], spec_map.value_location(key), problems, f"{where}.{key}")
    if items is None:
        return SectionList()
    ids: list[str] = []
    locations: list[Location] = []
    for index, item in enumerate(items):
        loc = items.item_location(index)
        if not isinstance(item, str):
            problems.add(f"{where}.{key} lists section ids, not {describe(item)}", loc,
                         code="RJ113")
            continue
        ids.append(item)
        locations.append(loc)
    return SectionList(tuple(ids), tuple(locations))
