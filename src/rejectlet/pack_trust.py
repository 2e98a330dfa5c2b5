"""Which pack folders may hold hard-linked files.

A hard link is a second name for a file, and nothing on the link says where the
first name lives: a file of a downloaded pack can be the user's own
``~/.ssh/config`` under the name ``style.css``, and every door that reads a pack
file would take it for the pack's own. The loader cannot tell such a link from
an honest one, so a pack that arrived as a folder (by a path the user typed, a
data file's ``pack:`` line, an ``extends:`` path) may hold no hard-linked file.

Two sources are trusted, and may: the built-in packs, which ship inside
rejectlet, and packs installed as Python packages, which an installer such as uv
hard-links from its cache as a matter of course. Installing a package already
runs its code (docs/security.md, "What is trusted"), so its files gain nothing
from the check. Trust belongs to the folder, not to the way it was named: the
built-in folder, and every folder an installed package names under the
``rejectlet.packs`` entry point, which are listed the first time a hard link is
met in any other folder (so a layout worker process, which never looked packs
up by name, judges a folder as the process that loaded the pack did).
"""

from __future__ import annotations

import threading
from pathlib import Path

_BUILTIN = "_builtin_packs"
_lock = threading.Lock()
#: Held for the whole listing of installed packs, so a thread that meets a hard
#: link while another is listing waits for the list instead of judging without it.
_listing = threading.Lock()
_installed: set[Path] = set()
_listed = False


def _builtin_folder() -> Path | None:
    try:
        return (Path(__file__).parent / _BUILTIN).resolve()
    except (OSError, RuntimeError):
        return None


def trust_installed(folder: Path) -> None:
    """Record ``folder`` as the folder of a pack an installed package publishes."""
    try:
        real = folder.resolve()
    except (OSError, RuntimeError):
        return
    with _lock:
        _installed.add(real)


def links_allowed(root: Path) -> bool:
    """Whether the pack folder ``root`` comes from a trusted source (built in, or
    installed), whose files may be hard links."""
    try:
        real = root.resolve()
    except (OSError, RuntimeError):
        return False
    builtin = _builtin_folder()
    if builtin is not None and real.is_relative_to(builtin):
        return True
    if _held(real):
        return True
    _list_installed()
    return _held(real)


def _held(real: Path) -> bool:
    with _lock:
        return any(real.is_relative_to(folder) for folder in _installed)


def _list_installed() -> None:
    """Record every installed pack's folder, once per process."""
    global _listed
    with _listing:
        if _listed:
            return
        from .pack.finder import installed_pack_folders

        for folder in installed_pack_folders():
            trust_installed(folder)
        _listed = True
