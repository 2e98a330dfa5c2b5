"""Running the rules over a composed letter, with the pack's settings applied."""

from __future__ import annotations

from .diagnostics import Diagnostic, sort_key
from .model import Letter
from .rules.base import all_rules
from .rules.declared import run_checks
from .rules.locate import shared_texts
from .rules.settings import rule_settings


def validate(letter: Letter) -> list[Diagnostic]:
    """Every rule finding for the letter, errors and warnings, in file order."""
    with shared_texts():
        return _validate(letter)


def _validate(letter: Letter) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    for rule in all_rules():
        settings = rule_settings(letter.pack, letter.kind, rule, letter.letter_type)
        if settings.severity is None or not settings.applies:
            continue
        for finding in rule.check(letter, settings.check_options()):
            diagnostics.append(Diagnostic(rule.code, settings.severity, finding.message,
                                          finding.location, finding.hint, rule=rule.name))
    diagnostics.extend(run_checks(letter))
    return sorted(diagnostics, key=sort_key)
