"""`rejectlet check --format json|sarif`: whole reports a program can read, each checked
against its schema (ours for JSON, the published SARIF 2.1.0 schema for SARIF), with the
same findings, locations and exit status as the human format."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import rejectlet
from rejectlet import schema
from rejectlet.cli import main
from rejectlet.diagnostics import Diagnostic, Fix, Location, Severity
from rejectlet.reports import json_report, sarif_log
from tests.conftest import ROOT

SARIF_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json")
                          .read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((schema.SCHEMA_FOLDER / "check-report.schema.json")
                           .read_text(encoding="utf-8"))


def problems(document: dict[str, Any], instance: Any) -> list[str]:
    checker = Draft202012Validator(document, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in checker.iter_errors(instance)]


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, start=1) if needle in line]
    assert len(hits) == 1, hits
    return hits[0]


@pytest.fixture()
def sour_letter(tmp_path: Path) -> Path:
    """A data file whose strengths line trips the tone rule (a warning)."""
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    assert "strengths:" in text
    text = text.replace("strengths: >-", "strengths: >-\n  Though the process was unfair,", 1)
    return write(tmp_path / "sour.yaml", text)


@pytest.fixture()
def broken_letter(tmp_path: Path) -> Path:
    """A data file that cannot be composed: an email value that is not an address."""
    return write(tmp_path / "broken.yaml", """
        pack: classic
        letter: reply
        sender:
          name: Priya Raman
          email: priya at example
        recipient:
          name: Elena Marsh
        organization: Northwind
        role: Analyst
        strengths: I build forecasting models.
    """)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


# -- JSON ---------------------------------------------------------------------------------

def test_the_committed_report_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(REPORT_SCHEMA)


def test_json_report_fits_its_schema_and_carries_rule_key_and_line(sour_letter: Path) -> None:
    status, out, err = run("--format", "json", str(sour_letter))
    report = json.loads(out)
    assert problems(REPORT_SCHEMA, report) == []
    assert err == ""  # the report is all there is; nothing human-readable mixed in
    (tone,) = [d for d in report["diagnostics"] if d["code"] == "RJ007"]
    assert tone["rule"] == "tone" and tone["severity"] in ("warning", "error")
    assert tone["key"] == "strengths"
    assert tone["line"] == line_of(sour_letter, "strengths:")
    assert tone["docs"].endswith("#rj007")
    errors = sum(d["severity"] == "error" for d in report["diagnostics"])
    assert report["summary"] == {"errors": errors,
                                 "warnings": len(report["diagnostics"]) - errors,
                                 "bad_input": False}
    assert status == (1 if errors else 0)


def test_json_report_of_unreadable_data_keeps_status_2(broken_letter: Path) -> None:
    status, out, _ = run("--format", "json", str(broken_letter))
    report = json.loads(out)
    assert problems(REPORT_SCHEMA, report) == []
    (bad,) = report["diagnostics"]
    assert (bad["code"], bad["key"]) == ("RJ204", "sender.email")
    assert bad["line"] == line_of(broken_letter, "priya at example")
    assert report["summary"]["bad_input"] is True
    assert status == 2


def test_a_mistake_in_the_report_is_caught_by_the_report_schema(sour_letter: Path) -> None:
    report = json.loads(run("--format", "json", str(sour_letter))[1])
    report["diagnostics"][0]["severity"] = "fatal"
    del report["summary"]["errors"]
    found = problems(REPORT_SCHEMA, report)
    assert any(p.startswith("diagnostics/0/severity") for p in found), found
    assert any(p.startswith("summary") for p in found), found


def test_the_human_format_is_unchanged_by_default(sour_letter: Path) -> None:
    status, out, err = run(str(sour_letter))
    assert out == ""
    assert f"{line_of(sour_letter, 'strengths:')}" in err and "RJ007" in err
    assert status == run("--format", "json", str(sour_letter))[0]  # same status either way


# -- SARIF --------------------------------------------------------------------------------

def test_the_vendored_sarif_schema_is_the_2_1_0_schema() -> None:
    Draft202012Validator.check_schema(SARIF_SCHEMA)
    assert "2.1.0" in SARIF_SCHEMA["title"]


def test_sarif_output_fits_the_sarif_schema(sour_letter: Path, broken_letter: Path) -> None:
    status, out, _ = run("--format", "sarif", str(sour_letter), str(broken_letter), "classic")
    log = json.loads(out)
    assert problems(SARIF_SCHEMA, log) == []
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert {"id", "name", "helpUri", "shortDescription"} <= set(rules[
        [r["id"] for r in rules].index("RJ007")])
    for rule in rules:
        assert {"id", "name", "helpUri", "shortDescription"} <= set(rule), rule
        assert rule["helpUri"].endswith("#" + rule["id"].lower())
    assert {"RJ007", "RJ204"} <= {rule["id"] for rule in rules}
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning")
    assert status == 2  # the broken file still decides the status


def test_sarif_points_at_the_line_and_names_the_key(sour_letter: Path) -> None:
    log = json.loads(run("--format", "sarif", str(sour_letter))[1])
    (tone,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "RJ007"]
    (where,) = tone["locations"]
    physical = where["physicalLocation"]
    assert Path(physical["artifactLocation"]["uri"]).name == "sour.yaml"
    assert physical["region"]["startLine"] == line_of(sour_letter, "strengths:")
    assert where["logicalLocations"] == [{"fullyQualifiedName": "strengths",
                                          "kind": "property"}]
    assert tone["level"] in ("warning", "error")


def test_sarif_for_data_given_in_memory_has_only_a_logical_location(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["panel"] = [{"name": "Ana", "discussed": "maps"},
                             {"name": "Tom", "discussed": b"bytes"}]
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(classic, "panel-thanks", example_data)
    log = sarif_log(caught.value.diagnostics)
    assert problems(SARIF_SCHEMA, log) == []
    (result,) = log["runs"][0]["results"]
    assert result["locations"] == [{"logicalLocations": [
        {"fullyQualifiedName": "panel[1].discussed", "kind": "property"}]}]


def test_a_fix_becomes_a_sarif_edit_of_exactly_its_words(tmp_path: Path) -> None:
    data = write(tmp_path / "d.yaml", "pack: classic\nstrengths: It was your loss, truly.\n")
    start = Location(str(data), 2, len("strengths: ") + 1, key="strengths")
    found = Diagnostic("RJ007", Severity.WARNING, "bitter", start, rule="tone",
                       fix=Fix("your loss", "a pity", "say it kindly"))
    missing = Diagnostic("RJ007", Severity.WARNING, "bitter", start, rule="tone",
                         fix=Fix("not in the file", "", "remove it"))
    log = sarif_log([found, missing])
    assert problems(SARIF_SCHEMA, log) == []
    edited, unplaced = log["runs"][0]["results"]
    (change,) = edited["fixes"][0]["artifactChanges"]
    (replacement,) = change["replacements"]
    region = replacement["deletedRegion"]
    line = data.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "your loss"
    assert replacement["insertedContent"] == {"text": "a pity"}
    # words that cannot be found are never turned into an edit at a guessed place
    assert "fixes" not in unplaced
    assert unplaced["properties"]["fix"]["old"] == "not in the file"


def test_an_empty_check_is_an_empty_valid_report() -> None:
    assert problems(SARIF_SCHEMA, sarif_log([])) == []
    assert problems(REPORT_SCHEMA, json_report([])) == []
