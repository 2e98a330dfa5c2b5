"""Reading a file only when it is a regular file inside a given folder.

Packs come from strangers. A name in pack.yaml, a sample's ``include:`` or a
template's ``{% include %}`` could lead out of the pack through a symbolic
link, or at a FIFO that blocks forever or a device that never ends. Every
such read goes through :func:`read_inside`, which resolves links first,
refuses anything that is not a regular file below the folder, and reads at
most ``limit`` bytes from the descriptor it checked. A hard link cannot be
followed like a symbolic one (both names are the file), so in a pack folder
that is not trusted (:mod:`rejectlet.pack_trust`) a regular file with a second
name is refused too: its other name may lie anywhere.
"""

from __future__ import annotations

import enum
import errno
import os
import stat
from pathlib import Path

from .pathdoor import LOOP, why_refused


class Refusal(enum.Enum):
    """Why a file was not read."""

    OUTSIDE = "outside"        # the path, once links are followed, leaves the folder
    MISSING = "missing"        # nothing there
    NOT_FILE = "not a file"    # a folder, FIFO, socket or device
    TOO_BIG = "too big"        # larger than the caller's limit
    LINKED = "hard-linked"     # a file with another name, in a pack that may not have one
    UNREADABLE = "unreadable"  # the system refused to open or read it


class Refused(Exception):
    """A confined read was refused; the caller turns this into a located diagnostic."""

    def __init__(self, reason: Refusal, detail: str = "") -> None:
        super().__init__(detail or reason.value)
        self.reason = reason
        self.detail = detail


def resolve_inside(root: Path, path: str | os.PathLike[str]) -> Path:
    """``path`` (relative to ``root``, or absolute) with every link followed,
    provided it stays below ``root``; raise :class:`Refused` otherwise."""
    if "\0" in os.fspath(path):  # no file name holds a NUL; the system refuses it
        raise Refused(Refusal.MISSING, "a NUL character in the name")
    try:
        real_root = root.resolve()
        real = (real_root / path).resolve()
    except (OSError, RuntimeError) as exc:  # a loop of links, a name part too long
        raise Refused(Refusal.MISSING, why_refused(exc) or LOOP) from None
    if _loops(real):  # Python 3.13's resolve() returns a loop instead of raising
        raise Refused(Refusal.MISSING, LOOP)
    if not real.is_relative_to(real_root):
        raise Refused(Refusal.OUTSIDE)
    return real


def _loops(path: Path) -> bool:
    """Whether following ``path`` runs into a loop of links; a path that is
    simply missing is not one (the callers decide what missing means)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except ValueError:
        return False
    return False


def check_regular(path: Path) -> os.stat_result:
    """The file's status, when it is a regular file; raise :class:`Refused` otherwise."""
    try:
        status = os.stat(path)
    except (FileNotFoundError, ValueError):  # ValueError: a NUL in the name
        raise Refused(Refusal.MISSING) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # Python 3.13's resolve() leaves a loop for stat
            raise Refused(Refusal.MISSING, LOOP) from None
        raise Refused(Refusal.UNREADABLE, why_refused(exc) or "") from None
    if not stat.S_ISREG(status.st_mode):
        raise Refused(Refusal.NOT_FILE)
    return status


def check_single(root: Path, status: os.stat_result) -> None:
    """Refuse a file with more than one name (a hard link) inside the pack folder
    ``root``, unless the folder comes from a trusted source."""
    if status.st_nlink > 1:
        from .pack_trust import links_allowed

        if not links_allowed(root):
            raise Refused(Refusal.LINKED, str(status.st_nlink))


def check_pack_file(root: Path, path: str | os.PathLike[str]) -> Path:
    """``path`` with its links followed, when it names a regular file below ``root``
    with no second name (unless the pack is trusted); raise :class:`Refused` otherwise."""
    real = resolve_inside(root, path)
    check_single(root, check_regular(real))
    return real


def read_inside(root: Path, path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file below ``root``, at most ``limit`` of them."""
    real = resolve_inside(root, path)
    status = check_regular(real)
    check_single(root, status)
    if status.st_size > limit:
        raise Refused(Refusal.TOO_BIG, str(status.st_size))
    return _read_opened(real, limit, os.O_NOFOLLOW if hasattr(os, "O_NOFOLLOW") else 0,
                        root=root)


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file the user named, at most ``limit`` of them.

    For files named on the command line (a letter, a profile, a formats file): a
    link is followed, but a device such as /dev/zero, a FIFO or a socket is
    refused before anything is read, so a read can neither block nor run forever.
    """
    size = check_regular(Path(path)).st_size
    if size > limit:
        raise Refused(Refusal.TOO_BIG, str(size))
    return _read_opened(Path(path), limit, 0)


def first_bytes_regular(path: str | os.PathLike[str], count: int) -> bytes:
    """The first ``count`` bytes of a regular file the user named (links followed),
    refused as :func:`read_regular` refuses a FIFO or device: a look at what kind of
    file it is that reads nothing more."""
    check_regular(Path(path))
    return _read_opened(Path(path), count, 0, whole=False)


def first_bytes_inside(root: Path, path: str | os.PathLike[str], count: int) -> bytes:
    """The first ``count`` bytes of a regular file below ``root``, refused as
    :func:`read_inside` refuses (a link leading out, a FIFO or device): a look at
    how a file starts (a byte-order mark) that reads nothing more."""
    real = resolve_inside(root, path)
    check_single(root, check_regular(real))
    return _read_opened(real, count, os.O_NOFOLLOW if hasattr(os, "O_NOFOLLOW") else 0,
                        whole=False, root=root)


def _read_opened(real: Path, limit: int, extra_flags: int, *, whole: bool = True,
                 root: Path | None = None) -> bytes:
    """Open without blocking, check what was opened is a regular file, read at most
    ``limit`` bytes (one more tells that the file grew past it, when the ``whole``
    file is wanted; otherwise the first ``limit`` bytes are all that is read). With a
    pack folder ``root``, what was opened must also have no second name."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
        | extra_flags
    wanted = limit + 1 if whole else limit
    try:
        descriptor = os.open(real, flags)
    except OSError as exc:
        raise Refused(Refusal.UNREADABLE, exc.strerror or "") from None
    try:
        # the file may have been swapped since it was checked: check what was opened
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise Refused(Refusal.NOT_FILE)
        if root is not None:
            check_single(root, opened)
        chunks: list[bytes] = []
        total = 0
        while total < wanted:
            chunk = os.read(descriptor, min(65_536, wanted - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise Refused(Refusal.UNREADABLE, exc.strerror or "") from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise Refused(Refusal.TOO_BIG)
    return b"".join(chunks)
