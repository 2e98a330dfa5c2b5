"""The loaded-pack cache: bounded, clearable, one entry per pack folder.

A pack is reloaded when any file of it, or of a pack it extends, changes
size or modification time. An edited pack replaces its old entry rather
than adding one, and at most :data:`MAX_PACKS` folders are remembered (the
least recently used goes first), so a long-running process that reloads
packs as authors edit them keeps a flat footprint.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from ..model import Pack
from .tree import pack_files

#: Most pack folders remembered at once.
MAX_PACKS = 32

Fingerprint = tuple[tuple[str, str, int, int], ...]

_entries: OrderedDict[Path, tuple[Fingerprint, Pack]] = OrderedDict()
_lock = threading.Lock()


def fingerprint(roots: tuple[Path, ...]) -> Fingerprint:
    """Every regular file of the folders, with its size and modification time.

    The walk is bounded (:func:`~.tree.pack_files`): a folder holding more than
    :data:`~.tree.MAX_PACK_ENTRIES` files and folders is refused with a
    :class:`PackError`, so neither a load nor a cache lookup lists it whole."""
    found: list[tuple[str, str, int, int]] = []
    for root in roots:
        for path, status in pack_files(root):
            found.append((str(root), str(path.relative_to(root)), status.st_size,
                          status.st_mtime_ns))
    return tuple(found)


def cached(folder: Path) -> Pack | None:
    """The pack loaded from ``folder``, if no file of it or its parents changed since."""
    with _lock:
        entry = _entries.get(folder)
    if entry is None:
        return None
    stamp, pack = entry
    if fingerprint(_roots(pack)) != stamp:
        return None
    with _lock:
        if folder in _entries:
            _entries.move_to_end(folder)
    return pack


def remember(folder: Path, pack: Pack, stamp: Fingerprint) -> None:
    """Keep ``pack`` for ``folder`` (replacing an older one), within the bound."""
    with _lock:
        _entries[folder] = (stamp, pack)
        _entries.move_to_end(folder)
        while len(_entries) > MAX_PACKS:
            _entries.popitem(last=False)


def clear_pack_cache() -> None:
    """Forget every loaded pack; the next load reads the files again."""
    with _lock:
        _entries.clear()


def cache_size() -> int:
    """How many packs are remembered now."""
    with _lock:
        return len(_entries)


def _roots(pack: Pack) -> tuple[Path, ...]:
    return (pack.root, *pack.compiled.extra_roots)
