"""Diagnostics: the one record every check and every user error is reported with.

A diagnostic is immutable and carries its own location, so a problem found deep
in rendering can still point at the line of the pack or data file that caused it.
"""

from __future__ import annotations

import enum
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Where the rules reference lives; each code has an anchor there named after it.
DOCS_BASE = "docs/rules.md"

#: The path of values that came from a mapping in memory, not from a file.
IN_MEMORY = "<data>"
#: The path of an argument a program passed to a public function.
ARGUMENT = "<argument>"


class Severity(enum.Enum):
    """How serious a diagnostic is; errors stop rendering, warnings do not."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file, 1-based, as editors and compilers count.

    ``key`` is the data key path of a letter value (``recipient.name``,
    ``panel[2].note``). Values given as a mapping have no file, so for them the
    key is the whole location and is what gets printed; a host program can mark
    the form field it names.
    """

    path: str
    line: int = 0
    column: int = 0
    key: str = ""

    def __str__(self) -> str:
        if self.path == IN_MEMORY and self.key:
            return self.key
        if self.path == ARGUMENT and self.key:
            return f"argument {self.key}"
        if self.line <= 0:
            return self.path
        if self.column <= 0:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"

    @classmethod
    def of_file(cls, path: str | Path) -> Location:
        """The whole file, for problems that have no better place."""
        return cls(display_path(path))

    @classmethod
    def of_argument(cls, name: str) -> Location:
        """An argument a program passed, named as ``function(name)``."""
        return cls(ARGUMENT, key=name)

    @classmethod
    def of_key(cls, key: str) -> Location:
        """A value given in memory, known only by its data key path."""
        return cls(IN_MEMORY, key=key)

    def with_key(self, key: str) -> Location:
        """The same place, naming the data value written there.

        Made directly rather than through ``dataclasses.replace``, which reads the
        fields anew on every call: composing names every value of every letter."""
        return type(self)(self.path, self.line, self.column, key)

    @property
    def in_file(self) -> bool:
        """Whether this points into a file (and not at a value given in memory)."""
        return self.path not in (IN_MEMORY, ARGUMENT)


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested edit: replace ``old`` (the words quoted) with ``new``.

    An empty ``new`` means "remove". Kept as data so a host program can offer
    the edit as a button, and the CLI can show it, without parsing the hint.
    """

    old: str
    new: str = ""
    description: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"old": self.old, "new": self.new, "description": self.description}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: a stable code, a severity, a plain-words message and where.

    ``location`` points into a file; ``key`` names the data value (``recipient.name``,
    ``panel[2].note``) when the problem lies in letter data, so a form can mark the
    field even when the data never came from a file.
    """

    code: str
    severity: Severity
    message: str
    location: Location | None = None
    hint: str = ""
    rule: str = ""
    key: str = ""
    fix: Fix | None = None
    #: Where the explanation lives, when not in the rules reference (a pack
    #: check's ``link``); see :attr:`docs_anchor`.
    docs: str = ""

    def __post_init__(self) -> None:
        # A finding about a data value names its key even when the check that found
        # it only knew the value's location.
        if not self.key and self.location is not None and self.location.key:
            object.__setattr__(self, "key", self.location.key)

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location is not None else ""
        text = f"{where}{self.code} {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def docs_anchor(self) -> str:
        """The page that explains this code: the rules reference's section for it,
        or the page a pack check links to."""
        return self.docs or f"{DOCS_BASE}#{self.code.lower()}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, for host programs and ``--format json``: every text
        valid Unicode (see :func:`valid_text`), so it can always be sent as UTF-8."""
        loc = self.location if self.location is not None and self.location.in_file else None
        fix = self.fix.to_dict() if self.fix is not None else None
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": valid_text(self.message),
            "hint": valid_text(self.hint),
            "path": valid_text(loc.path) if loc is not None else None,
            "line": loc.line if loc is not None and loc.line > 0 else None,
            "column": loc.column if loc is not None and loc.column > 0 else None,
            "key": valid_text(self.key) or None,
            "docs": valid_text(self.docs_anchor),
            "fix": {name: valid_text(text) for name, text in fix.items()} if fix else None,
        }


#: Half of a surrogate pair on its own. A file name read from bytes that are not
#: UTF-8 holds them (Python's surrogateescape), and so can a str a program passes;
#: no UTF-8 text can hold one.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` with each lone surrogate shown as U+FFFD, so a report that carries a
    file name which is not UTF-8 is still valid UTF-8 (and valid JSON) as a whole."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def display_path(path: str | Path) -> str:
    """Show a path as the user gave it, relative to the working directory when it
    lies below it.

    Relative paths keep messages short and match what the user typed. The path is
    never resolved: a symbolic link is named by its own name, not by where it
    points, so a message does not disclose a link's target (a folder the user
    never named, another user's file behind a link in a shared folder)."""
    p = Path(path)
    if not p.is_absolute():
        return str(p)
    try:
        return str(p.relative_to(os.getcwd()))
    except (ValueError, OSError):  # not below the working directory, or it is gone
        return str(p)


def sort_key(diagnostic: Diagnostic) -> tuple[str, int, int, str]:
    """Order diagnostics by file and position, so output reads top to bottom."""
    loc = diagnostic.location
    if loc is None:
        return ("", 0, 0, diagnostic.code)
    return (loc.path, loc.line, loc.column, diagnostic.code)
