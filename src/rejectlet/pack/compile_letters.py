"""Compile stage for letter kinds: a merged :class:`LetterPart` into a ``LetterKind``."""

from __future__ import annotations

from collections.abc import Iterator

from .. import spec
from ..checks import PACK_EXTENDS, PACK_SECTIONS, Problems, subject
from ..diagnostics import Location
from ..model import (
    LETTER_PARTS,
    LETTER_TYPES,
    LETTERHEAD_BLOCKS,
    LetterKind,
    Section,
    TemplateRef,
    Variable,
)
from ..suggest import did_you_mean, quoted
from ..templates import CompiledPack, compile_template
from .parts import LetterPart, SectionList
from .read_variables import VAR_RE


def letter_kind(part: LetterPart, sections: dict[str, Section], variables: dict[str, Variable],
                compiled: CompiledPack, problems: Problems) -> LetterKind | None:
    """The letter kind, its templates compiled; None when a required template is missing."""
    where = f"letter {quoted(part.id)}"
    _check_required(part, where, problems)
    for key, template in part.templates.items():
        compile_template(compiled, TemplateRef.letter_part(part.id, key), template,
                         problems.items)
    for block, template in part.blocks.items():
        compile_template(compiled, TemplateRef.letter_block(part.id, block), template,
                         problems.items)
    body, body_locs = _existing(part.body, "body", where, sections, problems)
    ps, ps_locs = _existing(part.ps, "ps", where, sections, problems)
    letter_type = _type(part, where, problems)
    _check_each(part, where, variables, problems)
    templates = part.templates
    if not {"salutation", "closing", "signature"} <= templates.keys():
        return None
    item_name = part.item_name or "person"
    if not VAR_RE.match(item_name) or "." in item_name:
        item_name = "person"
    return LetterKind(
        id=part.id, subject=templates.get("subject"), salutation=templates["salutation"],
        body=body, closing=templates["closing"], signature=templates["signature"], ps=ps,
        body_locations=body_locs, ps_locations=ps_locs, rules=part.rules,
        description=part.description or "", location=part.location, type=letter_type,
        each=part.each, item_name=item_name,
        blocks=tuple(b for b in LETTERHEAD_BLOCKS if b in part.blocks),
        block_templates=dict(part.blocks))


def letter_refs(kind: LetterKind, sections: dict[str, Section]) -> Iterator[TemplateRef]:
    """The address of every template a letter of this kind runs."""
    for part in LETTER_PARTS:
        yield TemplateRef.letter_part(kind.id, part)
    for block in LETTERHEAD_BLOCKS:
        yield (TemplateRef.letter_block(kind.id, block) if block in kind.blocks
               else TemplateRef.letterhead(block))
    for section_id in (*kind.body, *kind.ps):
        yield TemplateRef.section(section_id)
        if sections[section_id].when:
            yield TemplateRef.when(section_id)


def _check_required(part: LetterPart, where: str, problems: Problems) -> None:
    given = {*part.templates, *(("body",) if part.body is not None else ())}
    for key in spec.LETTER.required_keys:
        if key not in given:
            problems.add(f"{where} is missing the required key {quoted(key)}", part.map_location,
                         code="RJ112", cause=(subject(where, key), PACK_EXTENDS))


def _existing(listed: SectionList | None, key: str, where: str, sections: dict[str, Section],
              problems: Problems) -> tuple[tuple[str, ...], tuple[Location, ...]]:
    """The listed sections the merged pack defines; each missing one is reported."""
    if listed is None:
        return (), ()
    ids: list[str] = []
    locations: list[Location] = []
    for section_id, loc in zip(listed.ids, listed.locations, strict=True):
        if section_id in sections:
            ids.append(section_id)
            locations.append(loc)
        elif problems.follows((PACK_SECTIONS, PACK_EXTENDS, subject("sections", section_id))):
            continue  # the sections table, the parent or this section was reported
        elif listed.inherited:
            problems.add(f"{where} uses section {quoted(section_id)}, which this pack removed", loc,
                         code="RJ121")
        else:
            problems.add(f"{where}.{key}: unknown section {quoted(section_id)}", loc,
                         did_you_mean(section_id, sections) or "define it under sections:",
                         code="RJ121")
    return tuple(ids), tuple(locations)


def _type(part: LetterPart, where: str, problems: Problems) -> str:
    letter_type = part.type or (part.id if part.id in LETTER_TYPES else "custom")
    if letter_type not in LETTER_TYPES:
        problems.add(f"{where}: unknown type {quoted(letter_type)}",
                     part.type_location or part.location,
                     did_you_mean(letter_type, LETTER_TYPES) or
                     f"types: {', '.join(LETTER_TYPES)}", code="RJ113")
    return letter_type


def _check_each(part: LetterPart, where: str, variables: dict[str, Variable],
                problems: Problems) -> None:
    if part.each is None:
        return
    variable = variables.get(part.each)
    if variable is None or variable.type != "records":
        problems.add(f"{where}: each: needs a variable of type records, and "
                     f"{quoted(part.each)} is {'not declared' if variable is None else 'not'}",
                     part.each_location or part.location, code="RJ122")
