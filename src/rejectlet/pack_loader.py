"""Reading a pack folder into a checked :class:`~rejectlet.model.Pack`.

Every problem in the pack is collected and raised together as one
:class:`PackError`, each at its file:line:col, so an author fixes them in one
pass. Allowed keys come from :mod:`rejectlet.spec`. Templates are compiled here,
once. A pack that ``extends`` another starts from the parent's variables,
sections, letters, blocks, rules and checks and overrides them by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import spec
from ._version import __version__
from .checks import Problems, as_list, as_map, describe
from .diagnostics import Location, display_path
from .errors import PackError, PackNotFoundError
from .model import (
    LETTER_TYPES,
    VARIABLE_TYPES,
    CardSettings,
    LetterKind,
    Pack,
    PackCheck,
    PageSettings,
    Section,
    SectionKind,
    Template,
    Variable,
)
from .rules.declared_keys import declared_scope, declared_swap
from .rules.settings import check_rule_settings
from .suggest import did_you_mean
from .templates import (
    CompiledPack,
    compile_condition,
    compile_template,
    new_compiled,
)
from .yamlio import LocatedMap, ScalarSpan, load_yaml_file

PACK_FILE = "pack.yaml"
PAGE_SIZES = ("letter", "a4")
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")
_VAR_RE = re.compile(r"^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$")
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,9}[0-9]{2,4}$")
_MAX_SECTION_FILE = 200_000
_MAX_EXTENDS_DEPTH = 8
_KINDS = tuple(k.value for k in SectionKind)

#: How a parent named in ``extends:`` is found; set by :mod:`rejectlet.packs`.
ParentResolver = Callable[[str, Path, Location, tuple[str, ...]], Pack]


def _plain(value: Any) -> Any:
    """Defaults as plain lists and dicts, free of the loader's position bookkeeping."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_pack_folder(folder: str | Path, source: str = "folder", *,
                     resolve_parent: ParentResolver | None = None,
                     chain: tuple[str, ...] = ()) -> Pack:
    """Load and check the pack in ``folder``; raise :class:`PackError` listing every problem."""
    root = Path(folder)
    pack_file = root / PACK_FILE
    if not pack_file.is_file():
        shown = display_path(root)
        raise PackNotFoundError(f"{shown} has no {PACK_FILE}", Location(shown),
                                hint="a pack is a folder with a pack.yaml file")
    raw = load_yaml_file(pack_file)
    return _PackReader(root.resolve(), pack_file, source, resolve_parent, chain).read(raw)


class _PackReader:
    def __init__(self, root: Path, pack_file: Path, source: str,
                 resolve_parent: ParentResolver | None, chain: tuple[str, ...]) -> None:
        self.root = root
        self.file = display_path(pack_file)
        self.source = source
        self.resolve_parent = resolve_parent
        self.chain = chain
        self.problems = Problems("RJ110")
        self.compiled: CompiledPack = new_compiled(root, "en")
        self.parent: Pack | None = None
        self.item_names: set[str] = {"person"}

    # -- the whole pack ------------------------------------------------------
    def read(self, raw: Any) -> Pack:
        top = as_map(raw, Location(self.file, 1, 1), self.problems, PACK_FILE)
        if top is None:
            raise PackError(self.problems.items)
        p = self.problems
        p.check_keys(top, spec.PACK.keys, PACK_FILE, required=spec.PACK.required_keys)
        for key in ("pack", "title", "description", "language", "style", "email_style",
                    "requires", "extends"):
            p.expect(top, key, str, "pack")
        version = top.get("version")
        if "version" in top and not isinstance(version, str | int | float):
            p.add(f"version should be a string such as 1.0.0, not {describe(version)}",
                  top.value_location("version"), code="RJ113")
        name = top.get("pack", "")
        if isinstance(name, str) and name and not _NAME_RE.match(name):
            p.add(f"pack name {name!r} should be lower-case words joined by '-'",
                  top.value_location("pack"), code="RJ113")
        self.check_requires(top)
        if isinstance(top.get("extends"), str):
            self.parent = self.load_parent(top["extends"], top.value_location("extends"),
                                           str(name))
        parent = self.parent
        language = top.get("language") if isinstance(top.get("language"), str) else (
            parent.language if parent else "en")
        self.compiled = new_compiled(self.root, str(language),
                                     extra_roots=self.parent_roots())

        variables = self.variables(top)
        sections = self.sections(top)
        letters = self.letters(top, sections, variables)
        blocks = self.blocks(top)
        page = self.page(top)
        card = self.card(top)
        rules = dict(parent.rules) if parent else {}
        if "rules" in top:
            for code, setting in self.rules(top["rules"], top.value_location("rules")).items():
                rules[code] = {**rules.get(code, {}), **setting}
        checks = self.checks(top)
        stylesheet = self.stylesheet(top)
        email_stylesheet = self.stylesheet(top, "email_style")
        self.check_template_names(variables)
        letters = {lid: replace(kind, uses=self.letter_uses(kind, sections))
                   for lid, kind in letters.items()}
        if p:
            raise PackError(p.items)
        pack = Pack(
            name=str(name), version=str(version), title=str(top.get("title") or name),
            language=str(language), root=self.root, source=self.source, variables=variables,
            sections=sections, letters=letters, rules=rules,
            sender_block=blocks.get("sender"), recipient_block=blocks.get("recipient"),
            date_line=blocks.get("date"), stylesheet=stylesheet,
            email_stylesheet=email_stylesheet, page=page, card=card,
            description=str(top.get("description") or (parent.description if parent else "")),
            location=top.location, checks=checks, requires=str(top.get("requires") or ""),
            extends=top.get("extends") if isinstance(top.get("extends"), str) else None,
            parents=(parent.name, *parent.parents) if parent else (),
        )
        object.__setattr__(pack, "compiled", self.compiled)
        return pack

    def check_requires(self, top: LocatedMap) -> None:
        requirement = top.get("requires")
        if not isinstance(requirement, str):
            return
        from packaging.specifiers import InvalidSpecifier, SpecifierSet

        try:
            wanted = SpecifierSet(requirement)
        except InvalidSpecifier:
            self.problems.add(f"requires {requirement!r} is not a version range",
                              top.value_location("requires"), "write it like '>=0.1,<1'",
                              code="RJ113")
            return
        if not wanted.contains(__version__, prereleases=True):
            raise PackError(
                f"pack {top.get('pack')!r} needs rejectlet {requirement}; this is "
                f"rejectlet {__version__}", top.value_location("requires"), code="RJ118",
                hint="install a rejectlet version the pack supports, or ask its author "
                     "for a version that supports this one")

    def load_parent(self, reference: str, location: Location, name: str) -> Pack | None:
        if name in self.chain or len(self.chain) >= _MAX_EXTENDS_DEPTH:
            raise PackError(f"pack {name!r} extends itself through "
                            f"{' -> '.join((*self.chain, name))}", location, code="RJ119",
                            hint="remove the cycle in extends:")
        if self.resolve_parent is None:
            self.problems.add("extends: is not available here", location, code="RJ119")
            return None
        try:
            return self.resolve_parent(reference, self.root, location, (*self.chain, name))
        except PackError as exc:
            # keep reading this pack, so its other problems are reported too
            self.problems.extend(exc.diagnostics)
            return None

    def parent_roots(self) -> tuple[Path, ...]:
        roots: list[Path] = []
        parent = self.parent
        if parent is not None:
            roots.append(parent.root)
            compiled = parent.compiled
            if isinstance(compiled, CompiledPack):
                roots.extend(compiled.extra_roots)
        return tuple(roots)

    def inherit(self, key: str, template: Template) -> None:
        """Compile a parent's template again in this pack's sandbox."""
        compile_template(self.compiled, key, template, self.problems.items)

    # -- variables -----------------------------------------------------------
    def variables(self, top: LocatedMap) -> dict[str, Variable]:
        result: dict[str, Variable] = dict(self.parent.variables) if self.parent else {}
        table = as_map(top.get("variables"), top.value_location("variables"), self.problems,
                       "variables") if "variables" in top else None
        if table is not None:
            for name, raw in table.items():
                variable = self.variable(name, raw, table, spec.VARIABLE, top_level=True)
                if variable is not None:
                    result[name] = variable
        for name in result:
            parent = name.rpartition(".")[0]
            while parent:
                if parent in result:
                    self.problems.add(f"variable {parent!r} is also a group ({name!r})",
                                      result[name].location, code="RJ113",
                                      hint=f"rename one of them, e.g. {parent}.value")
                parent = parent.rpartition(".")[0]
        return result

    def variable(self, name: str, raw: Any, table: LocatedMap, shape: spec.Field,
                 top_level: bool) -> Variable | None:
        where = f"variable {name!r}" if top_level else f"field {name!r}"
        loc = table.key_location(name)
        if not _VAR_RE.match(name) or (not top_level and "." in name):
            self.problems.add(f"{where}: names are lower-case words"
                              + (", dotted for groups (sender.name)" if top_level else ""),
                              loc, code="RJ113")
        if raw is None:
            spec_map = LocatedMap()
            spec_map.location, spec_map.key_locations, spec_map.value_spans = loc, {}, {}
        else:
            found = as_map(raw, table.value_location(name), self.problems, where)
            if found is None:
                return None
            spec_map = found
        self.problems.check_keys(spec_map, shape.keys, where)
        vtype = spec_map.get("type", "string")
        allowed = VARIABLE_TYPES if top_level else tuple(t for t in VARIABLE_TYPES
                                                         if t not in ("records", "list"))
        if vtype not in allowed:
            self.problems.add(f"{where}: unknown type {vtype!r}",
                              spec_map.value_location("type"),
                              did_you_mean(str(vtype), allowed) or
                              f"types: {', '.join(allowed)}", code="RJ113")
        self.problems.expect(spec_map, "required", bool, where)
        self.problems.expect(spec_map, "help", str, where)
        choices: tuple[str, ...] = ()
        if "choices" in spec_map:
            found_list = as_list(spec_map["choices"], spec_map.value_location("choices"),
                                 self.problems, f"{where}.choices")
            if found_list is not None:
                choices = tuple(str(c) for c in found_list)
        fields: dict[str, Variable] = {}
        if vtype == "records":
            table_fields = as_map(spec_map.get("fields"), spec_map.value_location("fields"),
                                  self.problems, f"{where}.fields")
            if table_fields is not None:
                for field_name, field_raw in table_fields.items():
                    field = self.variable(field_name, field_raw, table_fields, spec.FIELD_SPEC,
                                          top_level=False)
                    if field is not None:
                        fields[field_name] = field
        elif "fields" in spec_map:
            self.problems.add(f"{where}: only type records has fields",
                              spec_map.key_location("fields"), code="RJ113")
        return Variable(name=name, type=str(vtype), required=spec_map.get("required") is True,
                        default=_plain(spec_map.get("default")), choices=choices,
                        help=str(spec_map.get("help") or ""), location=loc, fields=fields)

    # -- sections ------------------------------------------------------------
    def sections(self, top: LocatedMap) -> dict[str, Section]:
        result: dict[str, Section] = {}
        if self.parent is not None:
            for sid, section in self.parent.sections.items():
                result[sid] = section
                self.inherit(f"section:{sid}", section.text)
                if section.when:
                    compile_condition(self.compiled, f"when:{sid}", section.when,
                                      section.location or self.parent.location or
                                      Location(self.file), self.problems.items)
        table = as_map(top.get("sections"), top.value_location("sections"), self.problems,
                       "sections") if "sections" in top else None
        if table is None:
            return result
        for sid, raw in table.items():
            where = f"section {sid!r}"
            spec_map = as_map(raw, table.value_location(sid), self.problems, where)
            if spec_map is None:
                continue
            self.problems.check_keys(spec_map, spec.SECTION.keys, where,
                                     required=spec.SECTION.required_keys)
            kind = SectionKind.OTHER
            if "kind" in spec_map:
                kind = self.section_kind(spec_map["kind"], where,
                                         spec_map.value_location("kind")) or kind
            template = self.section_template(spec_map, where)
            when = spec_map.get("when")
            if when is not None and not isinstance(when, str):
                self.problems.add(f"{where}.when should be an expression, not {describe(when)}",
                                  spec_map.value_location("when"), code="RJ113")
                when = None
            self.compiled.conditions.pop(f"when:{sid}", None)
            self.compiled.sources.pop(f"when:{sid}", None)
            if template is None:
                result.pop(sid, None)
                continue
            result[sid] = Section(sid, kind, template, when, table.key_location(sid))
            compile_template(self.compiled, f"section:{sid}", template, self.problems.items)
            if when:
                compile_condition(self.compiled, f"when:{sid}", when,
                                  spec_map.value_location("when"), self.problems.items)
        return result

    def section_template(self, spec_map: LocatedMap, where: str) -> Template | None:
        has_text, has_file = "text" in spec_map, "file" in spec_map
        if has_text == has_file:
            self.problems.add(f"{where} needs exactly one of 'text' or 'file'",
                              spec_map.location, code="RJ112",
                              hint="write the Markdown inline with text: | or point file: at "
                                   "a .md file in the pack")
            return None
        if has_text:
            if not self.problems.expect(spec_map, "text", str, where):
                return None
            return Template(spec_map["text"],
                            spec_map.value_spans.get("text", ScalarSpan(spec_map.location)))
        if not self.problems.expect(spec_map, "file", str, where):
            return None
        path = self.inside_pack(spec_map["file"], spec_map.value_location("file"),
                                f"{where}.file")
        if path is None:
            return None
        try:
            if path.stat().st_size > _MAX_SECTION_FILE:
                self.problems.add(f"{where}: {spec_map['file']} is larger than "
                                  f"{_MAX_SECTION_FILE:,} bytes", spec_map.value_location("file"))
                return None
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.add(f"{where}: cannot read {spec_map['file']}: {exc}",
                              spec_map.value_location("file"), code="RJ114")
            return None
        return Template(text, ScalarSpan(Location(display_path(path), 1, 1), "file"))

    def inside_pack(self, relative: str, loc: Location, where: str) -> Path | None:
        """Resolve a path named in the pack; refuse anything outside the pack folder."""
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            self.problems.add(f"{where}: {relative!r} lies outside the pack folder", loc,
                              code="RJ115", hint="packs may only use their own files")
            return None
        if not candidate.is_file():
            self.problems.add(f"{where}: no file {relative!r} in the pack", loc, code="RJ114")
            return None
        return candidate

    # -- letters -------------------------------------------------------------
    def letters(self, top: LocatedMap, sections: dict[str, Section],
                variables: dict[str, Variable]) -> dict[str, LetterKind]:
        result: dict[str, LetterKind] = {}
        if self.parent is not None:
            for lid, kind in self.parent.letters.items():
                result[lid] = kind
                for key in ("subject", "salutation", "closing", "signature"):
                    template = getattr(kind, key)
                    if template is not None:
                        self.inherit(f"{lid}:{key}", template)
                parent_compiled = self.parent.compiled
                for block in kind.blocks:
                    source = parent_compiled.sources.get(f"{lid}:block:{block}")
                    if source is not None:
                        self.inherit(f"{lid}:block:{block}", source)
        table = as_map(top.get("letters"), top.value_location("letters"), self.problems,
                       "letters") if "letters" in top else None
        if table is not None:
            for lid, raw in table.items():
                parsed = self.letter(lid, raw, table, sections, variables)
                if parsed is not None:
                    result[lid] = parsed
        for lid, kind in result.items():
            for section_id, loc in zip((*kind.body, *kind.ps),
                                       (*kind.body_locations, *kind.ps_locations), strict=False):
                if section_id not in sections:
                    self.problems.add(f"letter {lid!r} uses section {section_id!r}, which this "
                                      "pack removed", loc, code="RJ121")
        return result

    def letter(self, lid: str, raw: Any, table: LocatedMap, sections: dict[str, Section],
               variables: dict[str, Variable]) -> LetterKind | None:
        where = f"letter {lid!r}"
        spec_map = as_map(raw, table.value_location(lid), self.problems, where)
        if spec_map is None:
            return None
        self.problems.check_keys(spec_map, spec.LETTER.keys, where,
                                 required=spec.LETTER.required_keys)
        templates: dict[str, Template] = {}
        for key in ("subject", "salutation", "closing", "signature"):
            if key in spec_map and self.problems.expect(spec_map, key, str, where):
                templates[key] = Template(spec_map[key], spec_map.value_spans[key])
                compile_template(self.compiled, f"{lid}:{key}", templates[key],
                                 self.problems.items)
        body, body_locs = self.section_list(spec_map, "body", where, sections)
        ps, ps_locs = self.section_list(spec_map, "ps", where, sections)
        rules = (self.rules(spec_map["rules"], spec_map.value_location("rules"))
                 if "rules" in spec_map else {})
        for key in ("description", "type", "each", "as"):
            self.problems.expect(spec_map, key, str, where)
        own_blocks: list[str] = []
        if "blocks" in spec_map:
            block_table = as_map(spec_map["blocks"], spec_map.value_location("blocks"),
                                 self.problems, f"{where}.blocks")
            if block_table is not None:
                self.problems.check_keys(block_table, spec.PACK.child("blocks").keys,
                                         f"{where}.blocks")
                for key in spec.PACK.child("blocks").keys:
                    if key in block_table and self.problems.expect(block_table, key, str,
                                                                   f"{where}.blocks"):
                        compile_template(self.compiled, f"{lid}:block:{key}",
                                         Template(block_table[key],
                                                  block_table.value_spans[key]),
                                         self.problems.items)
                        own_blocks.append(key)
        letter_type = spec_map.get("type", lid if lid in LETTER_TYPES else "custom")
        if letter_type not in LETTER_TYPES:
            self.problems.add(f"{where}: unknown type {letter_type!r}",
                              spec_map.value_location("type"),
                              did_you_mean(str(letter_type), LETTER_TYPES) or
                              f"types: {', '.join(LETTER_TYPES)}", code="RJ113")
        each = spec_map.get("each")
        if isinstance(each, str):
            variable = variables.get(each)
            if variable is None or variable.type != "records":
                self.problems.add(f"{where}: each: needs a variable of type records, and "
                                  f"{each!r} is {'not declared' if variable is None else 'not'}",
                                  spec_map.value_location("each"), code="RJ122")
        item_name = spec_map.get("as", "person")
        if not isinstance(item_name, str) or not _VAR_RE.match(item_name) or "." in item_name:
            item_name = "person"
        self.item_names.add(item_name)
        if not {"salutation", "closing", "signature"} <= templates.keys():
            return None
        return LetterKind(
            id=lid, subject=templates.get("subject"), salutation=templates["salutation"],
            body=body, closing=templates["closing"], signature=templates["signature"],
            ps=ps, body_locations=body_locs, ps_locations=ps_locs, rules=rules,
            description=str(spec_map.get("description") or ""),
            location=table.key_location(lid), type=str(letter_type),
            each=each if isinstance(each, str) else None, item_name=item_name,
            blocks=tuple(own_blocks))

    def section_list(self, spec_map: LocatedMap, key: str, where: str,
                     sections: dict[str, Section]) -> tuple[tuple[str, ...], tuple[Location, ...]]:
        if key not in spec_map:
            return (), ()
        items = as_list(spec_map[key], spec_map.value_location(key), self.problems,
                        f"{where}.{key}")
        if items is None:
            return (), ()
        ids: list[str] = []
        locs: list[Location] = []
        for index, item in enumerate(items):
            loc = items.item_location(index)
            if not isinstance(item, str):
                self.problems.add(f"{where}.{key} lists section ids, not {describe(item)}", loc,
                                  code="RJ113")
                continue
            if item not in sections:
                self.problems.add(f"{where}.{key}: unknown section {item!r}", loc,
                                  did_you_mean(item, sections) or
                                  "define it under sections:", code="RJ121")
                continue
            ids.append(item)
            locs.append(loc)
        return tuple(ids), tuple(locs)

    # -- blocks, page, style, rules, checks -----------------------------------
    def blocks(self, top: LocatedMap) -> dict[str, Template]:
        result: dict[str, Template] = {}
        if self.parent is not None:
            for key, template in (("sender", self.parent.sender_block),
                                  ("recipient", self.parent.recipient_block),
                                  ("date", self.parent.date_line)):
                if template is not None:
                    result[key] = template
                    self.inherit(f"block:{key}", template)
        if "blocks" not in top:
            return result
        table = as_map(top["blocks"], top.value_location("blocks"), self.problems, "blocks")
        if table is None:
            return result
        block_spec = spec.PACK.child("blocks")
        self.problems.check_keys(table, block_spec.keys, "blocks")
        for key in block_spec.keys:
            if key in table and self.problems.expect(table, key, str, "blocks"):
                result[key] = Template(table[key], table.value_spans[key])
                compile_template(self.compiled, f"block:{key}", result[key], self.problems.items)
        return result

    def page(self, top: LocatedMap) -> PageSettings:
        if "page" not in top:
            return self.parent.page if self.parent else PageSettings()
        table = as_map(top["page"], top.value_location("page"), self.problems, "page")
        if table is None:
            return PageSettings()
        self.problems.check_keys(table, spec.PACK.child("page").keys, "page")
        size = str(table.get("size", "letter")).lower()
        if size not in PAGE_SIZES:
            self.problems.add(f"page.size {size!r} is not known", table.value_location("size"),
                              f"use one of: {', '.join(PAGE_SIZES)}", code="RJ113")
            size = "letter"
        layout = table.get("layout")
        if layout is not None:
            from .paper.formats import builtin_formats

            known = builtin_formats().layouts
            if layout not in known:
                self.problems.add(f"page.layout {layout!r} is not known",
                                  table.value_location("layout"),
                                  did_you_mean(str(layout), known) or
                                  f"layouts: {', '.join(sorted(known))}", code="RJ113")
                layout = None
        return replace(PageSettings(), size=size, layout=layout)

    def card(self, top: LocatedMap) -> CardSettings:
        if "card" not in top:
            return self.parent.card if self.parent else CardSettings()
        table = as_map(top["card"], top.value_location("card"), self.problems, "card")
        if table is None:
            return CardSettings()
        self.problems.check_keys(table, spec.PACK.child("card").keys, "card")
        base = self.parent.card if self.parent else CardSettings()
        values: dict[str, Any] = {}
        for key in ("size", "font", "front", "background"):
            if key in table and self.problems.expect(table, key, str, "card"):
                values[key] = table[key]
        if "size" in values:
            from .paper.formats import builtin_formats

            cards = builtin_formats().cards
            if values["size"] not in cards:
                self.problems.add(f"card.size {values['size']!r} is not known",
                                  table.value_location("size"),
                                  did_you_mean(values["size"], cards) or
                                  f"cards: {', '.join(sorted(cards))}", code="RJ113")
                del values["size"]
        if "font_size" in table:
            from .paper.units import to_points

            try:
                values["font_size"] = to_points(str(table["font_size"]))
            except ValueError as exc:
                self.problems.add(f"card.font_size: {exc}", table.value_location("font_size"),
                                  code="RJ113")
        if "background" in values and not re.match(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$",
                                                   values["background"]):
            self.problems.add("card.background should be a colour such as #f4ece1",
                              table.value_location("background"), code="RJ113")
            del values["background"]
        return replace(base, **values)

    def stylesheet(self, top: LocatedMap, key: str = "style") -> Path | None:
        style = top.get(key)
        if not isinstance(style, str):
            if self.parent is None:
                return None
            return self.parent.stylesheet if key == "style" else self.parent.email_stylesheet
        return self.inside_pack(style, top.value_location(key), key)

    def rules(self, raw: Any, loc: Location) -> dict[str, dict[str, Any]]:
        table = as_map(raw, loc, self.problems, "rules")
        if table is None:
            return {}
        return check_rule_settings(table, self.problems)

    def checks(self, top: LocatedMap) -> tuple[PackCheck, ...]:
        inherited = {check.code: check for check in (self.parent.checks if self.parent else ())}
        if "checks" not in top:
            return tuple(inherited.values())
        items = as_list(top["checks"], top.value_location("checks"), self.problems, "checks")
        if items is None:
            return tuple(inherited.values())
        from .rules.base import find_rule

        for index, raw in enumerate(items):
            where = f"checks[{index + 1}]"
            item = as_map(raw, items.item_location(index), self.problems, where)
            if item is None:
                continue
            self.problems.check_keys(item, spec.CHECK.keys, where,
                                     required=spec.CHECK.required_keys)
            code = item.get("code")
            if not isinstance(code, str) or not _CODE_RE.match(code) or code.startswith("RJ") \
                    or find_rule(code) is not None:
                self.problems.add(f"{where}: code {code!r} should be the pack's own, such as "
                                  "ACME001 (capitals then digits, not starting with RJ)",
                                  item.value_location("code") if "code" in item
                                  else item.location, code="RJ123")
                continue
            for key in ("message", "hint", "severity", "kind", "require_kind", "scope", "link",
                        "replacement"):
                self.problems.expect(item, key, str, where)
            forms = [form for form in spec.CHECK_FORMS if form in item]
            if len(forms) != 1:
                self.problems.add(f"{where} needs exactly one of: {', '.join(spec.CHECK_FORMS)}",
                                  item.location, code="RJ123")
                continue
            form = forms[0]
            argument = self.check_argument(item, form, where)
            if argument is None:
                continue
            severity = item.get("severity", "warning")
            if severity not in ("error", "warning"):
                self.problems.add(f"{where}: severity must be error or warning",
                                  item.value_location("severity"), code="RJ113")
                continue
            kind = None
            if "kind" in item:
                kind = self.section_kind(item["kind"], where, item.value_location("kind"))
                if kind is None:
                    continue
            scoped = declared_scope(item, kind, form, where, self.problems)
            if scoped is None:
                continue
            letters: tuple[str, ...] = ()
            if "letters" in item:
                found = as_list(item["letters"], item.value_location("letters"), self.problems,
                                f"{where}.letters")
                letters = tuple(str(x) for x in found) if found is not None else ()
            inherited[code] = PackCheck(
                code=code, message=str(item.get("message", "")), severity=str(severity),
                form=form, argument=argument,
                kind=scoped.kind, letters=letters,
                hint=str(item.get("hint") or ""), location=items.item_location(index),
                scope=scoped.scope, exceptions=scoped.exceptions, link=scoped.link,
                replacement=scoped.replacement)
        return tuple(inherited.values())

    def section_kind(self, value: Any, where: str, loc: Location) -> SectionKind | None:
        """A section kind by its word; an unknown word is recorded with a suggestion."""
        if value in _KINDS:
            return SectionKind(value)
        self.problems.add(f"{where}: unknown kind {value!r}", loc,
                          did_you_mean(str(value), _KINDS) or f"kinds: {', '.join(_KINDS)}",
                          code="RJ113")
        return None

    def check_argument(self, item: LocatedMap, form: str, where: str) -> Any:
        value = item[form]
        loc = item.value_location(form)
        if form == "max_words":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                self.problems.add(f"{where}.max_words should be a positive whole number", loc,
                                  code="RJ113")
                return None
            return value
        if form == "require_kind":
            return self.section_kind(value, where, loc)
        if form == "swap":
            return declared_swap(value, loc, where, self.problems)
        found = as_list(value, loc, self.problems, f"{where}.{form}")
        if found is None or not found:
            if found is not None:
                self.problems.add(f"{where}.{form} is empty", loc, code="RJ113")
            return None
        if form == "order":
            kinds = [self.section_kind(k, f"{where}.order", loc) for k in found]
            return None if None in kinds else tuple(k for k in kinds if k is not None)
        return tuple(str(phrase) for phrase in found if str(phrase).strip())

    def letter_uses(self, kind: LetterKind, sections: dict[str, Section]) -> frozenset[str]:
        """Every dotted name the letter's own templates (and the blocks) read."""
        keys = [f"{kind.id}:{part}" for part in ("subject", "salutation", "closing",
                                                   "signature")]
        keys += [f"{kind.id}:block:{b}" if b in kind.blocks else f"block:{b}"
                 for b in ("sender", "recipient", "date")]
        for section_id in (*kind.body, *kind.ps):
            keys.append(f"section:{section_id}")
            if sections[section_id].when:
                keys.append(f"when:{section_id}")
        names: set[str] = set()
        for key in keys:
            names |= self.compiled.names.get(key, frozenset())
        return frozenset(names)

    def check_template_names(self, variables: dict[str, Variable]) -> None:
        """Templates may only use declared variables, so a typo fails at load, not later."""
        declared = {name.split(".")[0] for name in variables} | {"today"}
        declared |= set(self.compiled.env.globals)
        declared |= self.item_names
        for key, template in self.compiled.sources.items():
            for name in sorted(self.compiled.free_names.get(key, frozenset()) - declared):
                self.problems.add(
                    f"template uses {name!r}, which is not a declared variable",
                    template.location, did_you_mean(name, declared) or
                    "declare it under variables:", code="RJ303")
