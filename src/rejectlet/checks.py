"""Small helpers for checking YAML-shaped input and collecting every problem at once.

Pack and data loading both use a :class:`Problems` list: each check records a
diagnostic at the exact key or value and carries on, so a user sees all their
mistakes in one run instead of one per run.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .diagnostics import Diagnostic, Location, Severity
from .suggest import did_you_mean
from .yamlio import LocatedList, LocatedMap

_TYPE_WORDS = {
    str: "a string",
    bool: "true or false",
    int: "a whole number",
    list: "a list",
    dict: "a mapping (key: value lines)",
}


def describe(value: Any) -> str:
    """Name a value's YAML type the way a pack author would say it."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Problems:
    """An ordered collection of diagnostics found while reading one input."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.items: list[Diagnostic] = []

    def add(self, message: str, location: Location | None, hint: str = "",
            code: str | None = None, severity: Severity = Severity.ERROR) -> None:
        self.items.append(Diagnostic(code or self.code, severity, message, location, hint))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.is_error]

    def __bool__(self) -> bool:
        return bool(self.errors)

    def check_keys(self, mapping: LocatedMap, allowed: Iterable[str], where: str,
                   required: Iterable[str] = ()) -> None:
        """Report unknown keys (with a suggestion) and missing required keys."""
        allowed_list = list(allowed)
        for key in mapping:
            if key not in allowed_list:
                hint = did_you_mean(key, allowed_list) or f"allowed keys: {', '.join(allowed_list)}"
                self.add(f"unknown key {key!r} in {where}", mapping.key_location(key), hint,
                         code="RJ111")
        for key in required:
            if key not in mapping:
                self.add(f"{where} is missing the required key {key!r}", mapping.location,
                         code="RJ112")

    def expect(self, mapping: LocatedMap, key: str, kind: type | tuple[type, ...],
               where: str) -> bool:
        """Check one value's type; True when it is present and right."""
        if key not in mapping:
            return False
        value = mapping[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        ok = isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)
        if not ok:
            wanted = " or ".join(_TYPE_WORDS.get(k, k.__name__) for k in kinds)
            self.add(f"{where}.{key} should be {wanted}, not {describe(value)}",
                     mapping.value_location(key), code="RJ113")
        return ok


def as_map(value: Any, location: Location, problems: Problems, where: str) -> LocatedMap | None:
    """The value as a located mapping, or None after recording the problem."""
    if isinstance(value, LocatedMap):
        return value
    problems.add(f"{where} should be a mapping (key: value lines), not {describe(value)}",
                 location, code="RJ113")
    return None


def as_list(value: Any, location: Location, problems: Problems, where: str) -> LocatedList | None:
    """The value as a located list, or None after recording the problem."""
    if isinstance(value, LocatedList):
        return value
    problems.add(f"{where} should be a list, not {describe(value)}", location, code="RJ113")
    return None
