"""JSON Schemas for pack files and letter data files, generated from the models.

The pack schema comes from :mod:`rejectlet.spec`, the same description the
loader checks against; a letter schema comes from a pack's variables. The
generic letter schema (no pack) checks the meta keys and value shapes.
Editors that speak the YAML language server protocol read them through a
``# yaml-language-server: $schema=…`` first line.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import math
from pathlib import Path
from typing import Any

from .data import MAX_LIST_ITEMS, MAX_RECORDS, MAX_STRING_CHARS
from .model import LetterKind, Pack, Variable
from .output import write_atomic
from .spec import PACK, Field

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SIMPLE = {"string": "string", "boolean": "boolean", "integer": "integer", "number": "number"}


def _option_schema(default: Any) -> dict[str, Any]:
    if isinstance(default, bool):
        return {"type": "boolean"}
    if isinstance(default, int):
        return {"type": "integer"}
    if isinstance(default, float):
        return {"type": "number"}
    if isinstance(default, list):
        return {"type": "array", "items": {"type": "string"}}
    return {"type": "string"}


def _rules_schema(field: Field) -> dict[str, Any]:
    """Rule settings, from the rule registry: each rule by code and by name."""
    from .diagnostics import Severity
    from .rules.base import all_rules, severity_rank

    properties: dict[str, Any] = {}
    for rule in all_rules():
        floor = severity_rank(rule.floor_for())
        severities = [word for word, level in (("error", Severity.ERROR),
                                                ("warning", Severity.WARNING), ("off", None))
                      if severity_rank(level) >= floor]
        mapping = {"type": "object", "additionalProperties": False,
                   "properties": {"severity": {"enum": severities},
                                  **{k: _option_schema(v) for k, v in rule.options.items()}}}
        setting = {"description": rule.summary,
                   "anyOf": [{"enum": severities}, mapping]}
        properties[rule.code] = setting
        properties[rule.name] = setting
    return {"description": field.description, "type": "object", "properties": properties,
            "additionalProperties": False}


def _field_schema(field: Field) -> dict[str, Any]:
    if field.name == "rules":
        return {"$ref": "#/$defs/rules"}
    schema: dict[str, Any] = {}
    if field.description:
        schema["description"] = field.description
    if field.type in _SIMPLE:
        schema["type"] = _SIMPLE[field.type]
    elif field.type == "template":
        schema["type"] = "string"
    elif field.type == "version":
        schema["type"] = ["string", "number"]
    elif field.type == "list":
        schema["type"] = "array"
        if field.items is not None:
            schema["items"] = _field_schema(field.items)
    elif field.type == "mapping":
        schema["type"] = "object"
        if field.children:
            schema["properties"] = {c.name: _field_schema(c) for c in field.children}
            schema["additionalProperties"] = False
            required = [c.name for c in field.children if c.required]
            if required:
                schema["required"] = required
        if field.values is not None:
            schema["additionalProperties"] = _field_schema(field.values)
    if field.enum:
        schema["enum"] = list(field.enum)
    if field.alternatives:
        return {"anyOf": [schema, *(_field_schema(a) for a in field.alternatives)],
                **({"description": field.description} if field.description else {})}
    return schema


def pack_schema() -> dict[str, Any]:
    """The JSON Schema of pack.yaml."""
    schema = _field_schema(PACK)
    return {"$schema": SCHEMA_DIALECT, "$id": "https://rejectlet.invalid/schemas/pack.json",
            "title": "rejectlet pack", **schema,
            "$defs": {"rules": _rules_schema(PACK.child("rules"))}}


#: Text values of type string: a line break is allowed only at either end (it is trimmed).
_ONE_LINE = r"^\s*[^\n]*\s*$"
#: The documented way to write the letter's date as the day it is composed.
_TODAY = {"type": "string", "pattern": "^\\s*[Tt][Oo][Dd][Aa][Yy]\\s*$"}

_VALUE_TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string", "maxLength": MAX_STRING_CHARS, "pattern": _ONE_LINE},
    "text": {"type": "string", "maxLength": MAX_STRING_CHARS},
    "email": {"type": "string", "format": "email", "maxLength": MAX_STRING_CHARS,
              "pattern": _ONE_LINE},
    "list": {"type": "array", "items": {"type": ["string", "number"]},
             "maxItems": MAX_LIST_ITEMS},
    "bool": {"type": "boolean"},
    "integer": {"type": "integer"},
    "date": {"anyOf": [{"type": "string", "format": "date"}, _TODAY]},
}


def _variable_schema(variable: Variable, kind: LetterKind | None = None) -> dict[str, Any]:
    if variable.type == "records":
        fields = {name: _variable_schema(f) for name, f in variable.fields.items()}
        item: dict[str, Any] = {"type": "object", "properties": fields,
                                "additionalProperties": False}
        required = [name for name, f in variable.fields.items() if f.required]
        if required:
            item["required"] = required
        schema: dict[str, Any] = {"type": "array", "items": item, "maxItems": MAX_RECORDS}
        if kind is not None and kind.each == variable.name:
            schema["minItems"] = 1
    else:
        schema = copy.deepcopy(_VALUE_TYPES.get(variable.type, {}))
    if variable.choices:
        schema["enum"] = list(variable.choices)
    if variable.help:
        schema["description"] = variable.help
    if variable.default is not None and (variable.type != "date" or variable.default == "today"):
        schema["default"] = variable.default
    return schema


_META = {
    "pack": {"type": "string", "description": "the pack to use: a name or a folder path"},
    "letter": {"type": "string", "description": "the letter kind, e.g. reply"},
    "include": {"description": "YAML files with shared values (a profile)",
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
}


def _needed(pack: Pack, kind: LetterKind) -> list[str]:
    """The variables composing this letter kind refuses to do without, in pack order."""
    return [name for name, variable in pack.variables.items()
            if (variable.required and kind.needs(name)) or kind.each == name]


def _requirement(names: list[str]) -> dict[str, Any]:
    """A schema that holds when every named value is given.

    A value inside a group may be written nested (``sender: {name: …}``) or with a
    dotted key (``sender.name: …``); either satisfies it.
    """
    plain = [name for name in names if "." not in name]
    clauses: list[dict[str, Any]] = []
    for name in names:
        if "." not in name:
            continue
        *groups, leaf = name.split(".")
        nested: dict[str, Any] = {"required": [leaf]}
        for group in reversed(groups):
            nested = {"required": [group], "properties": {group: nested}}
        clauses.append({"anyOf": [{"required": [name]}, nested]})
    result: dict[str, Any] = {}
    if plain:
        result["required"] = plain
    if clauses:
        result["allOf"] = clauses
    return result


def _nested_properties(pack: Pack, kind: LetterKind | None) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for name, variable in pack.variables.items():
        target = properties
        *groups, leaf = name.split(".")
        for group in groups:
            node = target.setdefault(group, {"type": "object", "properties": {},
                                             "additionalProperties": False})
            target = node["properties"]
        target[leaf] = _variable_schema(variable, kind)
    return properties


def _with_nested_required(properties: dict[str, Any], names: list[str]) -> list[str]:
    """Mark required values inside their groups; return the top-level names to require."""
    top: list[str] = []
    for name in names:
        parts = name.split(".")
        if parts[0] not in top:
            top.append(parts[0])
        node = properties
        for group, child in itertools.pairwise(parts):
            required = node[group].setdefault("required", [])
            if child not in required:
                required.append(child)
            node = node[group]["properties"]
    return top


def letter_schema(pack: Pack | None = None, kind: str | None = None) -> dict[str, Any]:
    """The JSON Schema of letter data: generic, for one pack's data files, or for the
    values one letter kind needs.

    The pack's schema describes data files: ``pack`` and ``letter`` are required, a
    value may be written nested or with its dotted key, and what each letter kind
    needs is required when ``letter`` names that kind (values every kind needs are
    required whatever it names), unless the file has an ``include:`` that may
    supply them. The schema for one kind (``kind``) describes the nested
    values a program or form sends to :func:`~rejectlet.compose` for that letter:
    each group lists its own required values, which is what a form generator reads.
    """
    from .arguments import expect

    expect(pack, Pack, "letter_schema(pack)", "a loaded pack (from load_pack())",
           optional=True)
    base: dict[str, Any] = {"$schema": SCHEMA_DIALECT, "type": "object"}
    if pack is None:
        return {**base, "$id": "https://rejectlet.invalid/schemas/letter.json",
                "title": "rejectlet letter data", "properties": dict(_META),
                "required": ["pack", "letter"]}
    if kind is not None:
        return _kind_schema(pack, pack.letter(kind), base)
    properties: dict[str, Any] = dict(_META)
    properties["letter"] = {"type": "string", "description": "the letter kind",
                            "enum": sorted(pack.letters)}
    properties.update(_nested_properties(pack, None))
    for name, variable in pack.variables.items():
        if "." in name:
            properties[name] = _variable_schema(variable)
    needs = {kind_id: _needed(pack, k) for kind_id, k in pack.letters.items()}
    everywhere = [name for name in pack.variables
                  if needs and all(name in needed for needed in needs.values())]
    overall = _requirement(everywhere)
    per_kind = []
    for kind_id, needed in needs.items():
        rest = [name for name in needed if name not in everywhere]
        if rest:
            per_kind.append({"if": {"properties": {"letter": {"const": kind_id}},
                                    "required": ["letter"]},
                             "then": _requirement(rest)})
    requirements: dict[str, Any] = dict(overall)
    if per_kind:
        requirements["allOf"] = [*overall.get("allOf", []), *per_kind]
    schema = {**base, "title": f"rejectlet letter data for the {pack.name} pack",
              "properties": properties, "additionalProperties": False,
              "required": ["pack", "letter"]}
    if requirements:
        # A file that includes a profile gets some values from it, so what the letter
        # needs is required only of a file that stands alone.
        schema["allOf"] = [{"if": {"required": ["include"]}, "else": requirements}]
    return schema


def _kind_schema(pack: Pack, kind: LetterKind, base: dict[str, Any]) -> dict[str, Any]:
    # include: means something only in a file; a program sends the values themselves
    properties: dict[str, Any] = {"pack": copy.deepcopy(_META["pack"]),
                                  "letter": {"const": kind.id, "description": "the letter kind"}}
    properties.update(_nested_properties(pack, kind))
    top = _with_nested_required(properties, _needed(pack, kind))
    schema = {**base, "title": f"rejectlet {pack.name} pack: the {kind.id} letter",
              "properties": properties, "additionalProperties": False}
    if kind.description:
        schema["description"] = kind.description
    if top:
        schema["required"] = top
    return schema


def dumps(schema: dict[str, Any]) -> str:
    """Stable JSON text, as committed in the package: always valid JSON, whatever
    values a pack wrote (see :func:`json_ready`)."""
    return json.dumps(json_ready(schema), indent=2, ensure_ascii=False, sort_keys=False,
                      allow_nan=False) + "\n"


def json_ready(value: Any) -> Any:
    """``value`` with everything JSON cannot hold made plain: a date or time (a
    pack's ``default: 2026-01-01`` on a string variable) as its ISO text, a number
    that is not finite (``.nan``, ``.inf``) as null, and any other object as its
    text, so a pack's defaults and choices never make ``schema`` fail."""
    if isinstance(value, dict):
        return {str(key): json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(item) for item in value]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


SCHEMA_FOLDER = Path(__file__).resolve().parent / "schemas"


def committed_schemas() -> dict[str, str]:
    """File name → text of every schema shipped in the package, as generated now."""
    from .pack import builtin_names, load_pack
    from .reports import report_schema

    files = {"pack.schema.json": dumps(pack_schema()),
             "letter.schema.json": dumps(letter_schema()),
             "check-report.schema.json": dumps(report_schema())}
    for name in builtin_names():
        files[f"{name}.letter.schema.json"] = dumps(letter_schema(load_pack(name)))
    return files


def write_schemas(folder: Path = SCHEMA_FOLDER) -> list[Path]:
    """Regenerate the shipped schema files (``python -m rejectlet.schema``)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in committed_schemas().items():
        target = folder / name
        written.append(write_atomic(target, text, overwrite=True))
    return written


if __name__ == "__main__":
    for path in write_schemas():
        print(f"wrote {path.name}")
