"""The one door through which the loader reads a pack's own files.

Every file the loader reads (``pack.yaml``, section files, stylesheets, the
samples ``rejectlet check`` composes and the files they include) is read
through :mod:`rejectlet.confine`, so no name, link or special file leads out
of the pack, and each refusal becomes a diagnostic at the line that named it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..checks import Problems
from ..confine import Refusal, Refused, check_pack_file, read_inside, resolve_inside
from ..diagnostics import Diagnostic, Location, Severity, display_path
from ..errors import PackError, YamlError
from ..suggest import quoted
from ..yamlio import MAX_YAML_BYTES, load_yaml_bytes

_OUTSIDE_HINT = "packs may only use their own files"
#: Why a hard-linked file of a pack loaded from a folder is refused, and the fix.
LINKED_HINT = ("copy the file instead of linking it: a hard link's other name may lie "
               "outside the pack, and only built-in and installed packs may hold one")
#: The folder of sample data files that ``check`` composes and ``new pack --extends`` copies.
SAMPLES_FOLDER = "samples"
#: The most sample files a pack may have: a handful per letter kind shows it with real
#: data, and each costs a whole letter's work in every check.
MAX_SAMPLES = 100


class PackFiles:
    """Reads files named in one pack, recording each refusal at its location."""

    def __init__(self, root: Path, problems: Problems) -> None:
        self.root = root
        self.problems = problems

    def path(self, relative: str, loc: Location, where: str) -> Path | None:
        """The resolved path of a regular file inside the pack, or None after a problem."""
        try:
            return _regular(self.root, relative)
        except Refused as refused:
            self._refused(refused, relative, loc, where)
            return None

    def read(self, relative: str, loc: Location, where: str, limit: int,
             too_big: str) -> tuple[Path, bytes] | None:
        """The file's path and bytes, or None after recording why not."""
        path = self.path(relative, loc, where)
        if path is None:
            return None
        try:
            return path, read_inside(self.root, path, limit)
        except Refused as refused:
            if refused.reason is Refusal.TOO_BIG:
                self.problems.add(too_big, loc)
            else:
                self._refused(refused, relative, loc, where)
            return None

    def _refused(self, refused: Refused, relative: str, loc: Location, where: str) -> None:
        if refused.reason is Refusal.OUTSIDE:
            self.problems.add(f"{where}: {quoted(relative)} lies outside the pack folder", loc,
                              code="RJ115", hint=_OUTSIDE_HINT)
        elif refused.reason is Refusal.NOT_FILE:
            self.problems.add(f"{where}: {quoted(relative)} is not a regular file", loc,
                              code="RJ115", hint="name a file of the pack, not a folder, "
                                                 "pipe or device")
        elif refused.reason is Refusal.LINKED:
            self.problems.add(f"{where}: {quoted(relative)} is a hard link (a file with another "
                              "name)", loc, code="RJ115", hint=LINKED_HINT)
        elif refused.reason is Refusal.UNREADABLE:
            self.problems.add(f"{where}: cannot read {relative}: {refused.detail}", loc,
                              code="RJ114")
        else:
            self.problems.add(f"{where}: no file {quoted(relative)} in the pack", loc, code="RJ114")


def _regular(root: Path, relative: str) -> Path:
    return check_pack_file(root, relative)


def load_yaml_inside(root: Path, path: str | Path, shown: str | None = None) -> Any:
    """Parse a YAML file below ``root`` (``path`` is absolute or relative to it); a
    file that leads out, or is not a regular file, is refused at its own path
    (``shown``), before a byte of it is read."""
    shown = shown or display_path(path)
    return load_yaml_bytes(read_file_inside(root, path, shown), shown)


def read_file_inside(root: Path, path: str | Path, shown: str) -> bytes:
    """The bytes of a YAML-sized file below ``root``, refused as :func:`load_yaml_inside`
    refuses it (RJ115 for a way out or a special file, RJ100 when too big)."""
    where = Location(shown)
    try:
        return read_inside(root, path, MAX_YAML_BYTES)
    except Refused as refused:
        if refused.reason is Refusal.TOO_BIG:
            size = f"{int(refused.detail):,} bytes" if refused.detail else "larger than that"
            raise YamlError(f"file is {size}; the limit is {MAX_YAML_BYTES:,}", where,
                            hint="letters and packs are small; is this the right file?"
                            ) from None
        if refused.reason is Refusal.OUTSIDE:
            raise PackError(f"{shown} leads outside the pack folder {display_path(root)}", where,
                        code="RJ115", hint=_OUTSIDE_HINT) from None
        if refused.reason is Refusal.LINKED:
            raise PackError(f"{shown} is a hard link (a file with another name)", where,
                            code="RJ115", hint=LINKED_HINT) from None
        if refused.reason is Refusal.NOT_FILE:
            raise PackError(f"{shown} is not a regular file", where, code="RJ115",
                        hint="a pack's YAML files are plain files, not pipes or devices"
                        ) from None
        if refused.reason is Refusal.MISSING:
            raise YamlError(f"no such file: {shown}", where, code="RJ102",
                            hint="check the path") from None
        raise YamlError(f"cannot read {shown}: {refused.detail}", where, code="RJ102") from None


def sample_files(root: Path, folder: str) -> tuple[list[Path], list[Diagnostic]]:
    """The pack's sample data files, and a refusal if the samples folder leads out."""
    named = root / folder
    if not named.exists() and not named.is_symlink():
        return [], []
    try:
        real = resolve_inside(root, folder)
    except Refused as refused:
        if refused.reason is not Refusal.OUTSIDE:
            return [], [Diagnostic("RJ115", Severity.ERROR,
                                   f"{folder}/ cannot be read: {refused.detail or 'refused'}",
                                   Location(display_path(named)),
                                   "make samples/ a plain folder of the pack")]
        return [], [Diagnostic("RJ115", Severity.ERROR,
                               f"{folder}/ leads outside the pack folder",
                               Location(display_path(named)), _OUTSIDE_HINT)]
    if not real.is_dir():
        return [], []
    return sorted(named / p.name for p in real.glob("*.yaml")), []


def too_many_samples(root: Path, count: int) -> Diagnostic:
    """The finding for a samples folder holding more than :data:`MAX_SAMPLES` files."""
    return Diagnostic("RJ124", Severity.ERROR,
                      f"{SAMPLES_FOLDER}/ holds {count:,} sample files; a pack may have "
                      f"{MAX_SAMPLES}", Location(display_path(root / SAMPLES_FOLDER)),
                      "keep a few samples for each letter kind")
