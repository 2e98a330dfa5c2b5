"""Writing output files so that nothing the user has is ever lost.

A file is written to a temporary neighbour and renamed into place, so an
interrupted run leaves either the old file or the new one, never half of one.
An input file is never overwritten, and an existing output only on request.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .diagnostics import Location, display_path
from .errors import OutputError
from .model import Letter, Pack
from .pathdoor import MAX_NAME_BYTES, first_long_part, path_errors, quietly_resolved, why_refused
from .suggest import quoted


def pack_folders(pack: Pack) -> tuple[Path, ...]:
    """The pack's folder and the folders of every pack it extends: all are inputs."""
    compiled = pack.compiled
    parents = tuple(getattr(compiled, "extra_roots", ()) or ())
    return (pack.root, *(Path(folder) for folder in parents))


def letter_inputs(letter: Letter) -> tuple[Path, ...]:
    """Files a letter reads besides its data files: the signature image its data
    names (beside the data file, as the PDF reads it). No output may overwrite them."""
    value = letter.data.get("signature_image")
    source = letter.data_source
    if not isinstance(value, str) or not value.strip() or source is None \
            or not source.in_file:
        return ()
    found = quietly_resolved(Path(source.path).parent / value)
    return (Path(found),) if found is not None else ()


class ResolvedOnce:
    """Folders or files a run checks every output against, resolved the first time
    a target is checked (inside that target's error handling, so a path that cannot
    be resolved is refused as before) and kept for the run's other files: a batch
    of a thousand letters resolves the pack's folder once, not a thousand times."""

    __slots__ = ("_paths", "_resolved")

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self._paths = tuple(paths)
        self._resolved: tuple[Path, ...] | None = None

    def __iter__(self) -> Iterator[Path]:
        if self._resolved is None:
            self._resolved = tuple(Path(path).resolve() for path in self._paths)
        return iter(self._resolved)

    def originals(self) -> tuple[str | Path, ...]:
        """The paths as given, for a comparison that must not raise."""
        return self._paths


def _resolved(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each path resolved: once per run for a :class:`ResolvedOnce`, else now."""
    if isinstance(paths, ResolvedOnce):
        return iter(paths)
    return (Path(path).resolve() for path in paths)


def unique_target(target: Path, taken: set[Path]) -> Path:
    """``target``, or when an earlier letter of the same run already took that name
    (two recipients whose names make the same slug), the first free ``name-2``,
    ``name-3`` …; the name is recorded as taken. A run never writes one letter over
    another, with or without --force."""
    candidate, number = target, 1
    with path_errors(lambda why: cannot_create(display_path(candidate), why)):
        resolved = candidate.resolve()
        while resolved in taken:
            number += 1
            candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
            resolved = candidate.resolve()
        taken.add(resolved)
    return candidate


def check_target(path: str | Path, *, overwrite: bool = False,
                 inputs: Iterable[str | Path] = (),
                 protected: Iterable[str | Path] = ()) -> Path:
    """Refuse a target that is an input, lies inside a protected folder (the pack and
    the packs it extends), is a link (dangling: writing would create whatever it
    points at; whole: it would write wherever the link leads), exists without
    ``overwrite``, or has no folder; return it resolved. Folders above the file
    may be links: only the file's own name is never followed."""
    target = Path(path)
    shown = display_path(target)
    _check_name_lengths(target, shown)
    with path_errors(lambda why: cannot_create(shown, why)):
        return _check_target(target, shown, overwrite, inputs, protected)



def _check_name_lengths(target: Path, shown: str) -> None:
    """Refuse a path with a folder or file name longer than file systems allow,
    before anything is written: the name is usually made from data (an ``--each``
    pattern filled with a long organisation), and saying which part is too long
    helps more than the system's bare 'file name too long'."""
    found = first_long_part(os.path.abspath(target))
    if found is not None:
        part, size = found
        raise OutputError(f"the name {quoted(part[:40])}… in {shown[:80]} is {size:,} bytes; "
                          f"file systems allow {MAX_NAME_BYTES}", Location(shown[:200]),
                          code="RJ427",
                          hint="choose a shorter name; in an --each pattern, use fewer "
                               "fields, or {n}")


def cannot_create(shown: str, why: BaseException | str,
                  hint: str = "check the name, the folder and its permissions") -> OutputError:
    """RJ427 for a file or folder the system will not create, saying why in words."""
    reason = why if isinstance(why, str) else why_refused(why) or type(why).__name__
    return OutputError(f"cannot create {shown[:200]}: {reason}",
                       Location(shown[:200]), code="RJ427", hint=hint)


def _cannot_write(shown: str, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {shown[:200]}: {exc.strerror or type(exc).__name__}; "
                       "nothing was written", Location(shown[:200]), code="RJ427",
                       hint="make room on the disk, or write somewhere else")


def _check_target(target: Path, shown: str, overwrite: bool,
                  inputs: Iterable[str | Path], protected: Iterable[str | Path]) -> Path:
    resolved = target.resolve()
    for folder in _resolved(protected):
        if resolved.is_relative_to(folder):
            raise OutputError(f"refusing to write {shown} inside the pack folder",
                              Location(shown), code="RJ421",
                              hint="write letters outside the pack; it is an input too")
    if target.is_symlink():
        # named as the link, not where it leads (which display_path would show)
        shown = str(Path(display_path(target.parent)) / target.name)
    if target.is_symlink() and not target.exists():
        raise OutputError(f"{shown} is a link to something that does not exist",
                          Location(shown), code="RJ423",
                          hint="remove the link, or choose another name with -o")
    for source in _resolved(inputs):
        if source == resolved:
            raise OutputError(f"refusing to write over the input file {shown}",
                              Location(shown), code="RJ421",
                              hint="choose another output name with -o")
    if target.is_symlink():
        # the link's target may be anywhere (another user's file, a dotfile): no
        # output goes through a link, and the link itself is not replaced either
        raise OutputError(f"{shown} is a link; output is written only to a real file, "
                          "never through a link", Location(shown), code="RJ423",
                          hint="name the real file it points to, or remove the link")
    # a folder, FIFO or device in the way is refused as such, with or without --force
    if target.exists() and not target.is_file():
        raise OutputError(f"{shown} exists and is not a regular file", Location(shown),
                          code="RJ423")
    if target.exists() and not overwrite:
        raise OutputError(f"{shown} already exists", Location(shown), code="RJ422",
                          hint="pass --force to replace it, or choose another name with -o")
    if not resolved.parent.is_dir():
        in_the_way = _file_in_the_way(resolved.parent)
        if in_the_way is not None:
            # creating the folder is no help here: the name is taken by a file
            raise OutputError(f"cannot create {shown[:200]}: {display_path(in_the_way)[:200]} "
                              "is a file, not a folder", Location(shown[:200]), code="RJ427",
                              hint="a file is in the way: choose another path, or move or "
                                   "rename that file")
        raise OutputError(f"the folder for {shown} does not exist", Location(shown),
                          code="RJ424", hint="create the folder first")
    return resolved


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing part of ``folder``'s path, when it is not a folder (a
    regular file, a FIFO, a device): the path can then never be a folder."""
    for part in (folder, *folder.parents):
        if part.exists():
            return None if part.is_dir() else part
    return None


@contextlib.contextmanager
def atomic_file(path: str | Path, *, overwrite: bool = False,
                inputs: Iterable[str | Path] = (),
                protected: Iterable[str | Path] = (),
                durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write piece by piece; it appears under its name only when the block
    ends without error, so a reader never sees half of it.

    ``durable`` waits for the content to reach the disk before the rename. A run
    that writes many files passes False and calls :func:`flush_to_disk` once at
    its end instead: one wait for the disk rather than one per letter."""
    resolved = check_target(path, overwrite=overwrite, inputs=inputs, protected=protected)
    try:  # the temporary name stays short, so any name that fits may be written
        fd, temp_name = tempfile.mkstemp(prefix=f".{resolved.name[:40]}.", suffix=".part",
                                         dir=resolved.parent)
    except OSError as exc:
        raise cannot_create(display_path(path), exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, resolved)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):  # the disk filled up, a file-size limit, an I/O error
            raise _cannot_write(display_path(path), exc) from None
        raise


def write_atomic(path: str | Path, content: str | bytes, *, overwrite: bool = False,
                 inputs: Iterable[str | Path] = (),
                 protected: Iterable[str | Path] = (), durable: bool = True) -> Path:
    """Write ``content`` to ``path`` atomically; refuse to clobber inputs, anything
    inside a protected folder (the pack), or, unless ``overwrite``, existing files.
    ``durable`` as for :func:`atomic_file`."""
    try:
        data = content.encode("utf-8") if isinstance(content, str) else content
    except UnicodeEncodeError as exc:
        shown = display_path(path)
        raise OutputError(f"refusing to write {shown}: the text holds a lone surrogate "
                          f"(character {exc.start + 1:,}), which is not valid Unicode",
                          Location(shown), code="RJ425",
                          hint="a data value or a template made it; remove it") from None
    with atomic_file(path, overwrite=overwrite, inputs=inputs, protected=protected,
                     durable=durable) as handle:
        handle.write(data)
    return Path(path)


def flush_to_disk(paths: Iterable[str | Path]) -> None:
    """Make files written with ``durable=False`` durable, with their names: one flush
    of the system's write-back for all their contents, then one sync of each
    folder that holds them, so the renames are on the disk too."""
    folders = {Path(path).parent for path in map(quietly_resolved, paths) if path is not None}
    if not folders:
        return
    if hasattr(os, "sync"):
        os.sync()
    else:  # pragma: no cover - systems without sync(2) wait for each file instead
        for path in paths:
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - folders cannot be opened
        return
    for folder in sorted(folders):
        # the files are whole and in place already; a folder the system will not open
        # or sync (a write-only folder, an I/O error) only loses that extra assurance
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
