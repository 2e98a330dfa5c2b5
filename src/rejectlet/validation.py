"""Running the rules over a composed letter, with the pack's settings applied."""

from __future__ import annotations

from typing import Any

from .diagnostics import Diagnostic, Severity, sort_key
from .model import Letter
from .rules.base import Rule, all_rules
from .rules.declared import run_checks
from .rules.locate import shared_texts


def effective_settings(letter: Letter, rule: Rule) -> dict[str, Any]:
    """Rule defaults (for the letter's type), overridden by the pack, then by the letter."""
    settings: dict[str, Any] = {"severity": rule.severity.value, **rule.options,
                                **rule.type_options.get(letter.letter_type, {})}
    settings.update(letter.pack.rules.get(rule.code, {}))
    kind = letter.pack.letters.get(letter.kind)
    if kind is not None:
        settings.update(kind.rules.get(rule.code, {}))
    return settings


def validate(letter: Letter) -> list[Diagnostic]:
    """Every rule finding for the letter, errors and warnings, in file order."""
    with shared_texts():
        return _validate(letter)


def _validate(letter: Letter) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    for rule in all_rules():
        if not rule.applies_to(letter.letter_type):
            continue
        settings = effective_settings(letter, rule)
        severity_word = settings.get("severity", rule.severity.value)
        if severity_word == "off":
            continue
        severity = Severity(severity_word)
        for finding in rule.check(letter, settings):
            diagnostics.append(Diagnostic(rule.code, severity, finding.message,
                                          finding.location, finding.hint))
    diagnostics.extend(run_checks(letter))
    return sorted(diagnostics, key=sort_key)
