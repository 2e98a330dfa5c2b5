"""Finding packs: built-in ones, installed ones, and any pack folder by path.

Where a name is looked up, the order is: built-in packs first, then packs
installed as Python packages (entry-point group ``rejectlet.packs``). A
built-in name cannot be taken over by an installed package, so a downloaded
package can never silently replace the letters a user relies on; the shadowed
pack is reported as a warning by ``rejectlet packs``.

Built-in packs are looked for in one place only: the ``_builtin_packs``
folder inside the installed ``rejectlet`` package. A wheel carries the
repository's ``packs/`` there; in a source checkout ``_builtin_packs`` is a
link to ``packs/``, so an editable install sees edits at once. Nothing
beside the package (such as a ``packs/`` folder next to a ``--target``
install) is ever taken for a built-in pack.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from ..checks import PACK_EXTENDS
from ..diagnostics import Diagnostic, Location, Severity, display_path
from ..errors import PackError, PackNotFoundError, RejectletError
from ..model import Pack
from ..pack_trust import trust_installed
from ..pathdoor import path_errors
from ..suggest import did_you_mean, quoted, shown_name
from . import cache
from .compile import compile_pack
from .merge import merge
from .parts import PackParts
from .read import PACK_FILE, read_pack

ENTRY_POINT_GROUP = "rejectlet.packs"
BUILTIN_FOLDER = "_builtin_packs"
MAX_EXTENDS_DEPTH = 8


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
    """The folder that holds built-in packs: inside the installed package, nowhere else."""
    folder = Path(__file__).resolve().parent.parent / BUILTIN_FOLDER
    return [folder] if folder.is_dir() else []


def _builtin_candidates() -> list[_Candidate]:
    found: list[_Candidate] = []
    for folder in builtin_pack_dirs():
        for child in sorted(folder.iterdir()):
            if (child / PACK_FILE).is_file():
                found.append(_Candidate(child.name, "built-in", child))
    return found


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
                                           f"installed pack {quoted(entry.name)} from "
                                           f"{dist} cannot be "
                                           f"found: {exc}", None,
                                           "reinstall that package or uninstall it"))
            continue
        trust_installed(folder)  # an installer may hard-link its files (pack_trust)
        found.append(_Candidate(entry.name, f"installed ({dist})", folder))
    return found


def installed_pack_folders() -> list[Path]:
    """The folders of the packs installed packages publish."""
    return [candidate.path for candidate in _installed_candidates()]


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
                f"two packs are named {quoted(candidate.name)}: the {first.source} one "
                "is used, the "
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
    from ..arguments import expect, path_argument

    name_or_path = path_argument(name_or_path, "load_pack(name_or_path)")
    expect(relative_to, os.PathLike, "load_pack(relative_to)", "a folder (a pathlib.Path)",
           optional=True)
    text = str.__str__(os.fsdecode(name_or_path))
    shown = display_path(text) if "\0" not in text else repr(text)
    with path_errors(lambda why: PackNotFoundError(
            f"no pack can be read at {shown[:200]}: {why}",
            referenced_at or Location(shown[:200]),
            hint="name a pack, or a pack folder by a short, plain path")):
        return _load_pack(name_or_path, text, relative_to, referenced_at)


def _load_pack(name_or_path: str | os.PathLike[str], text: str, relative_to: Path | None,
               referenced_at: Location | None) -> Pack:
    if isinstance(name_or_path, os.PathLike) or _looks_like_path(text):
        folder = Path(text)
        if not folder.is_absolute() and relative_to is not None:
            folder = relative_to / folder
        if not folder.is_dir():
            raise PackNotFoundError(f"no pack folder at {display_path(folder)}",
                                    referenced_at or Location(display_path(folder)),
                                    hint="check the path; a pack folder holds pack.yaml")
        return _load_cached(folder, "folder")
    candidate = _named(text)
    if candidate is not None:
        return _load_cached(candidate.path, candidate.source)
    if Path(text).is_dir():
        return _load_cached(Path(text), "folder")
    raise _unknown_name(text, referenced_at)


def load_pack_folder(folder: str | Path, source: str = "folder") -> Pack:
    """Load and check the pack in ``folder`` (no cache); raise :class:`PackError`
    listing every problem of it and of the packs it extends."""
    return compile_pack(_merged(Path(folder), ()), source)


def _named(name: str) -> _Candidate | None:
    # a built-in pack shadows any installed one of its name, so the installed
    # distributions (slow to list) are read only for a name that is not built in
    built_in = next((c for c in _builtin_candidates() if c.name == name), None)
    return built_in or next((c for c in _candidates() if c.name == name), None)


def _unknown_name(name: str, referenced_at: Location | None) -> PackNotFoundError:
    known = sorted(c.name for c in _candidates())
    return PackNotFoundError(
        f"no pack named {shown_name(name)}", referenced_at,
        hint=did_you_mean(name, known) or f"known packs: {', '.join(known) or 'none'}")


def _load_cached(folder: Path, source: str) -> Pack:
    resolved = folder.resolve()
    pack = cache.cached(resolved)
    if pack is not None and pack.source == source:
        return pack
    pack = compile_pack(_merged(folder, ()), source)
    cache.remember(resolved, pack, cache.fingerprint((pack.root, *pack.compiled.extra_roots)))
    return pack


def _merged(folder: Path, chain: tuple[str, ...]) -> PackParts:
    """The pack's parts with everything it extends merged in."""
    parts = read_pack(folder)
    if parts.extends is None:
        return parts
    location = parts.extends_location or parts.location
    if parts.name in chain or len(chain) >= MAX_EXTENDS_DEPTH:
        raise PackError(f"pack {quoted(parts.name)} extends itself through "
                        f"{' -> '.join((*chain, parts.name))}", location, code="RJ119",
                        hint="remove the cycle in extends:")
    try:
        parent_folder = _parent_folder(parts.extends, parts.root, location)
        try:
            parent = _merged(parent_folder, (*chain, parts.name))
        except PackNotFoundError as exc:
            raise _extends_error(exc, location) from None
    except PackError as exc:
        # keep reading this pack, so its other problems are reported too
        # keep reading this pack, so its other problems are reported too; whatever
        # the parent would have supplied is not reported missing as well
        return replace(parts, problems=(*parts.problems, *exc.diagnostics),
                       broken=parts.broken | {PACK_EXTENDS})
    return merge(parent, parts)


def _parent_folder(reference: str, child_root: Path, location: Location) -> Path:
    """Where ``extends:`` leads: a built-in or installed pack by name, or a folder
    inside the folder that holds the child pack (a sibling, or one below it)."""
    if not _looks_like_path(reference) and not Path(reference).is_absolute():
        candidate = _named(reference)
        if candidate is None:
            raise _extends_error(_unknown_name(reference, location), location)
        return candidate.path
    allowed = child_root.parent
    target = (child_root / reference)
    with path_errors(lambda why: PackError(
            f"extends: {quoted(reference[:200])} cannot be read: {why}", location, code="RJ119",
            hint="name a pack, or a pack folder beside this one (../name)")):
        resolved = target.resolve()
        if Path(reference).is_absolute() or not resolved.is_relative_to(allowed) \
                or resolved == allowed:
            raise PackError(f"extends: {quoted(reference)} lies outside the folder that holds this "
                            "pack", location, code="RJ119",
                            hint="name a pack, or a pack folder beside this one (../name)")
        if not resolved.is_dir():
            raise _extends_error(PackNotFoundError(
                f"no pack folder at {display_path(target)}", location,
                hint="check the path; a pack folder holds pack.yaml"), location)
    return resolved


def _extends_error(exc: RejectletError, location: Location) -> PackError:
    first = exc.diagnostics[0]
    return PackError([Diagnostic("RJ119", Severity.ERROR, f"extends: {first.message}",
                                 location, first.hint)])


def find_packs(problems: list[Diagnostic] | None = None) -> list[PackInfo]:
    """Every pack rejectlet can find by name, sorted by name.

    Packs that fail to load are reported into ``problems`` (when given) and
    left out, so one broken package does not hide the others.
    """
    from ..arguments import expect

    expect(problems, list, "find_packs(problems)", "a list to collect problems in",
           optional=True)
    found: list[PackInfo] = []
    # problems are gathered in a list of our own and handed over once, through the
    # base type's extend: a list subclass's own methods never run, and what they
    # might raise never escapes from inside the search
    collected: list[Diagnostic] | None = [] if problems is not None else None
    if collected is not None:
        from ..rules.base import all_rules, plugin_problems

        list(all_rules())
        collected.extend(Diagnostic("RJ105", Severity.WARNING, message, None,
                                    "reinstall or uninstall that package")
                         for message in plugin_problems)
    for candidate in _candidates(collected):
        try:
            pack = _load_cached(candidate.path, candidate.source)
        except RejectletError as exc:
            if collected is not None:
                collected.extend(exc.diagnostics)
            continue
        found.append(PackInfo(pack.name, pack.version, pack.title, candidate.source,
                              candidate.path, tuple(pack.letters)))
    if problems is not None and collected:
        list.extend(problems, collected)
    return sorted(found, key=lambda info: info.name)
