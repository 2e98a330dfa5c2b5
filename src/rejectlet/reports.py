"""Diagnostics as machine-readable reports: rejectlet's own JSON, and SARIF 2.1.0.

The JSON report is each diagnostic's :meth:`~rejectlet.diagnostics.Diagnostic.to_dict`
plus a summary, for host programs and scripts. SARIF is the interchange format
code-scanning services read, so findings in letter data and packs can be shown
beside the lines they concern. Both are built from the same diagnostics the
human format prints, so the three never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import __version__
from .arguments import expect, expect_items
from .diagnostics import Diagnostic, Fix, Location, Severity, valid_text
from .source_text import source_text
from .suggest import quoted
from .text_positions import LineColumns

#: Bumped when a field of the JSON report changes meaning or goes away.
REPORT_VERSION = 1
SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The base that turns a diagnostic's ``docs`` anchor (``docs/rules.md#rj007``) into the
#: absolute URI SARIF wants. The project has no public web site, so like the schemas'
#: ``$id`` it sits under the reserved ``.invalid`` domain: a host that publishes the
#: docs passes its own base to :func:`sarif_log`.
DOCS_ROOT = "https://rejectlet.invalid/"


def json_report(diagnostics: Sequence[Diagnostic], *, bad_input: bool = False) -> dict[str, Any]:
    """Every diagnostic as plain data, with counts; ``bad_input`` means some target
    could not be read at all (exit status 2)."""
    diagnostics = _judge(diagnostics, "json_report")
    expect(bad_input, bool, "json_report(bad_input)", "True or False")
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    return _valid_report({
        "version": REPORT_VERSION,
        "tool": {"name": "rejectlet", "version": __version__},
        "diagnostics": [d.to_dict() for d in diagnostics],
        "summary": {"errors": errors, "warnings": len(diagnostics) - errors,
                    "bad_input": bad_input},
    })


def _judge(diagnostics: Any, function: str) -> tuple[Diagnostic, ...]:
    """Refuse anything but a list or tuple of diagnostics, at the argument, before
    a report is half built from it; the plain tuple of them, read once."""
    return expect_items(diagnostics, Diagnostic, f"{function}(diagnostics)",
                        "a list of rejectlet Diagnostic objects")


def _valid_report(report: dict[str, Any]) -> dict[str, Any]:
    valid: dict[str, Any] = _valid_throughout(report)
    return valid


def _valid_throughout(report: Any) -> Any:
    """The report with every text in it valid Unicode (:func:`valid_text`): a file name
    that is not UTF-8 reaches messages and hints as well as paths, and one such
    character would make the whole report unreadable as UTF-8."""
    if isinstance(report, str):
        return valid_text(report)
    if isinstance(report, dict):
        return {_valid_throughout(key): _valid_throughout(value)
                for key, value in report.items()}
    if isinstance(report, list):
        return [_valid_throughout(item) for item in report]
    return report


def report_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`json_report`'s output, shipped with the package."""
    text = {"type": "string"}
    maybe_text = {"type": ["string", "null"]}
    maybe_count = {"type": ["integer", "null"], "minimum": 1}
    diagnostic = {
        "type": "object", "additionalProperties": False,
        "required": ["code", "rule", "severity", "message", "hint", "path", "line", "column",
                     "key", "docs", "fix"],
        "properties": {
            "code": {"type": "string", "pattern": "^[A-Z][A-Z0-9]*[0-9]{2,4}$",
                     "description": "stable code, RJ… for rejectlet's own"},
            "rule": {**text, "description": "the rule's name, empty for input errors"},
            "severity": {"enum": [s.value for s in Severity]},
            "message": text, "hint": text,
            "path": {**maybe_text, "description": "file, or null for data given in memory"},
            "line": maybe_count, "column": maybe_count,
            "key": {**maybe_text,
                    "description": "data key path such as recipient.name or panel[2].note"},
            "docs": {**text, "description": "the reference section for this code"},
            "fix": {"oneOf": [{"type": "null"}, {
                "type": "object", "additionalProperties": False,
                "required": ["old", "new", "description"],
                "properties": {"old": text, "new": text, "description": text}}]},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rejectlet.invalid/schemas/check-report.json",
        "title": "rejectlet check --format json",
        "type": "object", "additionalProperties": False,
        "required": ["version", "tool", "diagnostics", "summary"],
        "properties": {
            "version": {"const": REPORT_VERSION},
            "tool": {"type": "object", "required": ["name", "version"],
                     "properties": {"name": {"const": "rejectlet"}, "version": text}},
            "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}},
            "summary": {"type": "object", "additionalProperties": False,
                        "required": ["errors", "warnings", "bad_input"],
                        "properties": {"errors": {"type": "integer", "minimum": 0},
                                       "warnings": {"type": "integer", "minimum": 0},
                                       "bad_input": {"type": "boolean"}}},
        },
        "$defs": {"diagnostic": diagnostic},
    }


# -- SARIF ------------------------------------------------------------------------------

def sarif_log(diagnostics: Sequence[Diagnostic], *, docs_root: str = DOCS_ROOT
              ) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run: a rule entry per code found, a result per
    diagnostic. Files are given as URIs relative to the working directory when
    they lie below it; data given in memory is a logical location (its key path)."""
    diagnostics = _judge(diagnostics, "sarif_log")
    expect(docs_root, str, "sarif_log(docs_root)", "the docs' base URI as a str")
    rules: list[dict[str, Any]] = []
    index_of: dict[str, int] = {}
    results = []
    sources = _Sources()
    for diagnostic in diagnostics:
        if diagnostic.code not in index_of:
            index_of[diagnostic.code] = len(rules)
            rules.append(_rule_entry(diagnostic, docs_root))
        results.append(_result(diagnostic, index_of[diagnostic.code], sources))
    driver = {"name": "rejectlet", "version": __version__, "semanticVersion": __version__,
              "informationUri": docs_root, "rules": rules}
    return _valid_report({"$schema": SARIF_SCHEMA, "version": SARIF_VERSION,
                          "runs": [{"tool": {"driver": driver},
                                    "columnKind": "unicodeCodePoints", "results": results}]})


def _rule_entry(diagnostic: Diagnostic, docs_root: str) -> dict[str, Any]:
    from .rules.base import find_rule

    rule = find_rule(diagnostic.code) if diagnostic.code.startswith("RJ") else None
    if rule is not None:
        name, summary = rule.name, rule.summary
    else:
        name, summary = _input_error(diagnostic)
    entry: dict[str, Any] = {"id": diagnostic.code, "name": name,
                             "helpUri": docs_root + diagnostic.docs_anchor,
                             "shortDescription": {"text": _message_text(summary)}}
    if rule is not None:
        entry["defaultConfiguration"] = {"level": _level(rule.severity)}
    return entry


#: Names and descriptions of the codes that are not rules, by their first digits.
_INPUT_ERRORS = {"RJ1": ("pack-or-yaml", "a problem reading YAML or a pack"),
                 "RJ2": ("letter-data", "a problem with the letter data"),
                 "RJ3": ("template", "a template failed while composing"),
                 "RJ4": ("output", "a problem rendering or writing output")}


def _input_error(diagnostic: Diagnostic) -> tuple[str, str]:
    """A name and one-line description for a code that is no rule's: an input error,
    or a check a pack declares (named after itself)."""
    if diagnostic.code.startswith("RJ") and diagnostic.code[:3] in _INPUT_ERRORS:
        return _INPUT_ERRORS[diagnostic.code[:3]]
    return diagnostic.rule or diagnostic.code, "a check the pack declares"


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


#: A square bracket, with the backslashes written just before it.
_BRACKET = re.compile(r"(\\*)([\[\]])")


def _message_text(text: str) -> str:
    """Text as a SARIF plain-text message shows it: SARIF reads ``[words](target)``
    in a message as a link a viewer makes clickable, so every square bracket is
    escaped (``\\[``), and so is each backslash written before one. A value a
    stranger wrote (a data key, a quoted phrase) stays words, never a link."""
    return _BRACKET.sub(lambda match: match.group(1) * 2 + "\\" + match.group(2), text)


def _result(diagnostic: Diagnostic, rule_index: int, sources: _Sources) -> dict[str, Any]:
    text = diagnostic.message + (f" ({diagnostic.hint})" if diagnostic.hint else "")
    result: dict[str, Any] = {"ruleId": diagnostic.code, "ruleIndex": rule_index,
                              "level": _level(diagnostic.severity),
                              "message": {"text": _message_text(text)}}
    location = _location(diagnostic.location, diagnostic.key)
    if location:
        result["locations"] = [location]
    if diagnostic.fix is not None:
        result["properties"] = {"fix": diagnostic.fix.to_dict()}
        fix = _sarif_fix(diagnostic.location, diagnostic.fix, sources)
        if fix is not None:
            result["fixes"] = [fix]
    return result


def _uri(path: str) -> str:
    """A file's path as the URI reference SARIF requires: every character a URI may
    not hold as it is (a space, ``#``, ``%``, a control or bidi character, a lone
    surrogate from a name that is not UTF-8) percent-encoded, so a tool reads the
    file the finding belongs to, never a fragment of its name."""
    candidate = Path(path)
    text = candidate.as_posix()
    try:  # a name read from bytes that are not UTF-8 gets those bytes back
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate given as text: kept, encoded
        raw = text.encode("utf-8", "surrogatepass")
    encoded = quote(raw, safe="/")
    return f"file://{encoded}" if candidate.is_absolute() else encoded


def _location(location: Location | None, key: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if location is not None and location.in_file:
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(location.path)}}
        if location.line > 0:
            region: dict[str, Any] = {"startLine": location.line}
            if location.column > 0:
                region["startColumn"] = location.column
            physical["region"] = region
        result["physicalLocation"] = physical
    if key:
        result["logicalLocations"] = [{"fullyQualifiedName": key, "kind": "property"}]
    return result


#: How far past a value's start a fix's words are looked for.
_FIX_SEARCH_CHARS = 20_000


class _Source:
    """One file's text, indexed once: where each line starts (as ``str.splitlines``
    counts lines, like the diagnostics' line numbers) and the line and column of any
    offset (lines ending at LF, as the SARIF regions count)."""

    __slots__ = ("line_starts", "place", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for line in text.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        self.line_starts = starts  # one past the last line: the text's length
        self.place = LineColumns(text)


class _Sources:
    """The files one log's fixes point into, each read and indexed at most once:
    a log with thousands of fixes in one file used to count its lines again for
    every fix, a cost that grew with the square of the file."""

    def __init__(self) -> None:
        self._known: dict[str, _Source | None] = {}

    def get(self, path: str) -> _Source | None:
        if path not in self._known:
            text = source_text(path)  # through the file door: no FIFO, no device
            self._known[path] = _Source(text) if text is not None else None
        return self._known[path]


def _sarif_fix(location: Location | None, fix: Fix, sources: _Sources) -> dict[str, Any] | None:
    """A SARIF fix, only when the words to replace are found in the file at or after
    the diagnostic's position: a tool applies the edit to exactly those characters,
    so an edit whose place is a guess is left out (the fix is still in properties)."""
    if location is None or not location.in_file or location.line <= 0 or not fix.old:
        return None
    source = sources.get(location.path)
    if source is None:
        return None
    if location.line >= len(source.line_starts):
        return None
    start = source.line_starts[location.line - 1] + max(location.column - 1, 0)
    found = source.text.find(fix.old, start, start + _FIX_SEARCH_CHARS)
    if found < 0:
        return None
    begin_line, begin_column = source.place(found)
    end_line, end_column = source.place(found + len(fix.old))
    replacement = {"deletedRegion": {"startLine": begin_line, "startColumn": begin_column,
                                     "endLine": end_line, "endColumn": end_column},
                   "insertedContent": {"text": fix.new}}
    return {"description": {"text": _message_text(fix.description
                                                  or f"replace {quoted(fix.old)}")},
            "artifactChanges": [{"artifactLocation": {"uri": _uri(location.path)},
                                 "replacements": [replacement]}]}


__all__ = ["json_report", "report_schema", "sarif_log"]
