"""Rules that catch a letter sent half-finished: empty values and leftover placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter
from .base import Finding, rule
from .locate import placed_texts

_TITLE_WORDS = ("Name|Names|Company|Organization|Organisation|Employer|Firm|Title|Position"
                "|Role|Job|Date|Address|City|Interviewer|Manager|Recruiter|Department|Skills?"
                "|Details?|Here|Firma|Unternehmen|Stelle|Datum|Adresse|Ansprechpartner\\w*"
                "|Empresa|Puesto|Nombre|Fecha|Cargo")
_PATTERNS = (
    (re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL), "template code"),
    (re.compile(r"\b(?:TODO|TBD|FIXME|XXX+)\b"), "a to-do marker"),
    (re.compile(r"\blorem ipsum\b", re.IGNORECASE), "filler text"),
    (re.compile(r"\[[^\[\]\n]{1,60}\]"), "a bracketed placeholder"),
    (re.compile(r"<\s*(?:[A-Z][\w']*|(?i:your|insert))(?:[ _][\w']+){0,5}\s*>"),
     "an angle-bracket placeholder"),
    (re.compile(r"\(\s*(?:(?i:insert|add|your|enter)\b[^()\n]{0,50}"
                r"|(?:[A-Z][\w']*\s+){0,4}(?:" + _TITLE_WORDS + r")"
                r"|[A-Z]+_[A-Z_]+|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,4})\s*\)"),
     "a placeholder in parentheses"),
    (re.compile(r"_{3,}"), "a blank to fill in"),
)
_IGNORED_BRACKETS = {"[sic]"}


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return not value
    return False


@rule("RJ005", "required-filled", "Every required value has content.", Severity.ERROR)
def required_filled(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    kind = letter.pack.letters.get(letter.kind)
    for name, variable in letter.pack.variables.items():
        if kind is not None and not kind.needs(name):
            continue
        if variable.required and _empty(letter.data.get(name)):
            yield Finding(f"required value {name!r} is empty",
                          letter.location_of_value(name) or letter.data_source,
                          variable.help or f"give {name} a value")


@rule("RJ006", "no-placeholders", "No leftover placeholder, template code or to-do marker.",
      Severity.ERROR)
def no_placeholders(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    seen: set[str] = set()
    for placed in placed_texts(letter):
        for pattern, what in _PATTERNS:
            for match in pattern.finditer(placed.text):
                found = match.group(0)
                if found.lower() in _IGNORED_BRACKETS or found in seen:
                    continue
                seen.add(found)
                yield Finding(f"leftover placeholder {found!r} ({what})",
                              placed.where(match.start()),
                              "replace it with the real text before sending")
