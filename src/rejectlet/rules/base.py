"""What a rule is, and the registry that holds them.

A rule is a small object with a stable code (RJ001…), a name a pack can use
instead of the code, a default severity, the options it takes, and a check
that yields findings. Rules reason about section kinds, never about a
language's words, except where a rule is about words (tone) and then its word
lists are options a pack can change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Location, Severity
from ..model import Letter


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports; the validator adds code and severity."""

    message: str
    location: Location | None = None
    hint: str = ""


Check = Callable[[Letter, Mapping[str, Any]], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: identity, defaults, and the check itself."""

    code: str
    name: str
    summary: str
    severity: Severity
    check: Check
    options: Mapping[str, Any] = field(default_factory=dict)
    locked: bool = False  # a pack may not turn it off or soften it


_REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add a rule; codes and names must be unique."""
    for existing in _REGISTRY.values():
        if existing.code == rule.code or existing.name == rule.name:
            raise ValueError(f"rule {rule.code} ({rule.name}) is already registered")
    _REGISTRY[rule.code] = rule
    return rule


def rule(code: str, name: str, summary: str, severity: Severity = Severity.ERROR, *,
         locked: bool = False, **options: Any) -> Callable[[Check], Check]:
    """Decorator form of :func:`register` for rules written as functions."""
    def wrap(check: Check) -> Check:
        register(Rule(code, name, summary, severity, check, dict(options), locked))
        return check
    return wrap


def all_rules() -> Iterator[Rule]:
    """Every registered rule, in code order."""
    _load_builtin()
    yield from sorted(_REGISTRY.values(), key=lambda r: r.code)


def find_rule(key: str) -> Rule | None:
    """A rule by its code (RJ007) or name (tone)."""
    _load_builtin()
    if key.upper() in _REGISTRY:
        return _REGISTRY[key.upper()]
    for candidate in _REGISTRY.values():
        if candidate.name == key:
            return candidate
    return None


def _load_builtin() -> None:
    from . import builtin  # noqa: F401  (registers on import)
