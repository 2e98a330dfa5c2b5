"""Small helpers for checking YAML-shaped input and collecting every problem at once.

Pack and data loading both use a :class:`Problems` list: each check records a
diagnostic at the exact key or value and carries on, so a user sees all their
mistakes in one run instead of one per run.

One mistake is reported once. A problem may *break* a subject (a key of a
mapping, named by :func:`subject`): a misspelt ``sectons:`` breaks
``pack.yaml.sections``, a parent pack that cannot be found breaks
``pack.yaml.extends``. A later check that depends on a subject names it as its
*cause*, and is not reported when that subject is already broken, since it
would only repeat the first mistake in other words (every section "unknown",
every variable "undeclared").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .diagnostics import Diagnostic, Location, Severity
from .suggest import closest, did_you_mean, quoted, shown_name
from .type_reading import kind_name
from .yamlio import LocatedList, LocatedMap

_TYPE_WORDS = {
    str: "a string",
    bool: "true or false",
    int: "a whole number",
    list: "a list",
    dict: "a mapping (key: value lines)",
}


def describe(value: Any) -> str:
    """Name a value's YAML type the way a pack author would say it. Judged by its type
    alone (``isinstance`` would ask an object of any other type for its own
    ``__class__``, which may raise), so describing a value never runs its code."""
    kind = type(value)
    if value is None:
        return "nothing (null)"
    if issubclass(kind, bool):
        return "a boolean"
    if issubclass(kind, int):
        return "a number"
    if issubclass(kind, float):
        return "a decimal number"
    if issubclass(kind, str):
        return "a string"
    if issubclass(kind, list):
        return "a list"
    if issubclass(kind, dict):
        return "a mapping"
    return kind_name(kind)


def subject(where: str, key: str) -> str:
    """The name of one key of one mapping, as problems break it and follow-on
    checks refer to it: ``subject("pack.yaml", "sections")``,
    ``subject("letter 'reply'", "salutation")``, ``subject("sections", "thanks")``."""
    return f"{where}.{key}"


#: The subjects the pack loader's later stages depend on.
PACK_SECTIONS = subject("pack.yaml", "sections")
PACK_VARIABLES = subject("pack.yaml", "variables")
PACK_EXTENDS = subject("pack.yaml", "extends")


class Problems:
    """An ordered collection of diagnostics found while reading one input,
    and the subjects those diagnostics have already shown to be wrong."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.items: list[Diagnostic] = []
        self.broken: set[str] = set()
        #: how many findings of a kind were met so far, for kinds reported only up to
        #: a number (unknown names), wherever in the input they are found
        self.tallies: dict[str, int] = {}

    def tally(self, kind: str, count: int = 1) -> int:
        """Count ``count`` more findings of ``kind``; the number met before them."""
        before = self.tallies.get(kind, 0)
        self.tallies[kind] = before + count
        return before

    def add(self, message: str, location: Location | None, hint: str = "",
            code: str | None = None, severity: Severity = Severity.ERROR, *,
            breaks: Iterable[str] = (), cause: Iterable[str] = ()) -> None:
        """Record a problem, unless one of its ``cause`` subjects is already broken
        (then it is a follow-on of a mistake reported before); an error marks
        ``breaks`` as broken for the checks after it."""
        if self.follows(cause):
            return
        self.items.append(Diagnostic(code or self.code, severity, message, location, hint))
        if severity is Severity.ERROR:
            self.broken.update(breaks)

    def mark(self, *subjects: str) -> None:
        """Mark subjects broken whose problem has been reported in another way."""
        self.broken.update(subjects)

    def follows(self, causes: Iterable[str]) -> bool:
        """Whether a problem depending on ``causes`` would follow from one already reported."""
        return any(cause in self.broken for cause in causes)

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
                # a misspelt key is the key it was meant to be, written wrongly: that
                # key is reported here, and not again as missing or unused
                meant = closest(key, [k for k in allowed_list if k not in mapping])
                hint = did_you_mean(key, allowed_list) or f"allowed keys: {', '.join(allowed_list)}"
                self.add(f"unknown key {shown_name(key)} in {where}",
                         mapping.key_location(key), hint,
                         code="RJ111",
                         breaks=(subject(where, meant),) if meant is not None else ())
        for key in required:
            if key not in mapping:
                self.add(f"{where} is missing the required key {quoted(key)}", mapping.location,
                         code="RJ112", cause=(subject(where, key),))

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
