"""Composing a letter: pack + letter kind + data → :class:`~rejectlet.model.Letter`.

Templates run in the pack's sandbox. Values reach Markdown only as opaque
tokens (see :mod:`rejectlet.markup`), so data can never become markup, and
each run of text remembers which data value it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

from .data import LetterData, check_data, read_data_file
from .diagnostics import Diagnostic, Location, Severity, display_path
from .errors import DataError, TemplateError
from .markup import TokenTable, to_paragraphs
from .model import Block, Letter, Omission, Pack, Template
from .sandbox import MAX_RANGE_ITEMS, LimitExceeded, SecurityError, render_limited
from .templates import CompiledPack
from .textfmt import plain_value

DataSource = Mapping[str, Any] | str | Path


def compose(pack: Pack, kind: str, data: DataSource) -> Letter:
    """Fill the pack's ``kind`` letter with ``data`` (a mapping or a YAML file path)."""
    letter_kind = pack.letter(kind)
    letter_data = _letter_data(pack, data)
    if letter_data.pack is not None and letter_data.pack != pack.name:
        raise DataError(f"the data names pack {letter_data.pack!r}, not {pack.name!r}",
                        letter_data.source, code="RJ207",
                        hint="load the pack the data names, or change its 'pack:' line")
    return _Composer(pack, letter_data).letter(letter_kind.id)


def _letter_data(pack: Pack, data: DataSource) -> LetterData:
    if isinstance(data, str | Path):
        raw = read_data_file(data)
        return check_data(pack, raw, raw.location)
    return check_data(pack, data, Location("<data>"))


class _Composer:
    def __init__(self, pack: Pack, data: LetterData) -> None:
        self.pack = pack
        self.data = data
        compiled = pack.compiled
        assert isinstance(compiled, CompiledPack)
        self.compiled = compiled
        self.context = data.nested()
        self.context.setdefault("today", dt.date.today())
        self.budget = [MAX_RANGE_ITEMS]
        self.origins: dict[str, str] = {}
        for name, value in data.values.items():
            if isinstance(value, str) and value:
                self.origins.setdefault(value, name)

    def letter(self, kind_id: str) -> Letter:
        kind = self.pack.letters[kind_id]
        blocks: list[Block] = []
        omitted: list[Omission] = []
        for place, ids in (("body", kind.body), ("ps", kind.ps)):
            for section_id in ids:
                section = self.pack.sections[section_id]
                if section.when and not self.condition(section_id, section.when):
                    omitted.append(Omission(section_id, section.kind, place, section.when,
                                            section.location))
                    continue
                paragraphs = self.markdown(f"section:{section_id}")
                if not paragraphs:
                    omitted.append(Omission(section_id, section.kind, place,
                                            "its text came out empty", section.location))
                    continue
                blocks.append(Block(section_id, section.kind, paragraphs, place,
                                    section.text.location))
        subject = self.plain(f"{kind_id}:subject") if kind.subject else ""
        sender = self.lines("block:sender") if self.pack.sender_block else ()
        recipient = self.lines("block:recipient") if self.pack.recipient_block else ()
        date_line = self.plain("block:date") if self.pack.date_line else ""
        return Letter(
            pack=self.pack, kind=kind_id, subject=subject,
            salutation=self.plain(f"{kind_id}:salutation"), blocks=tuple(blocks),
            closing=self.plain(f"{kind_id}:closing"),
            signature="\n".join(self.lines(f"{kind_id}:signature")),
            sender_lines=sender, recipient_lines=recipient, date_line=date_line,
            data=dict(self.data.values), data_locations=dict(self.data.locations),
            data_source=self.data.source, omitted=tuple(omitted),
            title=subject or f"{self.pack.title}: {kind_id}",
            author=str(self.data.values.get("sender.name") or ""),
        )

    # -- running templates ---------------------------------------------------
    def condition(self, section_id: str, expression: str) -> bool:
        compiled = self.compiled.conditions[f"when:{section_id}"]
        template = self.compiled.sources[f"when:{section_id}"]
        try:
            return bool(compiled(**self.context))
        except (jinja2.TemplateError, LimitExceeded, ArithmeticError, TypeError,
                ValueError) as exc:
            raise self.failure(exc, template,
                               f"the condition of section {section_id!r}") from None

    def markdown(self, key: str) -> tuple[Any, ...]:
        tokens = TokenTable()

        def finalize(value: Any) -> str:
            text = plain_value(value, self.pack.language)
            return tokens.token(text, self.origins.get(text)) if text else ""

        source = self.run(key, finalize)
        return to_paragraphs(self.compiled.markdown, source, tokens)

    def plain(self, key: str) -> str:
        text = self.run(key, lambda value: plain_value(value, self.pack.language))
        return " ".join(text.split())

    def lines(self, key: str) -> tuple[str, ...]:
        text = self.run(key, lambda value: plain_value(value, self.pack.language))
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def run(self, key: str, finalize: Any) -> str:
        template = self.compiled.templates[key]
        try:
            return render_limited(template, self.context, finalize, self.budget)
        except (jinja2.TemplateError, LimitExceeded, ArithmeticError, TypeError, ValueError,
                AttributeError, IndexError, KeyError, RecursionError) as exc:
            raise self.failure(exc, self.compiled.sources[key], _describe_key(key)) from None

    def failure(self, exc: Exception, template: Template, what: str) -> TemplateError:
        lineno = getattr(exc, "lineno", None) or _template_lineno(exc) or 1
        location = template.span.template_line(lineno)
        if isinstance(exc, jinja2.UndefinedError):
            message = f"{what}: {exc.message}"
            hint = "declare the variable in the pack, or guard it with {% if … is defined %}"
            code = "RJ304"
        elif isinstance(exc, SecurityError):
            message = f"{what}: refused by the sandbox: {exc}"
            hint = "templates may not reach Python internals or produce huge output"
            code = "RJ305"
        else:
            message = f"{what} failed: {type(exc).__name__}: {exc}"
            hint = "check the expression on this line"
            code = "RJ306"
        return TemplateError([Diagnostic(code, Severity.ERROR, message, location, hint)])


def _describe_key(key: str) -> str:
    group, _, name = key.partition(":")
    if group == "section":
        return f"section {name!r}"
    if group == "block":
        return f"the {name} block"
    return f"the {name} of letter {group!r}"


def _template_lineno(exc: BaseException) -> int | None:
    """The template line of a runtime error: Jinja rewrites tracebacks so that
    frames of template code carry the template's own line numbers."""
    tb = exc.__traceback__
    lineno = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


def letter_from_file(path: str | Path, *, pack: Pack | None = None) -> Letter:
    """Compose the letter a data file describes: its ``pack:`` and ``letter:`` lines decide."""
    from .packs import load_pack

    raw = read_data_file(path)
    shown = display_path(path)
    pack_name = raw.get("pack")
    letter_name = raw.get("letter")
    problems = []
    if pack is None and not isinstance(pack_name, str):
        problems.append(Diagnostic("RJ208", Severity.ERROR,
                                   "the data file does not name its pack",
                                   Location(shown, 1, 1), "add a line such as 'pack: classic'"))
    if not isinstance(letter_name, str):
        problems.append(Diagnostic("RJ208", Severity.ERROR,
                                   "the data file does not name its letter kind",
                                   Location(shown, 1, 1), "add a line such as 'letter: reply'"))
    if problems:
        raise DataError(problems)
    assert isinstance(letter_name, str)
    if pack is None:
        assert isinstance(pack_name, str)
        pack = load_pack(pack_name, relative_to=Path(path).parent,
                         referenced_at=raw.value_location("pack"))
    if letter_name not in pack.letters:
        from .suggest import did_you_mean

        raise DataError(f"pack {pack.name!r} has no letter kind {letter_name!r}",
                        raw.value_location("letter"), code="RJ209",
                        hint=did_you_mean(letter_name, pack.letters) or
                        f"it has: {', '.join(sorted(pack.letters))}")
    letter_data = check_data(pack, raw, raw.location)
    return _Composer(pack, letter_data).letter(letter_name)
