"""Running the rules over a composed letter, with the pack's settings applied."""

from __future__ import annotations

from typing import Any

from .diagnostics import Diagnostic, Severity, sort_key
from .model import Letter
from .rules.base import Rule, all_rules


def effective_settings(letter: Letter, rule: Rule) -> dict[str, Any]:
    """Rule defaults, overridden by the pack, overridden by the letter kind."""
    settings: dict[str, Any] = {"severity": rule.severity.value, **rule.options}
    settings.update(letter.pack.rules.get(rule.code, {}))
    kind = letter.pack.letters.get(letter.kind)
    if kind is not None:
        settings.update(kind.rules.get(rule.code, {}))
    return settings


def validate(letter: Letter) -> list[Diagnostic]:
    """Every rule finding for the letter, errors and warnings, in file order."""
    diagnostics: list[Diagnostic] = []
    for rule in all_rules():
        settings = effective_settings(letter, rule)
        severity_word = settings.get("severity", rule.severity.value)
        if severity_word == "off":
            continue
        severity = Severity(severity_word)
        for finding in rule.check(letter, settings):
            diagnostics.append(Diagnostic(rule.code, severity, finding.message,
                                          finding.location, finding.hint))
    return sorted(diagnostics, key=sort_key)
