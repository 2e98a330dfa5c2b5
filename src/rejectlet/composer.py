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

from .arguments import expect, path_argument
from .checks import describe
from .data import (
    LetterData,
    Record,
    bounded_items,
    check_data,
    group_paths,
    is_mapping,
    merge_maps,
    read_data_file,
)
from .diagnostics import Diagnostic, Location, Severity, display_path
from .errors import DataError, RejectletError, TemplateError
from .limits import BudgetExceeded, Meter, letter_meter
from .markup import Rendered, TokenTable, current_tokens, to_paragraphs
from .model import Block, Letter, LetterKind, Omission, Pack, Template, TemplateRef
from .pathdoor import quietly_resolved
from .sandbox import (
    LimitExceeded,
    SecurityError,
    evaluate_limited,
    render_limited,
)
from .spelled_twice import refuse_spelled_twice
from .suggest import quoted
from .templates import markdown_problem
from .textfmt import plain_value
from .yamlio import LocatedMap


def compose(pack: Pack, kind: str, data: Mapping[str, Any] | None = None, /,
            **values: Any) -> Letter:
    """Fill the pack's ``kind`` letter with data: a mapping, keyword arguments, or a
    mapping plus keyword arguments that override it.

    Data is only ever a mapping: a string is never taken for a file name, so a
    service that passes on a field a client sent cannot be made to read its own
    files. Read a data file explicitly with :func:`read_data_file` (its values keep
    their file:line), or use :func:`letter_from_file`.

    A letter kind written once per person (``each:``, such as panel-thanks)
    needs :func:`compose_all`.
    """
    expect(pack, Pack, "compose(pack)", "a loaded pack (from load_pack())")
    letter_kind = pack.letter(kind)
    if letter_kind.each:
        raise DataError(f"letter {quoted(kind)} makes one letter per entry of "
                        f"{quoted(letter_kind.each)}",
                        letter_kind.location, code="RJ211",
                        hint="call compose_all(), which returns one letter per entry")
    return compose_all(pack, kind, data, **values)[0]


def compose_all(pack: Pack, kind: str, data: Mapping[str, Any] | None = None, /,
                **values: Any) -> list[Letter]:
    """Like :func:`compose`, returning a list: one letter for most kinds, one per
    entry for a kind written per person."""
    expect(pack, Pack, "compose_all(pack)", "a loaded pack (from load_pack())")
    letter_kind = pack.letter(kind)
    letter_data = _letter_data(pack, data, values, letter_kind.id)
    if letter_data.pack is not None and letter_data.pack != pack.name \
            and pack.name not in _names_in_chain(pack, letter_data.pack):
        raise DataError(f"the data names pack {quoted(letter_data.pack)}, not {quoted(pack.name)}",
                        letter_data.pack_location, code="RJ207",
                        hint="load the pack the data names, or change its 'pack:' line")
    return _Composer(pack, letter_data).letters(letter_kind.id)


def _names_in_chain(pack: Pack, name: str) -> tuple[str, ...]:
    """The data's pack line names this pack after all: a parent's name, or a path to it."""
    if name in pack.parents:
        return (pack.name,)
    if "/" in name or name.startswith("."):
        root = quietly_resolved(pack.root)
        if root is not None and root in (quietly_resolved(name),
                                         quietly_resolved(pack.root / name)):
            return (pack.name,)
    return ()


def _letter_data(pack: Pack, data: object, values: Mapping[str, Any],
                 kind: str) -> LetterData:
    if data is not None and not is_mapping(data):
        hint = ("to read a data file, pass rejectlet.read_data_file(path), or call "
                "letter_from_file(path)" if issubclass(type(data), str | Path)
                else "pass a dict of names to values, such as {'organization': 'Acme'}")
        raise DataError(f"letter data should be a mapping of names to values, not "
                        f"{describe(data)}", Location("<data>"), code="RJ201", hint=hint)
    # keyword values are data too: they are merged, and later judged, only as deep
    # as the pack's groups go, so a mapping nested without end or holding itself is
    # one value (refused like any unknown or mistyped value), never walked
    groups = group_paths(pack)
    # each layer is judged by itself: a name spelled nested and dotted in one
    # mapping is refused, while keyword values over the data still win
    refuse_spelled_twice(values)
    if data is not None and not isinstance(data, LocatedMap):
        refuse_spelled_twice(data)
    if isinstance(data, LocatedMap):
        located = merge_maps(data, _located(values, data.location, groups)) if values \
            else data
        return check_data(pack, located, data.location, kind)
    merged = _deep_merge(dict(bounded_items(data)) if data is not None else {}, values, groups)
    return check_data(pack, merged, Location("<data>"), kind)


def _deep_merge(base: dict[str, Any], top: Mapping[str, Any], groups: frozenset[str],
                prefix: str = "") -> dict[str, Any]:
    for key, value in bounded_items(top, prefix.rstrip(".")):
        dotted = f"{prefix}{key}"
        if dotted in groups and is_mapping(value) and is_mapping(base.get(key)):
            base[key] = _deep_merge(dict(bounded_items(base[key], dotted)), value, groups,
                                    dotted + ".")
        else:
            base[key] = value
    return base


#: Where a value a program passed as a keyword argument is: in no file.
PROGRAM_DATA = Location("<data>")


def _located(values: Mapping[str, Any], location: Location, groups: frozenset[str],
             prefix: str = "") -> LocatedMap:
    result = LocatedMap()
    result.location, result.key_locations, result.value_spans = location, {}, {}
    for key, value in bounded_items(values, prefix.rstrip(".")):
        dotted = f"{prefix}{key}"
        result[key] = (_located(value, location, groups, dotted + ".")
                       if dotted in groups and is_mapping(value) else value)
        # a value the program passed has no place in the data file, even where it
        # replaces one that had: it is shown by its key alone, as dict data is
        result.key_locations[key] = PROGRAM_DATA
    return result


class _Composer:
    def __init__(self, pack: Pack, data: LetterData) -> None:
        self.pack = pack
        self.data = data
        self.compiled = pack.compiled
        self.base_context = _plain(data.nested())
        self.base_context.setdefault("today", dt.date.today())
        self.base_values = dict(data.values)
        self.base_locations = dict(data.locations)
        self.context: dict[str, Any] = self.base_context
        self.values = self.base_values
        self.locations = self.base_locations
        self.meter: Meter | None = None
        self.kind_id = ""
        self.origins: dict[str, str] = {}

    def letters(self, kind_id: str) -> list[Letter]:
        kind = self.pack.letters[kind_id]
        if not kind.each:
            return [self.letter(kind_id)]
        records = self.base_values.get(kind.each) or []
        if not records:
            raise DataError(f"letter {quoted(kind_id)} is written once per entry of "
                            f"{quoted(kind.each)}, "
                            "and there are none", _keyed(self.base_locations.get(kind.each)
                                                         or self.data.source, kind.each),
                            code="RJ211", hint=f"add at least one entry under {kind.each}:")
        result = []
        for index, record in enumerate(records):
            # a fresh copy for every person, so nothing one letter does reaches the next
            self.context = {**_plain(self.base_context), kind.item_name: _plain(dict(record))}
            self.values = dict(self.base_values)
            self.locations = dict(self.base_locations)
            for field, value in record.items():
                self.values[f"{kind.item_name}.{field}"] = value
            if isinstance(record, Record):
                for field, location in record.locations.items():
                    self.locations[f"{kind.item_name}.{field}"] = location
            result.append(self.letter(kind_id, index))
        return result

    def letter(self, kind_id: str, record_index: int | None = None) -> Letter:
        with letter_meter() as meter:
            self.meter = meter
            try:
                return self._letter(kind_id, record_index)
            except BudgetExceeded as exc:
                raise self.over_budget(exc, kind_id, self.pack.letters[kind_id].location) \
                    from None
            finally:
                self.meter = None

    def over_budget(self, exc: BudgetExceeded, kind_id: str,
                    location: Location | None) -> TemplateError:
        """RJ307: the letter, or the run it belongs to, used up its budget."""
        if exc.whole_run:
            return TemplateError(
                f"composing letter {quoted(kind_id)} was stopped: {exc}", location, code="RJ307",
                hint="the whole run is over its budget; a host can raise Limits.run_seconds "
                "and Limits.run_operations for packs it trusts")
        if exc.seconds:
            assert self.meter is not None
            message = (f"composing letter {quoted(kind_id)} took longer than "
                       f"{self.meter.limits.seconds:g} s and was stopped")
        else:
            message = f"composing letter {quoted(kind_id)} {exc} and was stopped"
        return TemplateError(message, location, code="RJ307",
                             hint="a template loops too much; a letter's templates are short")

    def _letter(self, kind_id: str, record_index: int | None = None) -> Letter:
        kind = self.pack.letters[kind_id]
        self.kind_id = kind_id
        self.origins = {}
        item = f"{kind.item_name}." if kind.each else None
        for name, value in sorted(self.values.items(),
                                  key=lambda kv: (not (item and kv[0].startswith(item)),
                                                  "." not in kv[0])):
            if isinstance(value, str) and value:
                self.origins.setdefault(value, name)
        blocks: list[Block] = []
        omitted: list[Omission] = []
        for place, ids in (("body", kind.body), ("ps", kind.ps)):
            for section_id in ids:
                section = self.pack.sections[section_id]
                if section.when and not self.condition(section_id):
                    omitted.append(Omission(section_id, section.kind, place, section.when,
                                            section.location))
                    continue
                paragraphs = self.markdown(TemplateRef.section(section_id))
                if not paragraphs:
                    omitted.append(Omission(section_id, section.kind, place,
                                            "its text came out empty", section.location))
                    continue
                blocks.append(Block(section_id, section.kind, paragraphs, place,
                                    section.text.location))
        self.check_letter_size(kind, blocks)
        subject = self.plain(TemplateRef.letter_part(kind_id, "subject")) if kind.subject else ""
        sender = self.block_lines(kind, "sender")
        recipient = self.block_lines(kind, "recipient")
        date_lines = self.block_lines(kind, "date")
        date_line = " ".join(date_lines)
        return Letter(
            pack=self.pack, kind=kind_id, subject=subject,
            salutation=self.plain(TemplateRef.letter_part(kind_id, "salutation")),
            blocks=tuple(blocks),
            closing=self.plain(TemplateRef.letter_part(kind_id, "closing")),
            signature="\n".join(self.lines(TemplateRef.letter_part(kind_id, "signature"))),
            sender_lines=sender, recipient_lines=recipient, date_line=date_line,
            data=dict(self.values), data_locations=dict(self.locations),
            data_source=self.data.source, omitted=tuple(omitted),
            title=subject or f"{self.pack.title}: {kind_id}",
            author=str(self.values.get("sender.name") or ""),
            letter_type=kind.type, record_index=record_index,
        )

    def check_letter_size(self, kind: LetterKind, blocks: list[Block]) -> None:
        """The rules read every character of a letter: its size is bounded here, where
        the text is made, rather than by how long the rules take."""
        assert self.meter is not None
        cap = self.meter.limits.letter_chars
        size = sum(len(run.text) for block in blocks for paragraph in block.paragraphs
                   for run in paragraph.runs)
        if size > cap:
            raise TemplateError(
                f"letter {quoted(kind.id)} came out as {size:,} characters of text; the limit is "
                f"{cap:,}", kind.location, code="RJ305",
                hint="templates may not reach Python internals or produce huge output")

    # -- running templates ---------------------------------------------------
    def condition(self, section_id: str) -> bool:
        ref = TemplateRef.when(section_id)
        compiled = self.compiled.conditions[ref]
        template = self.compiled.sources[ref]
        try:
            return bool(evaluate_limited(compiled, self.context))
        except BudgetExceeded as exc:
            raise self.over_budget(exc, self.kind_id, template.span.template_line(1)) from None
        except RejectletError:
            raise
        except Exception as exc:  # any failure of pack code is the pack's mistake
            raise self.failure(exc, template, ref.describe(), lineno=1) from None

    def markdown(self, key: TemplateRef) -> tuple[Any, ...]:
        tokens = TokenTable()

        produced = [0]
        assert self.meter is not None
        meter = self.meter
        cap = meter.limits.output_chars

        def finalize(value: Any) -> str:
            if isinstance(value, Rendered) and value.table is tokens:
                return value.marked  # a macro's or block's output: pack markup, data as tokens
            text = plain_value(value, self.pack.language)
            produced[0] += len(text)
            if produced[0] > cap:
                raise LimitExceeded(f"the section's values pass the limit of "
                                    f"{cap:,} characters")
            return tokens.data(text, self.origins.get(text))

        table_token = current_tokens.set(tokens)
        try:
            source = self.run(key, finalize)
        finally:
            current_tokens.reset(table_token)
        problem = markdown_problem(source)
        if problem is not None:
            raise TemplateError(
                f"{key.describe()} came out with {problem}",
                self.compiled.sources[key].location, code="RJ308",
                hint="long runs of brackets or backticks make Markdown slow; remove them")
        meter.check_time()
        try:
            paragraphs = to_paragraphs(source, tokens)
        except RecursionError:  # past the checks above: nested too deeply to read
            raise TemplateError(
                f"{key.describe()} came out nested too deeply for Markdown",
                self.compiled.sources[key].location, code="RJ308",
                hint="nested lists, quotes or emphasis many levels deep; remove them"
            ) from None
        meter.check_time()
        return paragraphs

    def _plain_value(self, value: Any) -> str:
        return plain_value(value, self.pack.language)

    def plain(self, key: TemplateRef) -> str:
        text = self.run(key, self._plain_value)
        return " ".join(text.split())

    def block_lines(self, kind: LetterKind, block: str) -> tuple[str, ...]:
        """The letter's own block if it has one, else the pack's letterhead, if any."""
        ref = (TemplateRef.letter_block(kind.id, block) if block in kind.blocks
               else TemplateRef.letterhead(block))
        return self.lines(ref) if ref in self.compiled.templates else ()

    def lines(self, key: TemplateRef) -> tuple[str, ...]:
        text = self.run(key, self._plain_value)
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def run(self, key: TemplateRef, finalize: Any) -> str:
        template = self.compiled.templates[key]
        try:
            return render_limited(template, self.context, finalize)
        except BudgetExceeded as exc:
            source = self.compiled.sources[key]
            line = _template_lineno(exc) or 1
            raise self.over_budget(exc, self.kind_id, source.span.template_line(line)) \
                from None
        except RejectletError:
            raise
        except Exception as exc:  # any failure of pack code is the pack's mistake
            raise self.failure(exc, self.compiled.sources[key], key.describe()) from None

    def failure(self, exc: Exception, template: Template, what: str,
                lineno: int | None = None) -> TemplateError:
        lineno = lineno or getattr(exc, "lineno", None) or _template_lineno(exc) or 1
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
            culprit = _culprit(exc)
            where = f" in {culprit}" if culprit else ""
            message = f"{what} failed{where}: {type(exc).__name__}: {exc}"
            hint = "check the expression on this line"
            code = "RJ306"
        return TemplateError([Diagnostic(code, Severity.ERROR, message, location, hint)])


def _keyed(location: Location | None, key: str) -> Location:
    return location.with_key(key) if location is not None else Location.of_key(key)


def _plain(value: Any) -> Any:
    """Plain dicts and lists for templates, so no helper attribute shadows a field."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


#: Files whose frames only pass a template's call on (the sandbox's checks, Jinja's
#: runtime); the culprit is the first frame past them.
_PLUMBING = ("jinja2/runtime.py", "jinja2/sandbox.py", "rejectlet/sandbox.py",
             "jinja2/async_utils.py")


def _culprit(exc: BaseException) -> str | None:
    """The filter, test or helper a template called when it failed, if any.

    Any exception a template's call raises (an assertion in a filter given a
    negative length, an empty ``cycler()``) is the pack's mistake, so the message
    names what was called: the first frame past the template's own code.
    """
    tb = exc.__traceback__
    called = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == "<template>":
            called = None
        elif called is None and not code.co_filename.endswith(_PLUMBING):
            called = code.co_qualname.removesuffix(".__init__")
        tb = tb.tb_next
    if called is None or called.startswith("<"):
        return None
    if called.startswith("do_"):
        return f"filter {quoted(called[3:])}"
    if called.startswith("test_"):
        return f"test {quoted(called[5:])}"
    return repr(called)


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
    path = path_argument(path, "letter_from_file(path)")
    letters = letters_from_file(path, pack=pack)
    if len(letters) != 1:
        raise DataError(f"{display_path(path)} describes {len(letters)} letters",
                        Location(display_path(path), 1, 1), code="RJ211",
                        hint="use letters_from_file() for letters written once per person")
    return letters[0]


def letters_from_file(path: str | Path, *, pack: Pack | None = None,
                      within: Path | None = None) -> list[Letter]:
    """Every letter a data file describes (one, or one per person for panel-thanks).

    ``within`` confines the file and its includes to a folder: a pack's samples
    are read this way, so a sample cannot make rejectlet read the user's files.
    """
    from .pack import load_pack

    path = path_argument(path, "letters_from_file(path)")
    expect(pack, Pack, "letters_from_file(pack)", "a loaded pack (from load_pack())",
           optional=True)
    raw = read_data_file(path, within=within)
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

        raise DataError(f"pack {quoted(pack.name)} has no letter kind {quoted(letter_name)}",
                        raw.value_location("letter"), code="RJ209",
                        hint=did_you_mean(letter_name, pack.letters) or
                        f"it has: {', '.join(sorted(pack.letters))}")
    letter_data = check_data(pack, raw, raw.location, letter_name)
    return _Composer(pack, letter_data).letters(letter_name)
