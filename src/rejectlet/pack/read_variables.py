"""Read stage: the ``variables:`` table, and the fields of records variables."""

from __future__ import annotations

import re
from typing import Any

from .. import spec
from ..checks import PACK_VARIABLES, Problems, as_list, as_map, subject
from ..data import META_KEYS
from ..model import VARIABLE_TYPES, Variable
from ..suggest import did_you_mean, quoted, shown_name
from ..yamlio import LocatedMap

VAR_RE = re.compile(r"^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$")
#: A records field holds one plain value: no nested lists or records.
_FIELD_TYPES = tuple(t for t in VARIABLE_TYPES if t not in ("records", "list"))


def plain(value: Any) -> Any:
    """Defaults as plain lists and dicts, free of the loader's position bookkeeping."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def read_variables(top: LocatedMap, problems: Problems) -> dict[str, Variable]:
    if "variables" not in top:
        return {}
    table = as_map(top["variables"], top.value_location("variables"), problems, "variables")
    if table is None:
        problems.mark(PACK_VARIABLES)
    result: dict[str, Variable] = {}
    for name, raw in (table or {}).items():
        assert table is not None
        variable = _variable(name, raw, table, problems, top_level=True)
        if variable is not None:
            result[name] = variable
        else:  # reported; templates using it are not reported as undeclared too
            problems.mark(subject("variables", name.split(".")[0]))
    return result


def _spec_map(name: str, raw: Any, table: LocatedMap, problems: Problems,
              where: str) -> LocatedMap | None:
    if raw is not None:
        return as_map(raw, table.value_location(name), problems, where)
    empty = LocatedMap()
    empty.location, empty.key_locations, empty.value_spans = table.key_location(name), {}, {}
    return empty


def _variable(name: str, raw: Any, table: LocatedMap, problems: Problems,
              top_level: bool) -> Variable | None:
    where = f"variable {shown_name(name)}" if top_level else f"field {shown_name(name)}"
    loc = table.key_location(name)
    if not VAR_RE.match(name) or (not top_level and "." in name):
        problems.add(f"{where}: names are lower-case words"
                     + (", dotted for groups (sender.name)" if top_level else ""),
                     loc, code="RJ113")
    elif top_level and name.split(".")[0] in META_KEYS:
        # a data file's own lines: `new letter` would write the variable where its
        # reader takes the key for the line (a second `pack:`, an `include:` path)
        problems.add(f"{where}: {quoted(name.split('.')[0])} is reserved for the data file's "
                     f"own line, as a name and as a group", loc,
                     "rename the variable, e.g. pack_name or letter_kind", code="RJ113")
        return None
    spec_map = _spec_map(name, raw, table, problems, where)
    if spec_map is None:
        return None
    spec.check_fields(problems, spec_map, spec.VARIABLE if top_level else spec.FIELD_SPEC,
                      where)
    vtype = spec_map.get("type", "string")
    allowed = VARIABLE_TYPES if top_level else _FIELD_TYPES
    if vtype not in allowed:
        problems.add(f"{where}: unknown type {quoted(vtype)}", spec_map.value_location("type"),
                     did_you_mean(str(vtype), allowed) or f"types: {', '.join(allowed)}",
                     code="RJ113")
    return Variable(name=name, type=str(vtype), required=spec_map.get("required") is True,
                    default=plain(spec_map.get("default")),
                    choices=_choices(spec_map, problems, where),
                    help=str(spec_map.get("help") or ""), location=loc,
                    fields=_fields(spec_map, vtype, problems, where))


def _choices(spec_map: LocatedMap, problems: Problems, where: str) -> tuple[str, ...]:
    if "choices" not in spec_map:
        return ()
    found = as_list(spec_map["choices"], spec_map.value_location("choices"), problems,
                    f"{where}.choices")
    return tuple(str(c) for c in found) if found is not None else ()


def _fields(spec_map: LocatedMap, vtype: Any, problems: Problems,
            where: str) -> dict[str, Variable]:
    if vtype != "records":
        if "fields" in spec_map:
            problems.add(f"{where}: only type records has fields",
                         spec_map.key_location("fields"), code="RJ113")
        return {}
    table = as_map(spec_map.get("fields"), spec_map.value_location("fields"), problems,
                   f"{where}.fields")
    fields: dict[str, Variable] = {}
    for field_name, field_raw in (table or {}).items():
        assert table is not None
        field = _variable(field_name, field_raw, table, problems, top_level=False)
        if field is not None:
            fields[field_name] = field
    return fields
