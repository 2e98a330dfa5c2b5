"""Read stage: one pack.yaml into :class:`~rejectlet.pack.parts.PackParts`.

One function per top-level key; none of them knows about a parent pack.
Problems are collected, each at its file:line:col, and handed on with the
parts so the author sees every mistake of the pack (and its parents) at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import spec
from .._version import __version__
from ..checks import Problems, as_map, describe
from ..diagnostics import Location, display_path
from ..errors import PackError, PackNotFoundError
from ..pathdoor import path_errors
from ..suggest import quoted, shown_name
from ..yamlio import LocatedMap
from .files import PackFiles, load_yaml_inside
from .name_bounds import refuse_long_names
from .parts import PackParts
from .read_checks import read_checks, read_rules
from .read_letters import read_letters
from .read_sections import read_sections
from .read_settings import read_blocks, read_card, read_page, read_styles
from .read_variables import read_variables

PACK_FILE = "pack.yaml"
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")


def read_pack(folder: Path) -> PackParts:
    """Read the pack in ``folder`` as written; raise only for what stops reading."""
    pack_file = Path(folder) / PACK_FILE
    shown = display_path(folder)
    with path_errors(lambda why: PackNotFoundError(
            f"no pack can be read at {shown[:200]}: {why}", Location(shown[:200]),
            hint="a pack is a folder with a pack.yaml file")):
        root = folder.resolve()
        if not (root / PACK_FILE).exists() and not (root / PACK_FILE).is_symlink():
            raise PackNotFoundError(f"{shown} has no {PACK_FILE}", Location(shown),
                                    hint="a pack is a folder with a pack.yaml file")
    raw = load_yaml_inside(root, PACK_FILE, display_path(pack_file))
    problems = Problems("RJ110")
    top = as_map(raw, Location(display_path(pack_file), 1, 1), problems, PACK_FILE)
    if top is None:
        raise PackError(problems.items)
    refuse_long_names(top)  # before anything works on a name: its cost grows with it
    spec.check_fields(problems, top, spec.PACK, PACK_FILE)
    files = PackFiles(root, problems)
    name = _name(top, problems)
    _check_requires(top, problems)
    extends = top.get("extends") if isinstance(top.get("extends"), str) else None
    return PackParts(
        root=root, location=top.location, name=name, version=_version(top, problems),
        title=_text(top, "title"), description=_text(top, "description"),
        language=_text(top, "language"), requires=_text(top, "requires") or "",
        language_location=top.value_location("language") if _text(top, "language")
        else None,
        extends=extends,
        extends_location=top.value_location("extends") if extends is not None else None,
        variables=read_variables(top, problems), sections=read_sections(top, files),
        letters=read_letters(top, problems), blocks=read_blocks(top, problems),
        page=read_page(top, problems), card=read_card(top, problems),
        rules=read_rules(top, problems), checks=read_checks(top, problems),
        styles=read_styles(top, files), roots=(root,), problems=tuple(problems.items),
        broken=frozenset(problems.broken))


def _text(top: LocatedMap, key: str) -> str | None:
    value = top.get(key)
    return value if isinstance(value, str) and value else None


def _name(top: LocatedMap, problems: Problems) -> str:
    name = top.get("pack", "")
    if isinstance(name, str) and name and not NAME_RE.match(name):
        problems.add(f"pack name {shown_name(name)} should be lower-case words joined by "
                     "'-' or '_', "
                     "such as my-pack",
                     top.value_location("pack"), code="RJ113")
    return str(name)


def _version(top: LocatedMap, problems: Problems) -> str:
    version = top.get("version")
    if "version" in top and not isinstance(version, str | int | float):
        problems.add(f"version should be a string such as 1.0.0, not {describe(version)}",
                     top.value_location("version"), code="RJ113")
    return str(version)


def _check_requires(top: LocatedMap, problems: Problems) -> None:
    requirement = top.get("requires")
    if not isinstance(requirement, str):
        return
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        wanted = SpecifierSet(requirement)
    except InvalidSpecifier:
        problems.add(f"requires {quoted(requirement)} is not a version range",
                     top.value_location("requires"), "write it like '>=0.1,<1'", code="RJ113")
        return
    if not wanted.contains(__version__, prereleases=True):
        raise PackError(
            f"pack {quoted(top.get('pack'))} needs rejectlet {requirement}; this is "
            f"rejectlet {__version__}", top.value_location("requires"), code="RJ118",
            hint="install a rejectlet version the pack supports, or ask its author "
                 "for a version that supports this one")
