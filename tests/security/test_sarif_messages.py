"""A SARIF message is plain text in which ``[words](target)`` is a link: a viewer
(a code-scanning page, an editor) makes it clickable. Messages quote what a
stranger wrote (an unknown data key, a phrase a rule found), so every square
bracket in a SARIF message, rule description or fix description is escaped, and
data never becomes a link in the host's report viewer."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.diagnostics import Diagnostic, Fix, Severity
from rejectlet.reports import sarif_log

ROOT = Path(__file__).resolve().parents[2]
#: A bracket no backslash escapes: an even run of backslashes (or none) before it.
UNESCAPED = re.compile(r"(?<!\\)(?:\\\\)*[\[\]]")


def _texts(report: object, inside: str = "") -> list[str]:
    """Every message string of the log: a ``text`` of a message-like object."""
    found: list[str] = []
    if isinstance(report, dict):
        for key, value in report.items():
            if key == "text" and isinstance(value, str) and inside != "insertedContent":
                found.append(value)
            else:
                found += _texts(value, key)
    elif isinstance(report, list):
        for item in report:
            found += _texts(item, inside)
    return found


def _unescaped(text: str) -> str:
    """The text a SARIF viewer shows for an escaped message."""
    return re.sub(r"\\([\\\[\]])", r"\1", text)


def test_a_data_key_written_as_a_link_stays_words(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    data = tmp_path / "d.yaml"
    data.write_text(text + '"[Click here to fix](https://evil.example/phish)": 1\n',
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(data), "--format", "sarif"])
    texts = _texts(json.loads(result.stdout))
    assert any("Click here to fix" in t for t in texts), texts
    assert not [t for t in texts if UNESCAPED.search(t)]
    assert any("[Click here to fix](https://evil.example/phish)" in _unescaped(t)
               for t in texts)


def test_backslashes_before_a_bracket_cannot_undo_the_escape() -> None:
    tricky = "a \\[b](https://evil.example) and \\\\[c](https://evil.example) d\\e"
    log = sarif_log([Diagnostic("RJ202", Severity.ERROR, tricky, None, hint="",
                                fix=Fix(old="x", new="[y](z)", description=tricky))])
    texts = _texts(log)
    assert not [t for t in texts if UNESCAPED.search(t)]
    quoted = [t for t in texts if "evil" in t]
    assert quoted and all(_unescaped(t) == tricky and "d\\e" in t for t in quoted)


def test_json_reports_keep_the_words_as_written(tmp_path: Path) -> None:
    """Only SARIF gives brackets a meaning; the JSON report is left as it was."""
    diagnostic = Diagnostic("RJ202", Severity.ERROR, "unknown value '[a](b)'", None)
    report = rejectlet.reports.json_report([diagnostic])
    assert "unknown value '[a](b)'" in json.dumps(report)
