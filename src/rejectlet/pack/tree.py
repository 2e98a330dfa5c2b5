"""The files of a pack folder, found by a walk that stops at a bound.

The loaded-pack cache looks at every file of a pack (and of the packs it
extends) each time the pack is loaded, to see whether one changed; ``check``
looks at every text file for a byte-order mark. A folder of a hundred thousand
files would make each load cost seconds, on whatever thread loads it, so the
walk counts what it meets and refuses the pack as soon as it passes
:data:`MAX_PACK_ENTRIES`, before listing the rest.

Folders whose names start with a dot (``.git``, an editor's ``.idea``) are
counted as one entry and not entered: they hold the author's tools, not the
pack, and a pack kept under version control would otherwise grow past the
bound with its history.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..diagnostics import Location, display_path
from ..errors import PackError

#: Most files and folders one pack folder may hold (hidden folders' contents
#: are not counted). A pack reads a few dozen files; 1,000 sections, 100 samples
#: and their pictures fit well inside.
MAX_PACK_ENTRIES = 2_000


def pack_files(root: Path) -> list[tuple[Path, os.stat_result]]:
    """Every regular file under ``root`` (links followed to read their status,
    never to enter a folder), sorted by path, with its status.

    Raises :class:`PackError` (RJ110, at the folder) once the walk has met more
    than :data:`MAX_PACK_ENTRIES` files and folders."""
    found: list[tuple[Path, os.stat_result]] = []
    met = 0
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            listing = os.scandir(folder)
        except OSError:
            continue
        with listing:
            for entry in listing:
                met += 1
                if met > MAX_PACK_ENTRIES:
                    raise _too_many(root)
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if not entry.name.startswith("."):
                            pending.append(Path(entry.path))
                        continue
                    status = entry.stat()
                except OSError:
                    continue
                if stat.S_ISREG(status.st_mode):
                    found.append((Path(entry.path), status))
    found.sort(key=lambda item: item[0])
    return found


def _too_many(root: Path) -> PackError:
    return PackError(
        f"the pack folder holds more than {MAX_PACK_ENTRIES:,} files and folders; every "
        "one is looked at each time the pack is loaded", Location(display_path(root)),
        code="RJ110",
        hint="move what the pack does not use (drafts, exports, archives) out of its folder")
