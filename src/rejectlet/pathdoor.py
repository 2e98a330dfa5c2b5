"""The one way a path's refusal by the file system becomes a located error.

A path rejectlet resolves, checks or opens comes from a user or a stranger:
the data file and its ``include:``, a pack's ``extends:``, samples and files,
``signature_image``, ``pack:``, an output name. The system can refuse any of
them for reasons that have nothing to do with what the file holds: a link that
leads to itself (Python's ``Path.resolve`` raises ``RuntimeError``, ``stat``
and ``open`` raise ``OSError`` ELOOP), a name part longer than the file system
allows (ENAMETOOLONG), a NUL character (``ValueError``), a file where a folder
was meant (ENOTDIR), no permission (EACCES). Each door wraps its path work in
:func:`path_errors`, which turns exactly these into the caller's own located
``RejectletError``, so none of them escapes as a traceback and each names the
key or argument that gave the path.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator

from .diagnostics import Location
from .errors import DataError
from .suggest import quoted

#: The longest name most file systems allow for one folder or file, in bytes.
MAX_NAME_BYTES = 255

LOOP = "its symbolic links lead round in a loop"
NUL = "the name holds a NUL character, which no file name can"


def first_long_part(path: str | os.PathLike[str]) -> tuple[str, int] | None:
    """The first folder or file name in ``path`` longer than file systems allow,
    with its size in bytes; None when every part fits."""
    for part in os.fspath(path).split(os.sep):
        size = len(part.encode("utf-8", "surrogatepass"))
        if size > MAX_NAME_BYTES:
            return part, size
    return None


def long_part(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot name a file because one part of it is too long, if so."""
    found = first_long_part(path)
    if found is None:
        return None
    part, size = found
    return (f"the name part {quoted(part[:24])}… is {size:,} bytes; file systems allow "
            f"{MAX_NAME_BYTES}")


def why_refused(exc: BaseException) -> str | None:
    """What the file system objected to, in words, when ``exc`` is its refusal of a
    path; None for any other exception, which the caller lets through."""
    if isinstance(exc, RuntimeError):  # Path.resolve() on a loop of links (3.11, 3.12)
        return LOOP if "loop" in str(exc).lower() else None
    if isinstance(exc, ValueError):  # os functions refuse a NUL before asking the system
        return NUL if "null" in str(exc).lower() else None
    if isinstance(exc, OSError):
        if exc.errno == errno.ELOOP:
            return LOOP
        if exc.errno == errno.ENAMETOOLONG:
            filename = exc.filename if isinstance(exc.filename, str) else ""
            return long_part(filename) or "the name is longer than the file system allows"
        return exc.strerror or type(exc).__name__
    return None


@contextlib.contextmanager
def path_errors(refuse: Callable[[str], Exception]) -> Iterator[None]:
    """Run path work; when the file system refuses the path, raise ``refuse(reason)``
    (a located error naming the key or argument that gave the path) instead."""
    try:
        yield
    except (OSError, RuntimeError, ValueError) as exc:
        reason = why_refused(exc)
        if reason is None:
            raise
        raise refuse(reason) from None


def refused_as(what: str, where: Location | None, *, code: str,
               hint: str = "") -> Callable[[str], DataError]:
    """The ``refuse`` argument of :func:`path_errors` for a path of letter data (a
    table, a command-line target, an ``include:``): a :class:`DataError` saying
    ``what`` could not be read and the system's reason, at ``where``."""
    def refused(why: str) -> DataError:
        return DataError(f"{what}: {why}", where, code=code, hint=hint)
    return refused


def quietly_resolved(path: str | os.PathLike[str]) -> str | None:
    """The path with its links followed, or None when the system refuses it; for
    comparisons and for display, where a refused path simply matches nothing."""
    try:
        return os.path.realpath(path, strict=False)
    except (OSError, ValueError):
        return None
