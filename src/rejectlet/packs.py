"""Finding packs: built-in ones by name, or any pack folder by path.

Built-in packs live in the repository's ``packs/`` folder and are copied into
the wheel as ``rejectlet/_builtin_packs``; both places are searched so an
editable install and an installed wheel behave the same.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Location, display_path
from .errors import PackNotFoundError
from .model import Pack
from .pack_loader import PACK_FILE, load_pack_folder
from .suggest import did_you_mean

_cache: dict[tuple[str, tuple[tuple[str, int, int], ...]], Pack] = {}


@dataclass(frozen=True, slots=True)
class PackInfo:
    """What ``rejectlet packs`` lists about a pack it found."""

    name: str
    version: str
    title: str
    source: str
    path: Path
    letters: tuple[str, ...]


def builtin_pack_dirs() -> list[Path]:
    """The folders that hold built-in packs, installed wheel first."""
    here = Path(__file__).resolve().parent
    candidates = [here / "_builtin_packs", here.parent.parent / "packs"]
    return [c for c in candidates if c.is_dir()]


def _builtin_folder(name: str) -> Path | None:
    for folder in builtin_pack_dirs():
        candidate = folder / name
        if (candidate / PACK_FILE).is_file():
            return candidate
    return None


def builtin_names() -> list[str]:
    names: set[str] = set()
    for folder in builtin_pack_dirs():
        names.update(p.name for p in folder.iterdir() if (p / PACK_FILE).is_file())
    return sorted(names)


def load_pack(name_or_path: str | os.PathLike[str], *, relative_to: Path | None = None,
              referenced_at: Location | None = None) -> Pack:
    """Load a built-in pack by name, or the pack in a folder given by path.

    A name containing a path separator, or naming an existing folder, is a path;
    a relative path in a data file is taken relative to that file's folder.
    """
    text = os.fspath(name_or_path)
    looks_like_path = isinstance(name_or_path, os.PathLike) or "/" in text or os.sep in text \
        or text.startswith(".")
    if looks_like_path:
        folder = Path(text)
        if not folder.is_absolute() and relative_to is not None:
            folder = relative_to / folder
        if not folder.is_dir():
            raise PackNotFoundError(f"no pack folder at {display_path(folder)}",
                                    referenced_at or Location(display_path(folder)),
                                    hint="check the path; a pack folder holds pack.yaml")
        return _load_cached(folder, "folder")
    builtin = _builtin_folder(text)
    if builtin is not None:
        return _load_cached(builtin, "built-in")
    if Path(text).is_dir():
        return _load_cached(Path(text), "folder")
    known = builtin_names()
    raise PackNotFoundError(
        f"no pack named {text!r}", referenced_at,
        hint=did_you_mean(text, known) or f"known packs: {', '.join(known) or 'none'}")


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Files of the pack with size and mtime: any edit invalidates the cache."""
    entries = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            entries.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def _load_cached(folder: Path, source: str) -> Pack:
    resolved = folder.resolve()
    key = (str(resolved), _fingerprint(resolved))
    pack = _cache.get(key)
    if pack is None:
        pack = load_pack_folder(resolved, source)
        _cache[key] = pack
    return pack


def find_packs() -> list[PackInfo]:
    """Every pack rejectlet can find by name, sorted by name."""
    found: list[PackInfo] = []
    seen: set[str] = set()
    for folder in builtin_pack_dirs():
        for child in sorted(folder.iterdir()):
            if child.name in seen or not (child / PACK_FILE).is_file():
                continue
            seen.add(child.name)
            pack = _load_cached(child, "built-in")
            found.append(PackInfo(pack.name, pack.version, pack.title, "built-in", child,
                                  tuple(pack.letters)))
    return sorted(found, key=lambda info: info.name)
