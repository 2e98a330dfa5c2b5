"""Building a form: letter_fields() and the per-kind JSON Schema say what a letter kind
needs, and they agree with what compose() actually refuses."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import rejectlet
from rejectlet import DataError, FormField, letter_fields, schema
from rejectlet.cli import main
from rejectlet.data import MAX_LIST_ITEMS, MAX_STRING_CHARS

BUILTIN = [info for info in rejectlet.find_packs() if info.source == "built-in"]
SAMPLES = [pytest.param(info.name, path, id=f"{info.name}/{path.name}")
           for info in BUILTIN for path in sorted((info.path / "samples").glob("*.yaml"))]


def sample(path: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict) and "include" not in loaded
    return json.loads(json.dumps(loaded, default=lambda v: v.isoformat()))


def errors(document: dict[str, Any], instance: Any) -> list[str]:
    checker = Draft202012Validator(document, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in checker.iter_errors(instance)]


def get(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        node = node[part]
    return node


def without(data: dict[str, Any], dotted: str) -> dict[str, Any]:
    result = copy.deepcopy(data)
    *groups, leaf = dotted.split(".")
    node = result
    for group in groups:
        node = node[group]
    del node[leaf]
    return result


def has(data: dict[str, Any], dotted: str) -> bool:
    try:
        get(data, dotted)
    except (KeyError, TypeError):
        return False
    return True


# -- letter_fields agrees with compose -----------------------------------------------------

@pytest.mark.parametrize(("pack_name", "path"), SAMPLES)
def test_required_fields_are_exactly_what_compose_refuses_without(
        pack_name: str, path: Path) -> None:
    pack = rejectlet.load_pack(pack_name)
    data = sample(path)
    kind = data["letter"]
    fields = letter_fields(pack, kind)
    assert [f.name for f in fields] == list(pack.variables)
    for field in fields:
        if not has(data, field.name):
            assert not field.required, f"{field.name} is required but the sample lacks it"
            continue
        if field.required:
            with pytest.raises(DataError) as caught:
                rejectlet.compose_all(pack, kind, without(data, field.name))
            assert {d.key for d in caught.value.diagnostics} <= {field.name}, field.name
            assert {d.code for d in caught.value.diagnostics} <= {"RJ201", "RJ211"}
        else:
            rejectlet.compose_all(pack, kind, without(data, field.name))


def test_fields_carry_type_help_choices_default_and_limits(classic: rejectlet.Pack) -> None:
    fields = {f.name: f for f in letter_fields(classic, "reply")}
    title = fields["recipient.title"]
    assert title.choices and "Ms." in title.choices and title.single_line
    assert title.max_length == MAX_STRING_CHARS
    assert fields["strengths"].type == "text" and fields["strengths"].required
    assert not fields["strengths"].single_line
    assert fields["met_with"].max_items == MAX_LIST_ITEMS
    assert fields["date"].default == "today"
    assert all(f.help for f in fields.values())
    assert fields["organization"].used and not fields["panel"].used


def test_the_per_person_records_are_required_with_at_least_one_entry(
        classic: rejectlet.Pack) -> None:
    (panel,) = [f for f in letter_fields(classic, "panel-thanks") if f.name == "panel"]
    assert panel.required and panel.min_items == 1 and panel.type == "records"
    entry = {f.name: f for f in panel.fields}
    assert entry["name"].required and entry["discussed"].required
    assert not entry["email"].required and entry["email"].type == "email"


def test_the_limits_a_field_states_are_the_ones_compose_enforces(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    (role,) = [f for f in letter_fields(classic, "reply") if f.name == "role"]
    assert role.max_length is not None
    rejectlet.compose(classic, "reply", example_data, role="A" * role.max_length)
    with pytest.raises(DataError) as caught:
        rejectlet.compose(classic, "reply", example_data, role="A" * (role.max_length + 1))
    assert [(d.code, d.key) for d in caught.value.diagnostics] == [("RJ205", "role")]


def test_an_unknown_kind_is_a_pack_error(classic: rejectlet.Pack) -> None:
    with pytest.raises(rejectlet.PackError) as caught:
        letter_fields(classic, "thank-you")
    assert caught.value.diagnostics[0].code == "RJ120"


# -- the schemas ---------------------------------------------------------------------------

@pytest.mark.parametrize(("pack_name", "path"), SAMPLES)
def test_every_sample_fits_its_kind_schema_and_its_pack_schema(
        pack_name: str, path: Path) -> None:
    pack = rejectlet.load_pack(pack_name)
    data = sample(path)
    kind_schema = schema.letter_schema(pack, data["letter"])
    Draft202012Validator.check_schema(kind_schema)
    assert errors(kind_schema, data) == []
    assert errors(schema.letter_schema(pack), data) == []


@pytest.mark.parametrize(("pack_name", "path"), SAMPLES)
def test_a_sample_missing_a_needed_value_fails_both_schemas(pack_name: str, path: Path) -> None:
    pack = rejectlet.load_pack(pack_name)
    data = sample(path)
    needed = [f.name for f in letter_fields(pack, data["letter"]) if f.required]
    assert needed
    for name in needed:
        broken = without(data, name)
        assert errors(schema.letter_schema(pack, data["letter"]), broken), name
        assert errors(schema.letter_schema(pack), broken), name


def test_a_value_only_another_kind_needs_is_not_required(classic: rejectlet.Pack) -> None:
    data = sample(classic.root / "samples" / "check-in.yaml")
    data.pop("strengths", None)
    assert errors(schema.letter_schema(classic), data) == []
    data["letter"] = "reply"
    assert any("strengths" in e for e in errors(schema.letter_schema(classic), data))


def test_the_pack_schema_takes_today_and_dotted_keys(classic: rejectlet.Pack) -> None:
    data = sample(classic.root / "samples" / "reply.yaml")
    sender = data.pop("sender")
    data.update({f"sender.{key}": value for key, value in sender.items()})
    data["date"] = "today"
    assert errors(schema.letter_schema(classic), data) == []
    rejectlet.compose(classic, "reply", data)  # and compose agrees
    del data["sender.name"]
    assert errors(schema.letter_schema(classic), data)


def test_a_file_with_an_include_is_not_held_to_the_required_values(
        classic: rejectlet.Pack) -> None:
    data = {"pack": "classic", "letter": "reply", "include": "profile.yaml", "role": "Lead"}
    assert errors(schema.letter_schema(classic), data) == []


@pytest.mark.parametrize(("change", "where"), [
    ({"role": "A" * (MAX_STRING_CHARS + 1)}, "role"),
    ({"role": "Senior\nAnalyst"}, "role"),
    ({"met_with": ["x"] * (MAX_LIST_ITEMS + 1)}, "met_with"),
    ({"date": "tomorrow"}, "date"),
], ids=["too-long", "line-break", "too-many-items", "not-a-date"])
def test_the_kind_schema_states_the_limits(
        classic: rejectlet.Pack, change: dict[str, Any], where: str) -> None:
    data = {**sample(classic.root / "samples" / "reply.yaml"), **change}
    found = errors(schema.letter_schema(classic, "reply"), data)
    assert any(e.startswith(where) for e in found), found
    with pytest.raises(DataError) as caught:
        rejectlet.compose(classic, "reply", data)
    assert {d.key for d in caught.value.diagnostics} == {where}


def test_the_schema_command_prints_a_kind_schema() -> None:
    result = CliRunner().invoke(main, ["schema", "letter", "--pack", "classic",
                                       "--letter", "check-in"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == schema.letter_schema(
        rejectlet.load_pack("classic"), "check-in")
    refused = CliRunner().invoke(main, ["schema", "letter", "--letter", "reply"])
    assert refused.exit_code == 2 and "RJ208" in refused.stderr


# -- a form description, built from the schema alone ---------------------------------------

WIDGETS = {"string": "line", "text": "box", "array": "list", "boolean": "checkbox",
           "integer": "number"}


def form_from_schema(document: dict[str, Any], prefix: str = "") -> list[dict[str, Any]]:
    """What a generic form builder does: one control per leaf property, nested groups
    flattened to dotted names, with the label, options, limits and required mark."""
    controls = []
    required = set(document.get("required", []))
    for name, prop in document["properties"].items():
        if not prefix and name in ("pack", "letter"):
            continue
        dotted = f"{prefix}{name}"
        if prop.get("type") == "object":
            nested = form_from_schema(prop, dotted + ".")
            for control in nested:
                control["required"] = control["required"] and name in required
            controls.extend(nested)
            continue
        kind = prop.get("type")
        if "anyOf" in prop:
            widget = "date"
        elif prop.get("format") == "email":
            widget = "email"
        elif kind == "string":
            widget = "line" if "pattern" in prop else "box"
        elif kind == "array" and prop["items"].get("type") == "object":
            widget = "table"
        else:
            widget = WIDGETS[str(kind)]
        controls.append({"name": dotted, "widget": widget, "label": prop.get("description", ""),
                         "options": tuple(prop.get("enum", ())),
                         "max_length": prop.get("maxLength"),
                         "max_items": prop.get("maxItems"),
                         "required": name in required})
    return controls


@pytest.mark.parametrize("kind", ["reply", "check-in", "panel-thanks"])
def test_a_form_built_from_the_kind_schema_matches_letter_fields(
        classic: rejectlet.Pack, kind: str) -> None:
    form = form_from_schema(schema.letter_schema(classic, kind))
    fields: list[FormField] = list(letter_fields(classic, kind))
    widget_of = {"string": "line", "email": "email", "text": "box", "list": "list",
                 "bool": "checkbox", "integer": "number", "date": "date", "records": "table"}
    assert [c["name"] for c in form] == [f.name for f in fields]
    for control, field in zip(form, fields, strict=True):
        assert control["widget"] == widget_of[field.type], field.name
        assert control["label"] == field.help
        assert control["options"] == field.choices
        assert control["max_length"] == field.max_length
        assert control["max_items"] == field.max_items
        assert control["required"] == field.required, field.name


def test_compose_accepts_what_a_filled_form_sends(classic: rejectlet.Pack) -> None:
    """Values shaped as the kind schema says (nested, dates as text) compose."""
    sent = sample(classic.root / "samples" / "reply.yaml")
    assert errors(schema.letter_schema(classic, "reply"), sent) == []
    letter = rejectlet.compose(classic, "reply", sent)
    assert letter.data["date"] == dt.date.fromisoformat(sent["date"])
