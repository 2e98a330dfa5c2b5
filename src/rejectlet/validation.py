"""Running the rules over a composed letter, with the pack's settings applied."""

from __future__ import annotations

from typing import Any

from .diagnostics import Diagnostic, Severity, sort_key
from .limits import BudgetExceeded, letter_meter
from .model import Letter
from .rules.base import all_rules, capped
from .rules.declared import run_checks
from .rules.locate import shared_texts
from .rules.settings import rule_settings


def validate(letter: Letter) -> list[Diagnostic]:
    """Every rule finding for the letter, errors and warnings, in file order.

    Checking is metered like composing: it counts against the run's budget, and
    stops with RJ307 when the letter's time is used up.
    """
    with shared_texts(), letter_meter() as meter:
        try:
            return _validate(letter, meter.check_time)
        except BudgetExceeded as exc:
            kind = letter.pack.letters.get(letter.kind)
            return [Diagnostic("RJ307", Severity.ERROR,
                               f"checking letter {letter.kind!r} was stopped: {exc}",
                               kind.location if kind is not None else None,
                               "the rules read every character; a letter is short")]


def _validate(letter: Letter, check_time: Any = None) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    for rule in all_rules():
        if check_time is not None:
            check_time()
        settings = rule_settings(letter.pack, letter.kind, rule, letter.letter_type)
        if settings.severity is None or not settings.applies:
            continue
        for finding in rule.check(letter, settings.check_options()):
            diagnostics.append(Diagnostic(rule.code, capped(settings.severity, finding),
                                          finding.message, finding.location, finding.hint,
                                          rule=rule.name, fix=finding.fix))
    diagnostics.extend(run_checks(letter))
    return sorted(diagnostics, key=sort_key)
