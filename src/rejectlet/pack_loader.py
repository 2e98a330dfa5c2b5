"""Reading a pack folder into a checked :class:`~rejectlet.model.Pack`.

Every problem in the pack is collected and raised together as one
:class:`PackError`, each at its file:line:col, so an author fixes them in one
pass. Templates are compiled here, once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from .checks import Problems, as_list, as_map, describe
from .diagnostics import Location, display_path
from .errors import PackError, PackNotFoundError
from .model import (
    VARIABLE_TYPES,
    LetterKind,
    Pack,
    PageSettings,
    Section,
    SectionKind,
    Template,
    Variable,
)
from .rules.settings import check_rule_settings
from .suggest import did_you_mean
from .templates import CompiledPack, compile_condition, compile_template, new_compiled
from .yamlio import LocatedMap, ScalarSpan, load_yaml_file

PACK_FILE = "pack.yaml"
PACK_KEYS = ("pack", "version", "title", "description", "language", "style", "page",
             "variables", "sections", "letters", "blocks", "rules")
VARIABLE_KEYS = ("type", "required", "default", "choices", "help")
SECTION_KEYS = ("kind", "text", "file", "when")
LETTER_KEYS = ("description", "subject", "salutation", "body", "closing", "signature", "ps",
               "rules")
BLOCK_KEYS = ("sender", "recipient", "date")
PAGE_SIZES = ("letter", "a4")
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")
_VAR_RE = re.compile(r"^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$")
_MAX_SECTION_FILE = 200_000


def load_pack_folder(folder: str | Path, source: str = "folder") -> Pack:
    """Load and check the pack in ``folder``; raise :class:`PackError` listing every problem."""
    root = Path(folder)
    pack_file = root / PACK_FILE
    if not pack_file.is_file():
        shown = display_path(root)
        raise PackNotFoundError(f"{shown} has no {PACK_FILE}", Location(shown),
                                hint="a pack is a folder with a pack.yaml file")
    raw = load_yaml_file(pack_file)
    return _PackReader(root.resolve(), pack_file, source).read(raw)


class _PackReader:
    def __init__(self, root: Path, pack_file: Path, source: str) -> None:
        self.root = root
        self.file = display_path(pack_file)
        self.source = source
        self.problems = Problems("RJ110")
        self.compiled: CompiledPack | None = None

    def read(self, raw: Any) -> Pack:
        top = as_map(raw, Location(self.file, 1, 1), self.problems, PACK_FILE)
        if top is None:
            raise PackError(self.problems.items)
        p = self.problems
        p.check_keys(top, PACK_KEYS, PACK_FILE, required=("pack", "version", "variables",
                                                           "sections", "letters"))
        for key in ("pack", "title", "description", "language", "style"):
            p.expect(top, key, str, "pack")
        version = top.get("version")
        if "version" in top and not isinstance(version, str | int | float):
            p.add(f"version should be a string such as 1.0.0, not {describe(version)}",
                  top.value_location("version"), code="RJ113")
        name = top.get("pack", "")
        if isinstance(name, str) and name and not _NAME_RE.match(name):
            p.add(f"pack name {name!r} should be lower-case words joined by '-'",
                  top.value_location("pack"), code="RJ113")
        language = top.get("language", "en") if isinstance(top.get("language"), str) else "en"
        self.compiled = new_compiled(self.root, language)

        variables = self.variables(top)
        sections = self.sections(top)
        letters = self.letters(top, sections)
        blocks = self.blocks(top)
        page = self.page(top)
        rules = self.rules(top.get("rules"), top.value_location("rules")) if "rules" in top else {}
        stylesheet = self.stylesheet(top)
        self.check_template_names(variables)
        if p:
            raise PackError(p.items)
        pack = Pack(
            name=str(name), version=str(version), title=str(top.get("title") or name),
            language=language, root=self.root, source=self.source, variables=variables,
            sections=sections, letters=letters, rules=rules,
            sender_block=blocks.get("sender"), recipient_block=blocks.get("recipient"),
            date_line=blocks.get("date"), stylesheet=stylesheet, page=page,
            description=str(top.get("description") or ""), location=top.location,
        )
        object.__setattr__(pack, "compiled", self.compiled)
        return pack

    # -- variables -----------------------------------------------------------
    def variables(self, top: LocatedMap) -> dict[str, Variable]:
        result: dict[str, Variable] = {}
        table = as_map(top.get("variables"), top.value_location("variables"), self.problems,
                       "variables") if "variables" in top else None
        if table is None:
            return result
        for name, spec in table.items():
            where = f"variable {name!r}"
            loc = table.key_location(name)
            if not _VAR_RE.match(name):
                self.problems.add(f"{where}: names are lower-case words, dotted for groups "
                                  "(sender.name)", loc, code="RJ113")
            if spec is None:
                spec_map = LocatedMap()
                spec_map.location, spec_map.key_locations, spec_map.value_spans = loc, {}, {}
            else:
                found = as_map(spec, table.value_location(name), self.problems, where)
                if found is None:
                    continue
                spec_map = found
            self.problems.check_keys(spec_map, VARIABLE_KEYS, where)
            vtype = spec_map.get("type", "string")
            if vtype not in VARIABLE_TYPES:
                self.problems.add(f"{where}: unknown type {vtype!r}",
                                  spec_map.value_location("type"),
                                  did_you_mean(str(vtype), VARIABLE_TYPES) or
                                  f"types: {', '.join(VARIABLE_TYPES)}", code="RJ113")
            self.problems.expect(spec_map, "required", bool, where)
            self.problems.expect(spec_map, "help", str, where)
            choices: tuple[str, ...] = ()
            if "choices" in spec_map:
                found_list = as_list(spec_map["choices"], spec_map.value_location("choices"),
                                     self.problems, f"{where}.choices")
                if found_list is not None:
                    choices = tuple(str(c) for c in found_list)
            result[name] = Variable(
                name=name, type=str(vtype), required=spec_map.get("required") is True,
                default=spec_map.get("default"), choices=choices,
                help=str(spec_map.get("help") or ""), location=loc)
        for name in result:
            parent = name.rpartition(".")[0]
            while parent:
                if parent in result:
                    self.problems.add(f"variable {parent!r} is also a group ({name!r})",
                                      result[name].location, code="RJ113",
                                      hint=f"rename one of them, e.g. {parent}.value")
                parent = parent.rpartition(".")[0]
        return result

    # -- sections ------------------------------------------------------------
    def sections(self, top: LocatedMap) -> dict[str, Section]:
        result: dict[str, Section] = {}
        table = as_map(top.get("sections"), top.value_location("sections"), self.problems,
                       "sections") if "sections" in top else None
        if table is None:
            return result
        kinds = [k.value for k in SectionKind]
        for sid, spec in table.items():
            where = f"section {sid!r}"
            spec_map = as_map(spec, table.value_location(sid), self.problems, where)
            if spec_map is None:
                continue
            self.problems.check_keys(spec_map, SECTION_KEYS, where, required=("kind",))
            kind_value = spec_map.get("kind")
            kind = SectionKind.OTHER
            if "kind" in spec_map:
                if kind_value in kinds:
                    kind = SectionKind(kind_value)
                else:
                    self.problems.add(
                        f"{where}: unknown kind {kind_value!r}", spec_map.value_location("kind"),
                        did_you_mean(str(kind_value), kinds) or f"kinds: {', '.join(kinds)}",
                        code="RJ113")
            template = self.section_template(spec_map, where)
            when = spec_map.get("when")
            if when is not None and not isinstance(when, str):
                self.problems.add(f"{where}.when should be an expression, not {describe(when)}",
                                  spec_map.value_location("when"), code="RJ113")
                when = None
            if template is None:
                continue
            result[sid] = Section(sid, kind, template, when, table.key_location(sid))
            assert self.compiled is not None
            compile_template(self.compiled, f"section:{sid}", template, self.problems.items)
            if when:
                compile_condition(self.compiled, f"when:{sid}", when,
                                  spec_map.value_location("when"), self.problems.items)
        return result

    def section_template(self, spec: LocatedMap, where: str) -> Template | None:
        has_text, has_file = "text" in spec, "file" in spec
        if has_text == has_file:
            self.problems.add(f"{where} needs exactly one of 'text' or 'file'", spec.location,
                              code="RJ112", hint="write the Markdown inline with text: | or "
                              "point file: at a .md file in the pack")
            return None
        if has_text:
            if not self.problems.expect(spec, "text", str, where):
                return None
            return Template(spec["text"], spec.value_spans.get("text",
                                                                ScalarSpan(spec.location)))
        if not self.problems.expect(spec, "file", str, where):
            return None
        path = self.inside_pack(spec["file"], spec.value_location("file"), f"{where}.file")
        if path is None:
            return None
        try:
            if path.stat().st_size > _MAX_SECTION_FILE:
                self.problems.add(f"{where}: {spec['file']} is larger than "
                                  f"{_MAX_SECTION_FILE:,} bytes", spec.value_location("file"))
                return None
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.add(f"{where}: cannot read {spec['file']}: {exc}",
                              spec.value_location("file"), code="RJ114")
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
    def letters(self, top: LocatedMap, sections: dict[str, Section]) -> dict[str, LetterKind]:
        result: dict[str, LetterKind] = {}
        table = as_map(top.get("letters"), top.value_location("letters"), self.problems,
                       "letters") if "letters" in top else None
        if table is None:
            return result
        for lid, spec in table.items():
            where = f"letter {lid!r}"
            spec_map = as_map(spec, table.value_location(lid), self.problems, where)
            if spec_map is None:
                continue
            self.problems.check_keys(spec_map, LETTER_KEYS, where,
                                     required=("salutation", "body", "closing", "signature"))
            templates: dict[str, Template] = {}
            for key in ("subject", "salutation", "closing", "signature"):
                if key in spec_map and self.problems.expect(spec_map, key, str, where):
                    templates[key] = Template(spec_map[key], spec_map.value_spans[key])
                    assert self.compiled is not None
                    compile_template(self.compiled, f"{lid}:{key}", templates[key],
                                     self.problems.items)
            body, body_locs = self.section_list(spec_map, "body", where, sections)
            ps, ps_locs = self.section_list(spec_map, "ps", where, sections)
            rules = (self.rules(spec_map["rules"], spec_map.value_location("rules"))
                     if "rules" in spec_map else {})
            self.problems.expect(spec_map, "description", str, where)
            if not {"salutation", "closing", "signature"} <= templates.keys():
                continue
            result[lid] = LetterKind(
                id=lid, subject=templates.get("subject"), salutation=templates["salutation"],
                body=body, closing=templates["closing"], signature=templates["signature"],
                ps=ps, body_locations=body_locs, ps_locations=ps_locs, rules=rules,
                description=str(spec_map.get("description") or ""),
                location=table.key_location(lid))
        return result

    def section_list(self, spec: LocatedMap, key: str, where: str,
                     sections: dict[str, Section]) -> tuple[tuple[str, ...], tuple[Location, ...]]:
        if key not in spec:
            return (), ()
        items = as_list(spec[key], spec.value_location(key), self.problems, f"{where}.{key}")
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

    # -- blocks, page, style, rules -----------------------------------------------
    def blocks(self, top: LocatedMap) -> dict[str, Template]:
        if "blocks" not in top:
            return {}
        table = as_map(top["blocks"], top.value_location("blocks"), self.problems, "blocks")
        if table is None:
            return {}
        self.problems.check_keys(table, BLOCK_KEYS, "blocks")
        result: dict[str, Template] = {}
        for key in BLOCK_KEYS:
            if key in table and self.problems.expect(table, key, str, "blocks"):
                result[key] = Template(table[key], table.value_spans[key])
                assert self.compiled is not None
                compile_template(self.compiled, f"block:{key}", result[key], self.problems.items)
        return result

    def page(self, top: LocatedMap) -> PageSettings:
        if "page" not in top:
            return PageSettings()
        table = as_map(top["page"], top.value_location("page"), self.problems, "page")
        if table is None:
            return PageSettings()
        self.problems.check_keys(table, ("size",), "page")
        size = str(table.get("size", "letter")).lower()
        if size not in PAGE_SIZES:
            self.problems.add(f"page.size {size!r} is not known", table.value_location("size"),
                              f"use one of: {', '.join(PAGE_SIZES)}", code="RJ113")
            size = "letter"
        return replace(PageSettings(), size=size)

    def stylesheet(self, top: LocatedMap) -> Path | None:
        style = top.get("style")
        if not isinstance(style, str):
            return None
        return self.inside_pack(style, top.value_location("style"), "style")

    def rules(self, raw: Any, loc: Location) -> dict[str, dict[str, Any]]:
        table = as_map(raw, loc, self.problems, "rules")
        if table is None:
            return {}
        return check_rule_settings(table, self.problems)

    def check_template_names(self, variables: dict[str, Variable]) -> None:
        """Templates may only use declared variables, so a typo fails at load, not later."""
        assert self.compiled is not None
        from jinja2 import meta

        declared = {name.split(".")[0] for name in variables} | {"today", "letter", "pack"}
        declared |= set(self.compiled.env.globals)
        for template in self.compiled.sources.values():
            try:
                parsed = self.compiled.env.parse(template.source)
            except Exception:  # syntax errors were reported when compiling
                continue
            for name in sorted(meta.find_undeclared_variables(parsed) - declared):
                self.problems.add(
                    f"template uses {name!r}, which is not a declared variable",
                    template.location, did_you_mean(name, declared) or
                    "declare it under variables:", code="RJ303")
