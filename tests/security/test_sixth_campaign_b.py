"""The sixth attack on data and reports: a file name that is not UTF-8 in a JSON
report, and records entries full of made-up fields.

A report is valid UTF-8 whatever the file names it carries (SARIF percent-encodes
them, JSON shows U+FFFD), and one letter's unknown names are reported one by one
only up to the same count wherever they are written, records entries included.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.data import MAX_UNKNOWN_REPORTED
from rejectlet.diagnostics import Diagnostic, Location, Severity
from rejectlet.reports import json_report, sarif_log

BAD_NAME = os.fsdecode(b"l\xff.yaml")


@pytest.mark.parametrize("form", ["json", "sarif"])
def test_a_report_naming_a_file_that_is_not_utf8_is_utf8_json(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path(BAD_NAME).write_text("pack: classic\nletter: reply\nrole: 1\n", "utf-8")
    result = CliRunner().invoke(main, ["check", BAD_NAME, "--format", form])
    assert result.exit_code in (1, 2), result.output
    report = json.loads(result.stdout_bytes.decode("utf-8"))
    text = json.dumps(report, ensure_ascii=False)
    assert "\ufffd" in text or "%FF" in text
    text.encode("utf-8")


@pytest.mark.parametrize("make", [json_report, sarif_log])
def test_every_text_of_a_report_is_valid_unicode(make: Any) -> None:
    lone = "\udcff"
    found = Diagnostic("RJ202", Severity.ERROR, f"unknown value 'a{lone}'",
                       Location(f"x{lone}.yaml", 2, 3, key=f"k{lone}"), hint=f"h{lone}")
    report = make([found])
    json.dumps(report, ensure_ascii=False).encode("utf-8")  # no lone surrogate anywhere
    [entry] = [found.to_dict()]
    assert entry["message"] == "unknown value 'a\ufffd'"
    assert entry["path"] == "x\ufffd.yaml" and entry["key"] == "k\ufffd"
    assert entry["hint"] == "h\ufffd"


def _panel(entries: int, fields: int) -> list[dict[str, Any]]:
    return [{"name": f"N{i}", **{f"made_up_{j}": "x" for j in range(fields)}}
            for i in range(entries)]


def _base() -> dict[str, Any]:
    data = rejectlet.read_data_file(Path(__file__).resolve().parents[2] / "examples" /
                                    "reply.yaml")
    return dict(data)


def test_made_up_fields_in_records_are_counted_not_listed() -> None:
    pack = rejectlet.load_pack("classic")
    data = {**_base(), "panel": _panel(50, 200)}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(pack, "panel-thanks", data)
    unknown = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert len(unknown) == MAX_UNKNOWN_REPORTED + 1
    [summary] = [d for d in unknown if "more unknown" in d.message]
    assert f"{50 * 200 - MAX_UNKNOWN_REPORTED:,}" in summary.message
    assert summary.key.startswith("panel[0].")


def test_unknown_names_and_fields_share_one_count() -> None:
    pack = rejectlet.load_pack("classic")
    data = {**_base(), **{f"zz_{i}": "x" for i in range(15)}, "panel": _panel(3, 4)}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(pack, "panel-thanks", data)
    unknown = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert len(unknown) == MAX_UNKNOWN_REPORTED + 1
    assert sum("more unknown" in d.message for d in unknown) == 1


def test_a_few_made_up_fields_are_each_named_with_a_hint() -> None:
    pack = rejectlet.load_pack("classic")
    data = {**_base(), "panel": [{"name": "Ann", "discused": "x"}]}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(pack, "panel-thanks", data)
    [unknown] = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert unknown.key == "panel[0].discused"
    assert "discussed" in unknown.hint
