"""Compile stage: merged parts into a frozen :class:`~rejectlet.model.Pack`.

Every template of the merged pack (inherited ones too) is compiled once, in
this pack's sandbox, and stored under a :class:`~rejectlet.model.TemplateRef`.
The checks that need the whole merged pack happen here: required letter
keys, section references, ``each:``, variable groups and undeclared names.
"""

from __future__ import annotations

from dataclasses import replace

from ..checks import PACK_EXTENDS, PACK_VARIABLES, Problems, subject
from ..diagnostics import Diagnostic, Severity
from ..errors import PackError
from ..model import CardSettings, LetterKind, Pack, PageSettings, Section, TemplateRef, Variable
from ..suggest import did_you_mean, shown_name
from ..templates import CompiledPack, compile_condition, compile_template, new_compiled
from ..yamlio import word_location
from .compile_letters import letter_kind, letter_refs
from .parts import PackParts

#: The most sections, letter kinds and variables a pack may have, counting those of
#: the packs it extends: compiling each template takes time (about a millisecond),
#: and ``check`` composes every letter kind, so the counts bound loading and checking
#: a stranger's pack. The built-in packs have some 25 sections, 7 kinds, 40 variables.
MAX_SECTIONS = 1_000
MAX_LETTERS = 100
MAX_VARIABLES = 500


def compile_pack(parts: PackParts, source: str) -> Pack:
    """The loaded pack; raise :class:`PackError` with every problem found on the way."""
    _check_counts(parts)
    problems = Problems("RJ110")
    problems.extend(parts.problems)
    problems.mark(*parts.broken)
    compiled = new_compiled(parts.root, parts.language or "en", extra_roots=parts.roots[1:])
    sections = {sid: s for sid, s in parts.sections.items() if s is not None}
    _compile_sections(compiled, sections, parts, problems)
    for block, template in parts.blocks.items():
        compile_template(compiled, TemplateRef.letterhead(block), template, problems.items)
    letters: dict[str, LetterKind] = {}
    for lid, part in parts.letters.items():
        kind = letter_kind(part, sections, parts.variables, compiled, problems)
        if kind is not None:
            letters[lid] = kind
    _check_groups(parts.variables, problems)
    _check_names(compiled, parts.variables, letters, problems)
    letters = {lid: replace(kind, uses=_uses(compiled, kind, sections))
               for lid, kind in letters.items()}
    if problems:
        raise PackError(problems.items)
    return Pack(
        name=parts.name, version=parts.version, title=parts.title or parts.name,
        language=parts.language or "en", root=parts.root, source=source,
        variables=parts.variables, sections=sections, letters=letters, rules=parts.rules,
        sender_block=parts.blocks.get("sender"), recipient_block=parts.blocks.get("recipient"),
        date_line=parts.blocks.get("date"),
        stylesheet=parts.styles.page.path if parts.styles.page else None,
        email_stylesheet=parts.styles.email.path if parts.styles.email else None,
        page_css=parts.styles.page, email_css=parts.styles.email,
        page=parts.page or PageSettings(),
        card=replace(CardSettings(), **(parts.card or {})),
        description=parts.description or "", location=parts.location,
        checks=tuple(parts.checks.values()), requires=parts.requires, extends=parts.extends,
        parents=parts.parents, language_location=parts.language_location,
        compiled=compiled)


def _check_counts(parts: PackParts) -> None:
    """Refuse a pack that, with the packs it extends, has more sections, letter kinds or
    variables than any letter needs, before a template of it is compiled; at the first
    one past the limit."""
    found = []
    for what, table, limit in (("sections", parts.sections, MAX_SECTIONS),
                               ("letter kinds", parts.letters, MAX_LETTERS),
                               ("variables", parts.variables, MAX_VARIABLES)):
        if len(table) <= limit:
            continue
        past = list(table.values())[limit]
        where = getattr(past, "location", None) or parts.location
        found.append(Diagnostic(
            "RJ110", Severity.ERROR,
            f"{len(table):,} {what}, counting those of the packs it extends; "
            f"a pack may have {limit:,}", where,
            "split the pack; a pack needs a few dozen" if what != "letter kinds"
            else "split the pack; a pack needs a handful"))
    if found:
        raise PackError(found)


def _compile_sections(compiled: CompiledPack, sections: dict[str, Section], parts: PackParts,
                      problems: Problems) -> None:
    for sid, section in sections.items():
        compile_template(compiled, TemplateRef.section(sid), section.text, problems.items)
        if section.when:
            where = section.when_location or section.location or parts.location
            compile_condition(compiled, TemplateRef.when(sid), section.when, where,
                              problems.items)


def _check_groups(variables: dict[str, Variable], problems: Problems) -> None:
    """A dotted name's groups (``sender`` of ``sender.name``) cannot be variables too."""
    for name in variables:
        parent = name.rpartition(".")[0]
        while parent:
            if parent in variables:
                problems.add(f"variable {shown_name(parent)} is also a group ({shown_name(name)})",
                             variables[name].location, code="RJ113",
                             hint=f"rename one of them, e.g. {parent}.value")
            parent = parent.rpartition(".")[0]


def _check_names(compiled: CompiledPack, variables: dict[str, Variable],
                 letters: dict[str, LetterKind], problems: Problems) -> None:
    """Templates may only use declared variables, so a typo fails at load, not later."""
    declared = {name.split(".")[0] for name in variables} | {"today", "person"}
    declared |= set(compiled.env.globals)
    declared |= {kind.item_name for kind in letters.values()}
    for ref, template in compiled.sources.items():
        lines = compiled.name_lines.get(ref, {})
        for name in sorted(compiled.free_names.get(ref, frozenset()) - declared):
            at = template.span.template_line(lines.get(name, 1))
            problems.add(f"template uses {shown_name(name)}, which is not a declared variable",
                         word_location(at, name), did_you_mean(name, declared) or
                         "declare it under variables:", code="RJ303",
                         cause=(PACK_VARIABLES, PACK_EXTENDS, subject("variables", name)))


def _uses(compiled: CompiledPack, kind: LetterKind,
          sections: dict[str, Section]) -> frozenset[str]:
    """Every dotted name the letter's own templates (and the blocks) read."""
    names: set[str] = set()
    for ref in letter_refs(kind, sections):
        names |= compiled.names.get(ref, frozenset())
    return frozenset(names)
