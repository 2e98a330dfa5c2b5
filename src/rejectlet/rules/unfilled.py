"""Rules that catch a letter sent half-finished: empty values and leftover placeholders."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Fix, Severity
from ..model import Letter
from ..suggest import quoted
from .base import Finding, rule
from .locate import placed_texts
from .reading import plain
from .shapes import Slot, find_slots

#: Which data value a slot's words most likely stand for, in order of preference.
_VALUE_FOR = (
    (frozenset({"company", "organization", "organisation", "employer", "firm", "firma",
                "firmenname", "unternehmen", "unternehmens", "empresa"}), "organization"),
    (frozenset({"position", "role", "job", "stelle", "stellenbezeichnung", "puesto",
                "cargo"}), "role"),
    (frozenset({"your"}), "sender.name"),
    (frozenset({"name", "interviewer", "recruiter", "recipient", "manager", "ansprechpartner",
                "ansprechpartners", "ansprechpartnerin", "nombre"}), "recipient.name"),
)


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return not value
    return False


def _suggestion(letter: Letter, slot: Slot, found: str) -> Fix | None:
    """Offer the letter's own value for the slot when its words say which one."""
    words = set(slot.words)
    for names, key in _VALUE_FOR:
        if words & names:
            value = letter.data.get(key)
            if isinstance(value, str) and value.strip():
                return Fix(found, value.strip(), f"use the value of {key}")
            break
    return None


@rule("RJ005", "required-filled", "Every required value has content.", Severity.ERROR)
def required_filled(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    kind = letter.pack.letters.get(letter.kind)
    for name, variable in letter.pack.variables.items():
        if kind is not None and not kind.needs(name):
            continue
        if variable.required and _empty(letter.data.get(name)):
            yield Finding(f"required value {quoted(name)} is empty",
                          letter.place_of_value(name),
                          variable.help or f"give {name} a value")


@rule("RJ006", "no-placeholders", "No leftover placeholder, template code or to-do marker.",
      Severity.ERROR)
def no_placeholders(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    seen: set[str] = set()
    for placed in placed_texts(letter):
        text = plain(placed.text)
        # slots come in order of their start, so one inside a slot already reported
        # starts before the furthest end so far: one comparison, not one per slot
        reach = -1
        for slot in sorted(find_slots(text), key=lambda s: (s.start, -s.end)):
            if slot.start < reach:
                continue
            reach = max(reach, slot.end)
            found = text.quote(slot.start, slot.end).strip()
            if found in seen:
                continue
            seen.add(found)
            yield Finding(f"leftover placeholder {quoted(found)} ({slot.what})",
                          placed.where(text.span(slot.start, slot.end)[0]),
                          "replace it with the real text before sending", None,
                          _suggestion(letter, slot, found))
