"""The JSON Schemas shipped in the package: up to date, valid, and in agreement with
every pack and data file in the repository, checked by an independent validator.

Packs and data files are checked against the schemas as the code generates them,
so a stale committed file is reported once, by the drift test, with the command
that regenerates it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import rejectlet
from rejectlet import schema
from rejectlet.cli import main
from tests.conftest import ROOT

SCHEMAS = schema.SCHEMA_FOLDER
REGENERATE = "regenerate them with: python -m rejectlet.schema"

BUILTIN_PACKS = [info for info in rejectlet.find_packs() if info.source == "built-in"]
PACK_FILES = [
    *(pytest.param(info.path / "pack.yaml", id=info.name) for info in BUILTIN_PACKS),
    pytest.param(ROOT / "examples" / "pack-package" / "src" / "brightpath_rejectlet"
                 / "brightpath" / "pack.yaml", id="brightpath"),
]
DATA_FILES = [
    *(pytest.param(path, id=f"examples/{path.name}")
      for path in sorted((ROOT / "examples").glob("*.yaml"))),
    *(pytest.param(path, id=f"{info.name}/samples/{path.name}")
      for info in BUILTIN_PACKS for path in sorted((info.path / "samples").glob("*.yaml"))),
]
SCHEMA_FILES = sorted(SCHEMAS.glob("*.json"))


@pytest.fixture(scope="module")
def generated() -> dict[str, dict[str, Any]]:
    """Every schema as the code generates it now, parsed, by file name."""
    return {name: json.loads(text) for name, text in schema.committed_schemas().items()}


def load_json(path: Path) -> dict[str, Any]:
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def validator(schema_document: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema_document,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(schema_document: dict[str, Any], instance: Any) -> list[str]:
    found = validator(schema_document).iter_errors(instance)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in found]


def deep_merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def read_data(path: Path) -> dict[str, Any]:
    """A data file with its include: files merged in first (the file itself wins)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    included = raw.get("include")
    merged: dict[str, Any] = {}
    for name in [included] if isinstance(included, str) else (included or []):
        merged = deep_merge(merged, read_data(path.parent / name))
    return deep_merge(merged, raw)


def iso_dates(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: iso_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [iso_dates(item) for item in value]
    return value


# -- the committed files are what the code generates ---------------------------------------

def test_the_committed_schemas_match_what_the_code_generates() -> None:
    generated = schema.committed_schemas()
    for name, text in generated.items():
        path = SCHEMAS / name
        assert path.is_file(), f"{name} is missing; {REGENERATE}"
        assert path.read_text(encoding="utf-8") == text, f"{name} is out of date; {REGENERATE}"


def test_no_stale_schema_is_committed() -> None:
    committed = {path.name for path in SCHEMA_FILES}
    stale = committed - set(schema.committed_schemas())
    assert not stale, f"no longer generated: {sorted(stale)}; delete them and {REGENERATE}"


def test_every_built_in_pack_has_a_letter_schema(
        generated: dict[str, dict[str, Any]]) -> None:
    for info in BUILTIN_PACKS:
        assert f"{info.name}.letter.schema.json" in generated


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_each_committed_schema_is_valid_draft_2020_12(path: Path) -> None:
    document = load_json(path)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(document)


def test_each_generated_schema_is_valid_draft_2020_12(
        generated: dict[str, dict[str, Any]]) -> None:
    assert {"pack.schema.json", "letter.schema.json"} <= set(generated)
    for document in generated.values():
        assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        Draft202012Validator.check_schema(document)


# -- packs against pack.schema.json -------------------------------------------------------

@pytest.fixture(scope="module")
def pack_schema(generated: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return generated["pack.schema.json"]


@pytest.mark.parametrize("path", PACK_FILES)
def test_each_pack_file_fits_the_pack_schema(pack_schema: dict[str, Any], path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = errors(pack_schema, document)
    assert not problems, "\n".join(problems)


def test_a_misspelt_top_level_key_fails_the_pack_schema(pack_schema: dict[str, Any]) -> None:
    document = yaml.safe_load((ROOT / "packs" / "classic" / "pack.yaml").read_text("utf-8"))
    document["varaibles"] = document.pop("variables")
    with pytest.raises(jsonschema.ValidationError) as caught:
        validator(pack_schema).validate(document)
    assert "varaibles" in caught.value.message


@pytest.mark.parametrize(("change", "where"), [
    ({"sections": {"thanks": {"kind": "gratitud", "text": "Thanks."}}}, "sections/thanks/kind"),
    ({"letters": {"reply": {"salutation": "Dear you,", "body": ["thanks"],
                            "closing": "Bye,"}}}, "letters/reply"),
    ({"rules": {"RJ001": "off"}}, "rules/RJ001"),
    ({"rules": {"tone": {"phrasse": ["x"]}}}, "rules/tone"),
    ({"checks": [{"code": "ACME001", "message": "m", "forbid": "salary"}]}, "checks/0/forbid"),
], ids=["unknown-kind", "missing-signature", "locked-rule-off", "unknown-rule-option",
        "forbid-not-a-list"])
def test_mistakes_inside_a_pack_fail_the_pack_schema(
        pack_schema: dict[str, Any], change: dict[str, Any], where: str) -> None:
    document = {"pack": "broken", "version": "0.1.0", **change}
    problems = errors(pack_schema, document)
    assert any(problem.startswith(where) for problem in problems), problems


# -- data files against their pack's letter schema ----------------------------------------

@pytest.mark.parametrize("path", DATA_FILES)
def test_each_data_file_fits_its_packs_letter_schema(
        generated: dict[str, dict[str, Any]], path: Path) -> None:
    data = iso_dates(read_data(path))
    name = f"{data['pack']}.letter.schema.json"
    assert name in generated, f"no letter schema for pack {data['pack']!r}"
    problems = errors(generated[name], data)
    assert not problems, "\n".join(problems)
    generic = errors(generated["letter.schema.json"], data)
    assert not generic, "\n".join(generic)


def test_include_is_resolved_before_validating() -> None:
    data = read_data(ROOT / "examples" / "check-in.yaml")
    assert data["sender"]["name"]  # from the included profile
    assert data["letter"] == "check-in"  # from the file itself


@pytest.mark.parametrize(("change", "where"), [
    ({"strenghts": "A typo."}, "(top)"),
    ({"sender": {"nmae": "Priya"}}, "sender"),
    ({"recipient": {"title": "Sir"}}, "recipient/title"),
    ({"follow_up_days": "thirty"}, "follow_up_days"),
    ({"sender": {"email": "not an address"}}, "sender/email"),
    ({"date": "23 November 2026"}, "date"),
    ({"letter": "thank-you"}, "letter"),
], ids=["unknown-value", "unknown-field", "not-a-choice", "not-a-number", "not-an-email",
        "not-a-date", "unknown-letter"])
def test_mistakes_in_a_data_file_fail_the_letter_schema(
        generated: dict[str, dict[str, Any]], change: dict[str, Any], where: str) -> None:
    data = deep_merge(iso_dates(read_data(ROOT / "examples" / "reply.yaml")), change)
    assert not errors(generated["classic.letter.schema.json"], iso_dates(
        read_data(ROOT / "examples" / "reply.yaml")))
    problems = errors(generated["classic.letter.schema.json"], data)
    assert any(problem.startswith(where) for problem in problems), problems


# -- the command prints the same schemas ---------------------------------------------------

def test_the_schema_command_prints_the_pack_schema_file() -> None:
    result = CliRunner().invoke(main, ["schema", "pack"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == schema.committed_schemas()["pack.schema.json"]
    assert result.stdout == (SCHEMAS / "pack.schema.json").read_text(encoding="utf-8"), \
        f"the committed pack.schema.json is out of date; {REGENERATE}"


def test_the_schema_command_prints_a_packs_letter_schema_file() -> None:
    result = CliRunner().invoke(main, ["schema", "letter", "--pack", "classic"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == schema.committed_schemas()["classic.letter.schema.json"]
    assert result.stdout == (SCHEMAS / "classic.letter.schema.json").read_text("utf-8"), \
        f"the committed classic.letter.schema.json is out of date; {REGENERATE}"
