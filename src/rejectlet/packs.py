"""Finding packs: built-in ones, installed ones, and any pack folder by path.

Where a name is looked up, the order is: built-in packs first, then packs
installed as Python packages (entry-point group ``rejectlet.packs``). A
built-in name cannot be taken over by an installed package, so a downloaded
package can never silently replace the letters a user relies on; the shadowed
pack is reported as a warning by ``rejectlet packs``.

Built-in packs live in the repository's ``packs/`` folder and are copied into
the wheel as ``rejectlet/_builtin_packs``; both places are searched, so an
editable install and an installed wheel behave the same.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .diagnostics import Diagnostic, Location, Severity, display_path
from .errors import PackError, PackNotFoundError, RejectletError
from .model import Pack
from .pack_loader import PACK_FILE, load_pack_folder
from .suggest import did_you_mean

ENTRY_POINT_GROUP = "rejectlet.packs"
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


@dataclass(frozen=True, slots=True)
class _Candidate:
    name: str
    source: str  # "built-in" or "installed (distribution)"
    path: Path


def builtin_pack_dirs() -> list[Path]:
    """The folders that hold built-in packs, installed wheel first."""
    here = Path(__file__).resolve().parent
    candidates = [here / "_builtin_packs", here.parent.parent / "packs"]
    return [c for c in candidates if c.is_dir()]


def _builtin_candidates() -> list[_Candidate]:
    found: dict[str, _Candidate] = {}
    for folder in builtin_pack_dirs():
        for child in sorted(folder.iterdir()):
            if (child / PACK_FILE).is_file() and child.name not in found:
                found[child.name] = _Candidate(child.name, "built-in", child)
    return list(found.values())


def _installed_candidates(problems: list[Diagnostic] | None = None) -> list[_Candidate]:
    """Packs published by installed distributions under the entry-point group.

    An entry point names a package (or a module) whose folder holds pack.yaml,
    e.g. ``acme-formal = "acme_packs.formal"``.
    """
    from importlib import metadata  # only when looking for installed packs

    found: list[_Candidate] = []
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = entry.dist.name if entry.dist is not None else "unknown distribution"
        try:
            folder = _entry_point_folder(entry.value)
        except Exception as exc:  # a broken third-party package must not break listing
            if problems is not None:
                problems.append(Diagnostic("RJ103", Severity.WARNING,
                                           f"installed pack {entry.name!r} from {dist} cannot be "
                                           f"found: {exc}", None,
                                           "reinstall that package or uninstall it"))
            continue
        found.append(_Candidate(entry.name, f"installed ({dist})", folder))
    return found


def _entry_point_folder(value: str) -> Path:
    module, _, attribute = value.partition(":")
    if attribute:
        raise ValueError("name a package, not an object, in the entry point")
    folder = Path(str(resources.files(module.strip())))
    if not (folder / PACK_FILE).is_file():
        raise FileNotFoundError(f"{module} has no {PACK_FILE}")
    return folder


def _candidates(problems: list[Diagnostic] | None = None) -> list[_Candidate]:
    """Every named pack in precedence order; later ones with a taken name are shadowed."""
    chosen: dict[str, _Candidate] = {}
    for candidate in [*_builtin_candidates(), *_installed_candidates(problems)]:
        first = chosen.get(candidate.name)
        if first is None:
            chosen[candidate.name] = candidate
        elif problems is not None and first.path.resolve() != candidate.path.resolve():
            problems.append(Diagnostic(
                "RJ104", Severity.WARNING,
                f"two packs are named {candidate.name!r}: the {first.source} one is used, the "
                f"{candidate.source} one at {display_path(candidate.path)} is not", None,
                "load the other by its folder path, or rename it"))
    return list(chosen.values())


def builtin_names() -> list[str]:
    return sorted(c.name for c in _builtin_candidates())


def _looks_like_path(text: str) -> bool:
    return "/" in text or os.sep in text or text.startswith(".")


def load_pack(name_or_path: str | os.PathLike[str], *, relative_to: Path | None = None,
              referenced_at: Location | None = None) -> Pack:
    """Load a pack by name (built-in, then installed) or the pack in a folder given by path.

    A name containing a path separator, or starting with '.', is a path; a
    relative path in a data file is taken relative to that file's folder.
    """
    return _load(name_or_path, relative_to, referenced_at, ())


def _load(name_or_path: str | os.PathLike[str], relative_to: Path | None,
          referenced_at: Location | None, chain: tuple[str, ...]) -> Pack:
    text = os.fspath(name_or_path)
    if isinstance(name_or_path, os.PathLike) or _looks_like_path(text):
        folder = Path(text)
        if not folder.is_absolute() and relative_to is not None:
            folder = relative_to / folder
        if not folder.is_dir():
            raise PackNotFoundError(f"no pack folder at {display_path(folder)}",
                                    referenced_at or Location(display_path(folder)),
                                    hint="check the path; a pack folder holds pack.yaml")
        return _load_cached(folder, "folder", chain)
    for candidate in _candidates():
        if candidate.name == text:
            return _load_cached(candidate.path, candidate.source, chain)
    if Path(text).is_dir():
        return _load_cached(Path(text), "folder", chain)
    known = sorted(c.name for c in _candidates())
    raise PackNotFoundError(
        f"no pack named {text!r}", referenced_at,
        hint=did_you_mean(text, known) or f"known packs: {', '.join(known) or 'none'}")


def _resolve_parent(reference: str, child_root: Path, location: Location,
                    chain: tuple[str, ...]) -> Pack:
    try:
        return _load(reference, child_root, location, chain)
    except PackNotFoundError as exc:
        raise PackError([Diagnostic("RJ119", Severity.ERROR,
                                    f"extends: {exc.diagnostics[0].message}", location,
                                    exc.diagnostics[0].hint)]) from None


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Files of the pack with size and mtime: any edit invalidates the cache."""
    entries = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            entries.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def _load_cached(folder: Path, source: str, chain: tuple[str, ...] = ()) -> Pack:
    resolved = folder.resolve()
    key = (str(resolved), _fingerprint(resolved))
    pack = _cache.get(key)
    if pack is not None and not _parents_changed(pack):
        return pack
    pack = load_pack_folder(resolved, source, resolve_parent=_resolve_parent, chain=chain)
    _cache[key] = pack
    return pack


def _parents_changed(pack: Pack) -> bool:
    """A cached child is stale when a pack it extends was edited."""
    compiled = pack.compiled
    roots = getattr(compiled, "extra_roots", ())
    for root in roots:
        if not any(k[0] == str(root) for k in _cache):
            return True
        newest = max((k for k in _cache if k[0] == str(root)), key=lambda k: k[1], default=None)
        if newest is None or newest[1] != _fingerprint(root):
            return True
    return False


def find_packs(problems: list[Diagnostic] | None = None) -> list[PackInfo]:
    """Every pack rejectlet can find by name, sorted by name.

    Packs that fail to load are reported into ``problems`` (when given) and
    left out, so one broken package does not hide the others.
    """
    found: list[PackInfo] = []
    if problems is not None:
        from .rules.base import all_rules, plugin_problems

        list(all_rules())
        problems.extend(Diagnostic("RJ105", Severity.WARNING, message, None,
                                   "reinstall or uninstall that package")
                        for message in plugin_problems)
    for candidate in _candidates(problems):
        try:
            pack = _load_cached(candidate.path, candidate.source)
        except RejectletError as exc:
            if problems is not None:
                problems.extend(exc.diagnostics)
            continue
        found.append(PackInfo(pack.name, pack.version, pack.title, candidate.source,
                              candidate.path, tuple(pack.letters)))
    return sorted(found, key=lambda info: info.name)
