"""Rule settings: checking a ``rules:`` table, and deciding what each rule does.

A setting names a rule by code or name and gives either a severity word
(``error``, ``warning``, ``off``) or a mapping with ``severity`` and the rule's
own options. Settings are normalised to ``{code: {severity, option…}}``.

"What does rule X do for letter kind K of pack P?" has one answer,
:func:`rule_settings`: the rule's defaults (for the kind's letter type), then
the pack's table, then the letter kind's, never below the rule's floor. Each
answer is decided once per pack and remembered (for a bounded number of
packs), as validation asks it for every letter.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..checks import Problems, describe
from ..diagnostics import Severity
from ..model import Pack
from ..suggest import did_you_mean, quoted, shown_name
from ..yamlio import LocatedMap
from .base import Rule, all_rules, find_rule, severity_rank
from .declared_keys import bounded_phrases

SEVERITY_WORDS = ("error", "warning", "off")
OFF = "off"


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """What one rule does for one letter kind: whether it runs, how loud, with what options."""

    code: str
    #: Whether the rule looks at this letter type at all.
    applies: bool
    #: None when the pack turned the rule off.
    severity: Severity | None
    options: Mapping[str, Any]
    #: The pack asked for less than the rule's floor, which was kept instead.
    floored: bool = False

    @property
    def enabled(self) -> bool:
        return self.applies and self.severity is not None

    @property
    def severity_word(self) -> str:
        return self.severity.value if self.severity is not None else OFF

    def check_options(self) -> dict[str, Any]:
        """What a rule's check receives: its options, and the severity word."""
        return {"severity": self.severity_word, **self.options}


def check_rule_settings(table: LocatedMap, problems: Problems, *,
                        letter_type: str | None = None) -> dict[str, dict[str, Any]]:
    """Normalise one rules table, recording every problem in it.

    A setting below a rule's floor is refused: the pack-wide floor always, and a
    letter type's own floor when the table belongs to a letter of that type.
    """
    result: dict[str, dict[str, Any]] = {}
    names = [r.code for r in all_rules()] + [r.name for r in all_rules()]
    for key, value in table.items():
        loc = table.key_location(key)
        found = find_rule(key)
        if found is None:
            problems.add(f"unknown rule {shown_name(key)}", loc,
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
                        problems.add(f"rule {found.code} option {shown_name(option)} should be "
                                     f"{describe(found.options[option])}, not "
                                     f"{describe(option_value)}",
                                     value.value_location(option), code="RJ113")
                        continue
                    if isinstance(option_value, list) and bounded_phrases(
                            tuple(str(item) for item in option_value),
                            value.value_location(option),
                            f"rule {found.code} option {shown_name(option)}", problems) is None:
                        continue
                    setting[option] = (list(option_value) if isinstance(option_value, list)
                                       else option_value)
                else:
                    options = ", ".join(["severity", *found.options]) or "severity"
                    problems.add(f"rule {found.code} has no option {shown_name(option)}",
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
            problems.add(f"rule {found.code}: unknown severity {quoted(severity)}",
                         table.value_location(key), f"use {', '.join(SEVERITY_WORDS)}",
                         code="RJ113")
            continue
        floor = found.floor_for(letter_type)
        if severity is not None and severity_rank(
                None if severity == OFF else Severity(severity)) < severity_rank(floor):
            if found.locked:
                problems.add(f"rule {found.code} ({found.name}) cannot be turned off or "
                             "softened", table.value_location(key),
                             "gratitude leads every letter; reorder the sections instead",
                             code="RJ117")
            else:
                problems.add(f"rule {found.code} ({found.name}) cannot be set below {floor}"
                             + (f" for a {letter_type}" if letter_type else ""),
                             table.value_location(key),
                             f"set it to {floor} or error, or leave it out", code="RJ117")
            continue
        result[found.code] = setting
    return result


def rule_settings(pack: Pack, kind_id: str, rule: Rule | str,
                  letter_type: str | None = None) -> RuleSettings:
    """The effective settings of ``rule`` for letter kind ``kind_id`` of ``pack``.

    ``letter_type`` is the kind's own type unless given (a letter built by hand
    may name a kind the pack does not have).
    """
    found = find_rule(rule) if isinstance(rule, str) else rule
    if found is None:
        raise KeyError(f"no rule {quoted(rule)}")
    kind = pack.letters.get(kind_id)
    if letter_type is None:
        letter_type = kind.type if kind is not None else "custom"
    table = _decisions(pack)
    key = (kind_id, letter_type, found.code)
    decided = table.get(key)
    if decided is None or decided[0] is not found:
        decided = (found, _decide(pack, kind_id, found, letter_type))
        table[key] = decided
    return decided[1]


def _decide(pack: Pack, kind_id: str, rule: Rule, letter_type: str) -> RuleSettings:
    merged: dict[str, Any] = {"severity": rule.severity.value, **rule.options,
                              **rule.type_options.get(letter_type, {})}
    merged.update(pack.rules.get(rule.code, {}))
    kind = pack.letters.get(kind_id)
    if kind is not None:
        merged.update(kind.rules.get(rule.code, {}))
    word = merged.pop("severity")
    asked = None if word == OFF else Severity(word)
    floor = rule.floor_for(letter_type)
    floored = severity_rank(asked) < severity_rank(floor)
    return RuleSettings(rule.code, rule.applies_to(letter_type), floor if floored else asked,
                        MappingProxyType(merged), floored)


_Table = dict[tuple[str, str, str], tuple[Rule, RuleSettings]]
#: Packs whose decisions are remembered; the least recently asked is forgotten first.
MAX_PACKS = 64
#: Keyed by the pack's identity; each entry holds its pack, so an id is never reused
#: while its entry lives.
_DECISIONS: OrderedDict[int, tuple[Pack, _Table]] = OrderedDict()
_LOCK = threading.Lock()


def _decisions(pack: Pack) -> _Table:
    key = id(pack)
    with _LOCK:
        entry = _DECISIONS.get(key)
        if entry is not None and entry[0] is pack:
            _DECISIONS.move_to_end(key)
            return entry[1]
        table: _Table = {}
        _DECISIONS[key] = (pack, table)
        while len(_DECISIONS) > MAX_PACKS:
            _DECISIONS.popitem(last=False)
        return table


def clear_rule_settings() -> None:
    """Forget every remembered decision (a long-running host may call this)."""
    with _LOCK:
        _DECISIONS.clear()
