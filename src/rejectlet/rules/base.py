"""What a rule is, and the registry that holds them.

A rule is a small object with a stable code (RJ001…), a name a pack can use
instead of the code, a default severity, the options it takes, and a check
that yields findings. Rules reason about section kinds, never about a
language's words, except where a rule is about words (tone) and then its word
lists are options a pack can change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..diagnostics import Fix, Location, Severity
from ..model import Letter
from ..suggest import quoted

if TYPE_CHECKING:
    from .outline import Outline


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports; the validator adds code and severity."""

    message: str
    location: Location | None = None
    hint: str = ""
    #: The most this finding may weigh: a mild finding is a warning even when the
    #: rule is set to error. None: whatever the rule is set to.
    severity: Severity | None = None
    #: A suggested edit, when there is a sensible one.
    fix: Fix | None = None


Check = Callable[[Letter, Mapping[str, Any]], Iterable[Finding]]
#: A rule judged from a letter kind's definition alone, before any data (``check PACK``).
OutlineCheck = Callable[["Outline", Mapping[str, Any]], Iterable[Finding]]


def capped(severity: Severity, finding: Finding) -> Severity:
    """A finding's severity: the rule's, unless the finding is milder by nature."""
    if finding.severity is not None and severity_rank(finding.severity) < severity_rank(severity):
        return finding.severity
    return severity


def severity_rank(severity: Severity | None) -> int:
    """Order of seriousness: off (None) < warning < error."""
    return {None: 0, Severity.WARNING: 1, Severity.ERROR: 2}[severity]


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
    #: Letter types it applies to (None: every letter); see model.LETTER_TYPES.
    letter_types: frozenset[str] | None = None
    #: Option defaults that differ by letter type (a check-in is shorter than a reply).
    type_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: The least severity a pack may set; None lets a pack turn the rule off.
    floor: Severity | None = None
    #: Floors that hold for some letter types only (a first reply's tone, say).
    type_floors: Mapping[str, Severity] = field(default_factory=dict)
    #: The same rule judged from a letter kind's definition, for ``rejectlet check PACK``.
    outline_check: OutlineCheck | None = None

    def applies_to(self, letter_type: str) -> bool:
        return self.letter_types is None or letter_type in self.letter_types

    def floor_for(self, letter_type: str | None = None) -> Severity | None:
        """The least a pack may set this rule to for one letter type; with no type, the
        floor that holds for every type. A locked rule's floor is error."""
        floors = [self.floor]
        if self.locked:
            floors.append(Severity.ERROR)
        if letter_type is not None:
            floors.append(self.type_floors.get(letter_type))
        return max(floors, key=severity_rank)


_REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add a rule; codes and names must be unique."""
    for existing in _REGISTRY.values():
        if existing.code == rule.code or existing.name == rule.name:
            raise ValueError(f"rule {rule.code} ({rule.name}) is already registered")
    _REGISTRY[rule.code] = rule
    return rule


def rule(code: str, name: str, summary: str, severity: Severity = Severity.ERROR, *,
         locked: bool = False, letter_types: Iterable[str] | None = None,
         type_options: Mapping[str, Mapping[str, Any]] | None = None,
         floor: Severity | None = None, type_floors: Mapping[str, Severity] | None = None,
         outline: OutlineCheck | None = None, **options: Any) -> Callable[[Check], Check]:
    """Decorator form of :func:`register` for rules written as functions.

    ``outline`` is the rule's check of a letter kind's definition, when the rule
    can be judged before any data is given (the structure rules can).
    """
    def wrap(check: Check) -> Check:
        register(Rule(code, name, summary, severity, check, dict(options), locked,
                      frozenset(letter_types) if letter_types is not None else None,
                      dict(type_options or {}), floor, dict(type_floors or {}), outline))
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


ENTRY_POINT_GROUP = "rejectlet.rules"
_plugins_loaded = False
#: Messages from rule plugins that failed to load, shown by ``rejectlet packs``.
plugin_problems: list[str] = []


_plugins_lock = threading.RLock()
_plugins_done = False


def _load_builtin() -> None:
    """Register the built-in and plugin rules once; a thread arriving while another
    is loading them waits, so no caller sees a half-filled registry."""
    from . import builtin  # noqa: F401  (registers on import)

    global _plugins_loaded, _plugins_done
    if _plugins_done:
        return
    with _plugins_lock:
        if not _plugins_loaded:  # a plugin that asks for the rules while loading gets no loop
            _plugins_loaded = True
            plugin_problems.extend(load_plugin_rules())
            _plugins_done = True


def load_plugin_rules() -> list[str]:
    """Register rules that installed packages publish under ``rejectlet.rules``.

    An entry point names a :class:`Rule` object, or a module that registers its
    rules with :func:`rule` when imported. Problems are returned as messages so
    one broken package cannot stop validation.
    """
    from importlib import metadata

    problems: list[str] = []
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
            if isinstance(loaded, Rule) and loaded.code not in _REGISTRY:
                register(loaded)
        except Exception as exc:  # third-party code: report, never crash validation
            problems.append(f"rule plugin {quoted(entry.name)} failed to load: {exc}")
    return problems
