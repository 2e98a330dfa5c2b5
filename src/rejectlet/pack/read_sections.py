"""Read stage: the ``sections:`` table, inline text or a Markdown file of the pack."""

from __future__ import annotations

from typing import Any

from .. import spec
from ..checks import PACK_SECTIONS, Problems, as_map, describe, subject
from ..diagnostics import Location, display_path
from ..model import Section, SectionKind, Template
from ..suggest import did_you_mean, quoted, shown_name
from ..yamlio import LocatedMap, ScalarSpan
from .files import PackFiles

MAX_SECTION_FILE = 200_000
KINDS = tuple(k.value for k in SectionKind)


def section_kind(value: Any, where: str, loc: Location,
                 problems: Problems) -> SectionKind | None:
    """A section kind by its word; an unknown word is recorded with a suggestion."""
    if value in KINDS:
        return SectionKind(value)
    shown = shown_name(value) if isinstance(value, str) else repr(value)
    problems.add(f"{where}: unknown kind {shown}", loc,
                 did_you_mean(str(value), KINDS) or f"kinds: {', '.join(KINDS)}",
                 code="RJ113")
    return None


def read_sections(top: LocatedMap, files: PackFiles) -> dict[str, Section | None]:
    """Sections by id; None for one that could not be read (it still overrides)."""
    if "sections" not in top:
        return {}
    problems = files.problems
    table = as_map(top["sections"], top.value_location("sections"), problems, "sections")
    if table is None:
        problems.mark(PACK_SECTIONS)
    result: dict[str, Section | None] = {}
    for sid, raw in (table or {}).items():
        assert table is not None
        where = f"section {quoted(sid)}"
        spec_map = as_map(raw, table.value_location(sid), problems, where)
        if spec_map is None:
            problems.mark(subject("sections", sid))
            continue
        spec.check_fields(problems, spec_map, spec.SECTION, where)
        kind = SectionKind.OTHER
        if "kind" in spec_map:
            kind = section_kind(spec_map["kind"], where, spec_map.value_location("kind"),
                                problems) or kind
        template = _template(spec_map, where, files)
        when = spec_map.get("when")
        if when is not None and not isinstance(when, str):
            problems.add(f"{where}.when should be an expression, not {describe(when)}",
                         spec_map.value_location("when"), code="RJ113")
            when = None
        if template is None:  # reported; letters using it are not reported as well
            problems.mark(subject("sections", sid))
        result[sid] = None if template is None else Section(
            sid, kind, template, when or None, table.key_location(sid),
            when_location=spec_map.value_location("when") if when else None)
    return result


def _template(spec_map: LocatedMap, where: str, files: PackFiles) -> Template | None:
    problems = files.problems
    has_text, has_file = "text" in spec_map, "file" in spec_map
    if has_text == has_file:
        problems.add(f"{where} needs exactly one of 'text' or 'file'", spec_map.location,
                     code="RJ112", hint="write the Markdown inline with text: | or point file: "
                                        "at a .md file in the pack",
                     cause=() if has_text else (subject(where, "text"), subject(where, "file")))
        return None
    if has_text:
        if not problems.expect(spec_map, "text", str, where):
            return None
        return Template(spec_map["text"],
                        spec_map.value_spans.get("text", ScalarSpan(spec_map.location)))
    if not problems.expect(spec_map, "file", str, where):
        return None
    name = spec_map["file"]
    loc = spec_map.value_location("file")
    found = files.read(name, loc, f"{where}.file", MAX_SECTION_FILE,
                       f"{where}: {name} is larger than {MAX_SECTION_FILE:,} bytes")
    if found is None:
        return None
    path, raw = found
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(f"{where}: cannot read {name}: {exc}", loc, code="RJ114")
        return None
    return Template(text, ScalarSpan(Location(display_path(path), 1, 1), "file"))
