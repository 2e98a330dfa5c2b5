"""Author mistakes that load cleanly but go wrong later, found by ``rejectlet check PACK``.

Loading only refuses what it cannot read. These checks catch what loads yet
misleads: a letter kind nobody can try out because it has no sample (often
because the folder is called ``sample/``), a variable default the data check
would refuse, a language tag Babel does not know (dates silently fall back to
ISO), a block tag at a line end that glues two words, and a byte-order mark at
the start of a file. Each is reported once, at the place to edit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .confine import Refused, first_bytes_inside
from .diagnostics import Diagnostic, Fix, Location, Severity, display_path
from .errors import RejectletError
from .language_tags import known_language, language_problem
from .model import Pack, Template, Variable
from .pack.files import SAMPLES_FOLDER
from .source_text import source_line
from .suggest import did_you_mean, quoted
from .yamlio import LocatedMap

_BOM = b"\xef\xbb\xbf"
_TEXT_SUFFIXES = (".yaml", ".yml", ".css", ".md", ".txt", ".html", ".htm", ".j2", ".jinja")
_TAG_RE = re.compile(r"\{%([-+]?)(.*?)([-+]?)%\}", re.DOTALL)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

def authoring_findings(pack: Pack) -> list[Diagnostic]:
    """The author mistakes above, for a pack that has already loaded."""
    top = _pack_yaml(pack)
    found: list[Diagnostic] = []
    found.extend(_bom_findings(pack.root))
    found.extend(_sample_findings(pack))
    if top is not None:
        found.extend(_default_findings(pack, top))
        found.extend(_language_findings(pack, top))
    found.extend(_glue_findings(pack))
    return found


def _pack_yaml(pack: Pack) -> LocatedMap | None:
    try:
        from .pack.files import load_yaml_inside  # the pack's own door, as on loading

        raw = load_yaml_inside(pack.root, "pack.yaml")
    except RejectletError:
        return None
    return raw if isinstance(raw, LocatedMap) else None


def _error(code: str, message: str, where: Location | None, hint: str,
           fix: Fix | None = None, severity: Severity = Severity.ERROR) -> Diagnostic:
    return Diagnostic(code, severity, message, where, hint, fix=fix)


# -- byte-order marks ---------------------------------------------------------
def _pack_files(root: Path) -> Iterator[Path]:
    """The pack's text files, by the same bounded walk the pack cache makes."""
    from .pack.tree import pack_files

    for path, _ in pack_files(root):
        if path.name.startswith("."):
            continue
        if path.suffix.lower() in _TEXT_SUFFIXES:
            yield path


def _first_bytes(root: Path, path: Path, count: int) -> bytes:
    """The first ``count`` bytes of a regular file inside the pack, or none: a link
    leading out of the pack is not opened, and neither is a FIFO or a device (the file
    is opened without blocking and checked again once open)."""
    try:
        return first_bytes_inside(root, path, count)
    except (Refused, OSError, ValueError):
        return b""


def _bom_findings(root: Path) -> list[Diagnostic]:
    found = []
    for path in _pack_files(root):
        if _first_bytes(root, path, len(_BOM)) == _BOM:
            found.append(_error(
                "RJ128", f"{path.name} starts with a byte-order mark (U+FEFF)",
                Location(display_path(path), 1, 1),
                "save the file as plain UTF-8, without a BOM (in most editors "
                "'UTF-8' rather than 'UTF-8 with BOM')",
                Fix("\ufeff", "", "remove the byte-order mark")))
    return found


# -- samples ------------------------------------------------------------------
def _chain_roots(pack: Pack) -> list[Path]:
    """This pack's folder and those of the packs it extends, nearest first."""
    from .pack import load_pack

    roots = [pack.root]
    for parent in pack.parents:
        try:
            roots.append(load_pack(parent, relative_to=pack.root).root)
        except RejectletError:
            break
    return roots


def _sample_findings(pack: Pack) -> list[Diagnostic]:
    misnamed = [child for child in sorted(pack.root.iterdir())
                if child.is_dir() and child.name != SAMPLES_FOLDER
                and child.name.lower() in ("sample", "samples", "example", "examples")]
    if misnamed and not (pack.root / SAMPLES_FOLDER).is_dir():
        folder = misnamed[0]
        return [_error(
            "RJ124", f"the folder {folder.name}/ is not read; sample data belongs in "
                     f"{SAMPLES_FOLDER}/, so no sample is checked",
            Location(display_path(folder)),
            f"rename {folder.name}/ to {SAMPLES_FOLDER}/",
            Fix(folder.name, SAMPLES_FOLDER, f"rename the folder to {SAMPLES_FOLDER}/"))]
    roots = _chain_roots(pack)
    found = []
    for kind in pack.letters.values():
        if any((root / SAMPLES_FOLDER / f"{kind.id}{suffix}").is_file()
               for root in roots for suffix in (".yaml", ".yml")):
            continue
        found.append(_error(
            "RJ124", f"letter {quoted(kind.id)} has no sample, so check cannot compose it "
                     f"with real data",
            kind.location or Location(display_path(pack.root / "pack.yaml")),
            f"add {SAMPLES_FOLDER}/{kind.id}.yaml with 'pack: {pack.name}', "
            f"'letter: {kind.id}' and its values", severity=Severity.WARNING))
    return found


# -- variable defaults --------------------------------------------------------
def _default_problem(variable: Variable, value: Any) -> tuple[str, str] | None:
    """What is wrong with a default, and the hint; None when it fits."""
    vtype = variable.type
    if vtype in ("string", "text", "email"):
        if isinstance(value, bool | list | dict):
            return "is not text", "write the default as text, in quotes if needed"
        text = str(value)
        if vtype == "email" and text.strip() and not _EMAIL_RE.match(text.strip()):
            return "is not an email address", "write it as name@example.com"
        if variable.choices and text not in variable.choices:
            near = did_you_mean(text, variable.choices)
            return ("is not one of its choices",
                    near or f"choose one of: {', '.join(variable.choices)}")
        return None
    if vtype == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return "is not a whole number", "write a whole number in digits, such as 30"
        return None
    if vtype == "bool":
        if not isinstance(value, bool):
            return "is not true or false", "write true or false, without quotes"
        return None
    if vtype == "date":
        if isinstance(value, dt.date):
            return None
        if isinstance(value, str):
            if value.strip().lower() == "today":
                return None
            try:
                dt.date.fromisoformat(value.strip())
                return None
            except ValueError:
                pass
        return "is not a date", "write a date as YYYY-MM-DD, or 'today'"
    if vtype == "list":
        if not isinstance(value, list) or any(isinstance(item, list | dict) or item is None
                                              for item in value):
            return "is not a list of text", "write one '- item' per line"
        return None
    if vtype == "records" and (not isinstance(value, list)
                               or not all(isinstance(item, dict) for item in value)):
        return "is not a list of entries", "write one '- name: …' block per entry"
    return None


def _default_findings(pack: Pack, top: LocatedMap) -> list[Diagnostic]:
    table = top.get("variables")
    if not isinstance(table, LocatedMap):
        return []
    found = []
    for name, spec_map in table.items():
        variable = pack.variables.get(name)
        if variable is None or not isinstance(spec_map, LocatedMap):
            continue
        targets: list[tuple[str, Variable, LocatedMap]] = [(name, variable, spec_map)]
        fields = spec_map.get("fields")
        if isinstance(fields, LocatedMap):
            targets.extend((f"{name}.{field}", variable.fields[field], raw)
                           for field, raw in fields.items()
                           if field in variable.fields and isinstance(raw, LocatedMap))
        for label, target, raw in targets:
            if "default" not in raw or raw["default"] is None:
                continue
            problem = _default_problem(target, raw["default"])
            if problem is None:
                continue
            what, hint = problem
            kind = "variable" if label == name else "field"
            found.append(_error(
                "RJ125", f"{kind} {quoted(label)} ({target.type}): "
                         f"default {quoted(raw['default'])} {what}",
                raw.value_location("default"), hint))
    return found


# -- language -----------------------------------------------------------------
def _language_findings(pack: Pack, top: LocatedMap) -> list[Diagnostic]:
    tag = top.get("language")
    if not isinstance(tag, str) or known_language(tag):
        return []
    # at the place the loader saw, so the finding each letter's check makes of a tag
    # that is no tag at all is this same finding, reported once
    where = pack.language_location or top.value_location("language")
    return [language_problem(tag, where.with_key("language"))]


# -- tags that glue words -------------------------------------------------------
def _own_templates(pack: Pack) -> Iterator[tuple[str, Template]]:
    for sid, section in pack.sections.items():
        yield f"section {quoted(sid)}", section.text
    for kind in pack.letters.values():
        for part in ("subject", "salutation", "closing", "signature"):
            template = getattr(kind, part)
            if isinstance(template, Template):
                yield f"letter {quoted(kind.id)} {part}", template
    for block in (pack.sender_block, pack.recipient_block, pack.date_line):
        if isinstance(block, Template):
            yield "block", block


def _in_pack(template: Template, root: Path) -> bool:
    try:
        return Path(template.location.path).resolve().is_relative_to(root)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a loop of links
        return False


def _tag_location(template: Template, index: int, line: str, tag: str) -> Location:
    """The tag's file:line:col; the column is found in the file's own line, since a
    block scalar's indentation is not part of the template."""
    at = template.span.template_line(index + 1)
    text = source_line(at.path, at.line)  # through the file door: no FIFO, no device
    if text is not None:
        column = text.rfind(tag)
        return Location(at.path, at.line, column + 1 if column >= 0 else 0)
    return Location(at.path, at.line, 0)


def _glue_findings(pack: Pack) -> list[Diagnostic]:
    found = []
    seen: set[tuple[str, int]] = set()
    for where, template in _own_templates(pack):
        if not _in_pack(template, pack.root):
            continue
        lines = template.source.split("\n")
        for index, line in enumerate(lines[:-1]):
            tags = list(_TAG_RE.finditer(line))
            if not tags or line[tags[-1].end():].strip():
                continue
            last = tags[-1]
            if last.group(3):  # -%} or +%}: the author chose what happens
                continue
            before = _TAG_RE.sub("", line[:last.start()])
            following = lines[index + 1]
            if not before.strip() or before[-1].isspace():
                continue
            if not following or following[0].isspace() or following.startswith(("{%", "{#")):
                continue
            at = _tag_location(template, index, line, last.group(0))
            if (at.path, at.line) in seen:
                continue
            seen.add((at.path, at.line))
            tag = last.group(0)
            found.append(_error(
                "RJ127", f"{where}: {tag} ends a line after a word, and the line break "
                         f"after it is dropped, so the next line's first word is glued on",
                at, f"put a space before {tag}, move it to a line of its own, or write "
                    f"{{%- … -%}} if the words should join", severity=Severity.WARNING))
    return found
