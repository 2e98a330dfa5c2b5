"""JSON Schemas for pack files and letter data files, generated from the models.

The pack schema comes from :mod:`rejectlet.spec`, the same description the
loader checks against; a letter schema comes from a pack's variables. The
generic letter schema (no pack) checks the meta keys and value shapes.
Editors that speak the YAML language server protocol read them through a
``# yaml-language-server: $schema=…`` first line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .model import Pack, Variable
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


_VALUE_TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "text": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "list": {"type": "array", "items": {"type": ["string", "number"]}},
    "bool": {"type": "boolean"},
    "integer": {"type": "integer"},
    "date": {"type": "string", "format": "date"},
}


def _variable_schema(variable: Variable) -> dict[str, Any]:
    if variable.type == "records":
        fields = {name: _variable_schema(f) for name, f in variable.fields.items()}
        item: dict[str, Any] = {"type": "object", "properties": fields,
                                "additionalProperties": False}
        required = [name for name, f in variable.fields.items() if f.required]
        if required:
            item["required"] = required
        schema: dict[str, Any] = {"type": "array", "items": item}
    else:
        schema = dict(_VALUE_TYPES.get(variable.type, {}))
    if variable.choices:
        schema["enum"] = list(variable.choices)
    if variable.help:
        schema["description"] = variable.help
    if variable.default is not None and variable.type != "date":
        schema["default"] = variable.default
    return schema


_META = {
    "pack": {"type": "string", "description": "the pack to use: a name or a folder path"},
    "letter": {"type": "string", "description": "the letter kind, e.g. reply"},
    "include": {"description": "YAML files with shared values (a profile)",
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
}


def letter_schema(pack: Pack | None = None) -> dict[str, Any]:
    """The JSON Schema of a letter data file: for one pack, or generic."""
    base: dict[str, Any] = {"$schema": SCHEMA_DIALECT, "type": "object"}
    if pack is None:
        return {**base, "$id": "https://rejectlet.invalid/schemas/letter.json",
                "title": "rejectlet letter data", "properties": dict(_META),
                "required": ["pack", "letter"]}
    properties: dict[str, Any] = dict(_META)
    properties["letter"] = {"type": "string", "description": "the letter kind",
                            "enum": sorted(pack.letters)}
    for name, variable in pack.variables.items():
        target = properties
        *groups, leaf = name.split(".")
        for group in groups:
            node = target.setdefault(group, {"type": "object", "properties": {},
                                             "additionalProperties": False})
            target = node["properties"]
        target[leaf] = _variable_schema(variable)
    return {**base, "title": f"rejectlet letter data for the {pack.name} pack",
            "properties": properties, "additionalProperties": False,
            "required": ["pack", "letter"]}


def dumps(schema: dict[str, Any]) -> str:
    """Stable JSON text, as committed in the package."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


SCHEMA_FOLDER = Path(__file__).resolve().parent / "schemas"


def committed_schemas() -> dict[str, str]:
    """File name → text of every schema shipped in the package, as generated now."""
    from .packs import builtin_names, load_pack
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
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in write_schemas():
        print(f"wrote {path.name}")
