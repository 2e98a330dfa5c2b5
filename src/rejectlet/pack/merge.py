"""Merge stage: a pack's parts laid over the merged parts of the pack it extends.

Everything is overridden by name: a variable, a section, a rule's options, a
check by its code. A letter kind is overridden key by key, so a child may
give a parent's letter a new subject (or one block, or one rule setting)
and inherit the rest of it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .parts import LetterPart, PackParts, SectionList, Stylesheets


def merge(parent: PackParts, child: PackParts) -> PackParts:
    """The child's parts with everything it leaves out taken from ``parent``."""
    return replace(
        child,
        description=child.description or parent.description,
        language=child.language or parent.language,
        language_location=child.language_location if child.language
        else parent.language_location,
        variables={**parent.variables, **child.variables},
        sections={**parent.sections, **child.sections},
        letters=_letters(parent.letters, child.letters),
        blocks={**parent.blocks, **child.blocks},
        page=child.page if child.page is not None else parent.page,
        card={**(parent.card or {}), **child.card} if child.card is not None else parent.card,
        rules=merge_rules(parent.rules, child.rules),
        checks={**parent.checks, **child.checks},
        styles=Stylesheets(page=child.styles.page or parent.styles.page,
                           email=child.styles.email or parent.styles.email),
        roots=(*child.roots, *parent.roots),
        parents=(parent.name, *parent.parents),
        problems=(*parent.problems, *child.problems),
        broken=parent.broken | child.broken,
    )


def merge_rules(parent: dict[str, dict[str, Any]],
                child: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Rule settings by code; the child's options win, one option at a time."""
    result = dict(parent)
    for code, setting in child.items():
        result[code] = {**result.get(code, {}), **setting}
    return result


def _letters(parent: dict[str, LetterPart],
             child: dict[str, LetterPart]) -> dict[str, LetterPart]:
    result = {lid: replace(part, body=_inherited(part.body), ps=_inherited(part.ps))
              for lid, part in parent.items()}
    for lid, part in child.items():
        base = result.get(lid)
        result[lid] = part if base is None else _letter(base, part)
    return result


def _inherited(sections: SectionList | None) -> SectionList | None:
    return replace(sections, inherited=True) if sections is not None else None


def _letter(base: LetterPart, top: LetterPart) -> LetterPart:
    return replace(
        top,
        templates={**base.templates, **top.templates},
        blocks={**base.blocks, **top.blocks},
        body=top.body if top.body is not None else base.body,
        ps=top.ps if top.ps is not None else base.ps,
        rules=merge_rules(base.rules, top.rules),
        description=top.description if top.description is not None else base.description,
        type=top.type if top.type is not None else base.type,
        type_location=top.type_location if top.type is not None else base.type_location,
        each=top.each if top.each is not None else base.each,
        each_location=top.each_location if top.each is not None else base.each_location,
        item_name=top.item_name if top.item_name is not None else base.item_name,
    )
