"""A readable description of a pack, for ``rejectlet packs show``."""

from __future__ import annotations

from .model import Pack
from .rules.base import all_rules
from .rules.settings import rule_settings
from .suggest import quoted


def describe_pack(pack: Pack) -> str:
    """The pack's letters, variables and the rules that apply to it, as text."""
    out: list[str] = [f"{pack.name} {pack.version} — {pack.title}"]
    if pack.description:
        out.append(f"  {pack.description}")
    out.append(f"  language: {pack.language}; paper: {pack.page.size}; folder: {pack.root}")
    if pack.parents:
        out.append(f"  extends: {' -> '.join(pack.parents)}")
    if pack.requires:
        out.append(f"  works with rejectlet {pack.requires}")
    out.append("")
    out.append("Letters:")
    for kind in pack.letters.values():
        per = f" (one per entry of {kind.each})" if kind.each else ""
        out.append(f"  {kind.id}{per}: {kind.description or kind.type}")
    out.append("")
    out.append("Variables (type, required, default — help):")
    for variable in pack.variables.values():
        flags = [variable.type]
        if variable.required:
            flags.append("required")
        if variable.default is not None:
            flags.append(f"default {quoted(variable.default)}")
        if variable.choices:
            flags.append("one of " + ", ".join(variable.choices))
        used = [k.id for k in pack.letters.values() if k.needs(variable.name)]
        flags.append("used by " + (", ".join(used) if used else "no letter"))
        out.append(f"  {variable.name}: {'; '.join(flags)}")
        if variable.help:
            out.append(f"      {variable.help}")
        for field in variable.fields.values():
            req = ", required" if field.required else ""
            out.append(f"      - {field.name} ({field.type}{req}): {field.help}")
    out.append("")
    out.append("Rules (for each letter: severity and options where the pack changes them):")
    for rule in all_rules():
        settings = {kind.id: effective_settings_for(pack, kind.id, rule.code)
                    for kind in pack.letters.values() if rule.applies_to(kind.type)}
        if not settings:
            continue
        values = sorted({s for s in settings.values()})
        summary = values[0] if len(values) == 1 else "; ".join(
            f"{k}: {v}" for k, v in settings.items())
        out.append(f"  {rule.code} {rule.name}: {summary} — {rule.summary}")
    for check in pack.checks:
        scope = ", ".join(check.letters) or "all letters"
        out.append(f"  {check.code} (pack check, {check.form}): {check.severity} on {scope} — "
                   f"{check.message}")
    return "\n".join(out) + "\n"


def describe_sections(pack: Pack) -> str:
    """Every section a letter can use: its id, kind, condition, where it is
    defined, which letters use it, and its text — the ids a child pack overrides."""
    out: list[str] = [f"Sections of {pack.name} (id: kind — used by; where defined):"]
    for section in pack.sections.values():
        users = [kind.id + (" (P.S.)" if section.id in kind.ps and section.id not in kind.body
                            else "")
                 for kind in pack.letters.values()
                 if section.id in kind.body or section.id in kind.ps]
        when = f"; when {section.when}" if section.when else ""
        where = f"; {section.location}" if section.location is not None else ""
        out.append(f"  {section.id}: {section.kind.value}{when} — used by "
                   f"{', '.join(users) if users else 'no letter'}{where}")
        for line in section.text.source.strip("\n").splitlines():
            out.append(f"      {line}".rstrip())
    return "\n".join(out) + "\n"


def effective_settings_for(pack: Pack, kind_id: str, code: str) -> str:
    """One rule's effective settings for one letter kind, as short text."""
    settings = rule_settings(pack, kind_id, code)
    extras = ", ".join(f"{k}={v}" for k, v in settings.options.items() if v not in ([], None))
    return f"{settings.severity_word}{' (' + extras + ')' if extras else ''}"
