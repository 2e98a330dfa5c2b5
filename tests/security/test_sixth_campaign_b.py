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

from rejectlet.cli import main
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
