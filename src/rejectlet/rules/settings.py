"""Checking the ``rules:`` table of a pack or letter kind.

A setting names a rule by code or name and gives either a severity word
(``error``, ``warning``, ``off``) or a mapping with ``severity`` and the rule's
own options. Settings are normalised to ``{code: {severity, option…}}``.
"""

from __future__ import annotations

from typing import Any

from ..checks import Problems, describe
from ..suggest import did_you_mean
from ..yamlio import LocatedMap
from .base import all_rules, find_rule

SEVERITY_WORDS = ("error", "warning", "off")


def check_rule_settings(table: LocatedMap, problems: Problems) -> dict[str, dict[str, Any]]:
    """Normalise one rules table, recording every problem in it."""
    result: dict[str, dict[str, Any]] = {}
    names = [r.code for r in all_rules()] + [r.name for r in all_rules()]
    for key, value in table.items():
        loc = table.key_location(key)
        found = find_rule(key)
        if found is None:
            problems.add(f"unknown rule {key!r}", loc,
                         did_you_mean(key, names) or "see docs/rules.md for the rule list",
                         code="RJ116")
            continue
        setting: dict[str, Any] = {}
        if value is False:  # YAML reads a bare `off` as false
            value = "off"
        if isinstance(value, str):
            setting["severity"] = value
        elif isinstance(value, LocatedMap):
            for option, option_value in value.items():
                if option == "severity":
                    setting["severity"] = "off" if option_value is False else option_value
                elif option in found.options:
                    expected = type(found.options[option])
                    if expected is float and isinstance(option_value, int):
                        option_value = float(option_value)
                    if not isinstance(option_value, expected) or (
                            isinstance(option_value, bool) and expected is not bool):
                        problems.add(f"rule {found.code} option {option!r} should be "
                                     f"{describe(found.options[option])}, not "
                                     f"{describe(option_value)}",
                                     value.value_location(option), code="RJ113")
                        continue
                    setting[option] = (list(option_value) if isinstance(option_value, list)
                                       else option_value)
                else:
                    options = ", ".join(["severity", *found.options]) or "severity"
                    problems.add(f"rule {found.code} has no option {option!r}",
                                 value.key_location(option),
                                 did_you_mean(option, ["severity", *found.options]) or
                                 f"its options: {options}", code="RJ111")
        else:
            problems.add(f"rule {found.code} setting should be error, warning, off or a "
                         f"mapping, not {describe(value)}", table.value_location(key),
                         code="RJ113")
            continue
        severity = setting.get("severity")
        if severity is not None and severity not in SEVERITY_WORDS:
            problems.add(f"rule {found.code}: unknown severity {severity!r}",
                         table.value_location(key), f"use {', '.join(SEVERITY_WORDS)}",
                         code="RJ113")
            continue
        if found.locked and severity in ("off", "warning"):
            problems.add(f"rule {found.code} ({found.name}) cannot be turned off or softened",
                         table.value_location(key),
                         "gratitude leads every letter; reorder the sections instead",
                         code="RJ117")
            continue
        result[found.code] = setting
    return result
