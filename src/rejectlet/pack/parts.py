"""What the read stage hands on: one pack.yaml as written, before ``extends``.

Nothing here knows about a parent. A key the file leaves out is None (or
empty), so the merge stage can tell "not given" from "given as empty", and
every part keeps the location it was written at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, Location
from ..model import PackCheck, PageSettings, Section, Stylesheet, Template, Variable


@dataclass(frozen=True, slots=True)
class SectionList:
    """A letter's ``body`` or ``ps``: section ids with where each was written."""

    ids: tuple[str, ...] = ()
    locations: tuple[Location, ...] = ()
    #: taken over from a parent, so a missing section is one the child removed
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class LetterPart:
    """One letter kind as a file writes it; any key may be left to the parent."""

    id: str
    location: Location
    map_location: Location
    templates: dict[str, Template] = field(default_factory=dict)
    blocks: dict[str, Template] = field(default_factory=dict)
    body: SectionList | None = None
    ps: SectionList | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    description: str | None = None
    type: str | None = None
    type_location: Location | None = None
    each: str | None = None
    each_location: Location | None = None
    item_name: str | None = None


@dataclass(frozen=True, slots=True)
class Stylesheets:
    """The stylesheets a pack names, read from inside the pack."""

    page: Stylesheet | None = None
    email: Stylesheet | None = None


@dataclass(frozen=True, slots=True)
class PackParts:
    """A pack file read; after merging, the pack and everything it inherits."""

    root: Path
    location: Location
    name: str
    version: str
    title: str | None = None
    description: str | None = None
    language: str | None = None
    #: where ``language`` is written, so a tag the letter cannot carry is reported there
    language_location: Location | None = None
    requires: str = ""
    extends: str | None = None
    extends_location: Location | None = None
    variables: dict[str, Variable] = field(default_factory=dict)
    #: None marks a section this file names but could not read: it removes the
    #: parent's section of that name, so letters using it are reported
    sections: dict[str, Section | None] = field(default_factory=dict)
    letters: dict[str, LetterPart] = field(default_factory=dict)
    blocks: dict[str, Template] = field(default_factory=dict)
    page: PageSettings | None = None
    card: dict[str, Any] | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    checks: dict[str, PackCheck] = field(default_factory=dict)
    styles: Stylesheets = Stylesheets()
    #: the folders templates may include from: this pack's, then its parents'
    roots: tuple[Path, ...] = ()
    #: the names of the packs it extends, nearest first
    parents: tuple[str, ...] = ()
    problems: tuple[Diagnostic, ...] = ()
    #: the subjects those problems showed to be wrong (see :class:`rejectlet.checks.Problems`),
    #: so the compile stage does not report what follows from them again
    broken: frozenset[str] = frozenset()
