"""Checking a whole pack the way ``rejectlet check PACK`` does.

Loading already rejects malformed packs. This goes further for the author:
it checks each letter kind's order against the structure rules without any
data, composes every letter kind with neutral stand-in values (both ways for
each yes/no switch) to catch template failures, and composes and validates
each sample data file in the pack's ``samples/`` folder.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .composer import compose_all
from .diagnostics import Diagnostic, Severity
from .errors import RejectletError
from .model import LetterKind, Pack, SectionKind, Variable
from .rules.base import find_rule
from .validation import validate

SAMPLES_FOLDER = "samples"


def _severity(pack: Pack, kind: LetterKind, code: str) -> Severity | None:
    rule = find_rule(code)
    assert rule is not None
    if not rule.applies_to(kind.type):
        return None
    word = rule.severity.value
    word = pack.rules.get(code, {}).get("severity", word)
    word = kind.rules.get(code, {}).get("severity", word)
    return None if word == "off" else Severity(word)


def static_findings(pack: Pack) -> list[Diagnostic]:
    """Structure problems visible from the letter definitions alone."""
    found: list[Diagnostic] = []
    for kind in pack.letters.values():
        sections = [pack.sections[s] for s in kind.body]
        if not sections or sections[0].kind is not SectionKind.GRATITUDE:
            where = kind.body_locations[0] if kind.body_locations else kind.location
            found.append(Diagnostic("RJ001", Severity.ERROR,
                                    f"letter {kind.id!r}: the body must open with a gratitude "
                                    "section", where, "list a section of kind gratitude first"))
        elif sections[0].when:
            found.append(Diagnostic(
                "RJ001", Severity.WARNING,
                f"letter {kind.id!r}: the opening thanks has a condition ({sections[0].when!r});"
                " a letter where it is false breaks gratitude-first", sections[0].location,
                "remove its 'when'"))
        severity = _severity(pack, kind, "RJ002")
        if severity and not any(s.kind is SectionKind.INTEREST for s in sections):
            found.append(Diagnostic("RJ002", severity,
                                    f"letter {kind.id!r} has no section of kind interest",
                                    kind.location, "add one, or set RJ002 off for this letter"))
        severity = _severity(pack, kind, "RJ003")
        if severity:
            for section_id, where in zip(kind.body, kind.body_locations, strict=False):
                if pack.sections[section_id].kind is SectionKind.FEEDBACK:
                    found.append(Diagnostic("RJ003", severity,
                                            f"letter {kind.id!r} asks for feedback in the body",
                                            where, "move the section to ps:"))
        unconditional = [s for s in kind.ps if not pack.sections[s].when]
        severity = _severity(pack, kind, "RJ004")
        if severity and len(kind.ps) > 1 and len(unconditional) > 1:
            found.append(Diagnostic("RJ004", severity,
                                    f"letter {kind.id!r} always has {len(unconditional)} P.S.",
                                    kind.ps_locations[1], "a letter has at most one P.S."))
    return found


def _stand_in(variable: Variable, switches: bool) -> Any:
    if variable.choices:
        return variable.choices[0]
    if variable.type == "bool":
        return switches
    if variable.type == "integer":
        return variable.default if isinstance(variable.default, int) else 1
    if variable.type == "date":
        return dt.date(2026, 1, 15)
    if variable.type == "list":
        return ["Sample Person"]
    if variable.type == "email":
        return "someone@example.com"
    if variable.type == "records":
        return [{name: _stand_in(field, switches) for name, field in variable.fields.items()}]
    return "Sample"


def stand_in_data(pack: Pack, switches: bool) -> dict[str, Any]:
    """Neutral values for every variable, with every yes/no set to ``switches``."""
    values: dict[str, Any] = {}
    for name, variable in pack.variables.items():
        value = _stand_in(variable, switches)
        target = values
        *groups, leaf = name.split(".")
        for group in groups:
            target = target.setdefault(group, {})
        target[leaf] = value
    return values


def check_pack(pack: Pack) -> list[Diagnostic]:
    """Every finding for a loaded pack: structure, stand-in composition, samples."""
    found = static_findings(pack)
    seen: set[str] = set()
    for kind_id in pack.letters:
        for switches in (True, False):
            try:
                compose_all(pack, kind_id, stand_in_data(pack, switches))
            except RejectletError as exc:
                for diagnostic in exc.diagnostics:
                    if str(diagnostic) not in seen:
                        seen.add(str(diagnostic))
                        found.append(diagnostic)
    samples = pack.root / SAMPLES_FOLDER
    if samples.is_dir():
        for sample in sorted(samples.glob("*.yaml")):
            try:
                from .composer import letters_from_file

                for letter in letters_from_file(sample, pack=pack):
                    found.extend(validate(letter))
            except RejectletError as exc:
                found.extend(exc.diagnostics)
    return found
