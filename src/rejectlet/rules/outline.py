"""A letter kind's shape as its definition gives it, before any data.

The structure rules judge the same shape twice: in a composed letter (which
sections came out, in order) and in the pack's definition (which sections are
listed, and which of them a condition may leave out). An outline is the second
view, so one rule module can write both checks side by side, sharing the
predicates in :mod:`rejectlet.rules.structure`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Location
from ..model import LetterKind, Pack, SectionKind


@dataclass(frozen=True, slots=True)
class OutlinePart:
    """One listed section: its kind, its condition, and where it is defined and listed."""

    section_id: str
    kind: SectionKind
    when: str | None
    defined_at: Location | None
    listed_at: Location | None


@dataclass(frozen=True, slots=True)
class Outline:
    """The body and P.S. lists of one letter kind, each entry resolved to its section."""

    letter: LetterKind
    body: tuple[OutlinePart, ...]
    ps: tuple[OutlinePart, ...]

    @classmethod
    def of(cls, pack: Pack, letter: LetterKind) -> Outline:
        return cls(letter, _parts(pack, letter.body, letter.body_locations),
                   _parts(pack, letter.ps, letter.ps_locations))


def _parts(pack: Pack, ids: tuple[str, ...],
           locations: tuple[Location, ...]) -> tuple[OutlinePart, ...]:
    parts = []
    for index, section_id in enumerate(ids):
        section = pack.sections[section_id]
        parts.append(OutlinePart(section_id, section.kind, section.when, section.location,
                                 locations[index] if index < len(locations) else None))
    return tuple(parts)
