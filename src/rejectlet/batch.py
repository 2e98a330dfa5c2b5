"""Mail merge: many letters from one pack and a table of rows.

A table is a CSV file (a header row of variable names, dotted for groups:
``recipient.name``; list values separated by ``;``) or a YAML list of
mappings. A profile file supplies what every row shares (the sender, the
pack and letter kind). Each row is checked on its own: a row that fails is
reported with its row number and the others still render.

PDF output is laid out as one WeasyPrint document (one layout pass, one set of
fonts), then written as one file ready to print, or split into one file per
letter by page ranges. Every file is written atomically, so an interrupted run
leaves finished letters whole and no half-written file behind.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from . import csvtable
from .composer import compose_all
from .data import (
    MAX_DATA_VALUES,
    MAX_LIST_ITEMS,
    first_past_limit,
    merge_maps,
    read_data_file,
)
from .diagnostics import Diagnostic, Fix, Location, Severity, display_path
from .errors import DataError, OutputError, RejectletError, RenderError
from .limits import budget
from .model import Letter, Pack
from .naming import recipient_name, slug
from .output import (
    ResolvedOnce,
    atomic_file,
    flush_to_disk,
    letter_inputs,
    pack_folders,
    unique_target,
    write_atomic,
)
from .paper.options import PrintOptions
from .pathdoor import path_errors, quietly_resolved, refused_as
from .spelled_twice import refuse_spelled_twice
from .suggest import shown_name
from .validation import refuse_malformed_language, validate
from .yamlio import LocatedList, LocatedMap, UnbuiltItem, load_yaml_file

if TYPE_CHECKING:
    from .paper.formats import Layout

MAX_ROWS = 100_000
#: Letters laid out per WeasyPrint document: pagination costs grow with document
#: length, and per-document set-up is paid once per chunk; 20-40 measured best.
CHUNK_LETTERS = 25
#: Characters of letters laid out in one document at most: a letter whose data
#: makes it this long (a few long values in many scripts) costs seconds of layout
#: on its own, so it is laid out alone, and only a row whose letter is slow on its
#: own can run out of time (and then it fails alone).
CHUNK_CHARS = 40_000
MAX_CSV_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the table: its number as the user counts it, and its values.

    A row that could not be read (a cell that is not UTF-8, or not valid CSV)
    carries its ``problems`` instead, so it fails alone and the others render.
    """

    number: int
    values: LocatedMap
    problems: tuple[Diagnostic, ...] = ()


@dataclass
class BatchReport:
    """What a batch did: files written, letters rendered, rows that failed."""

    written: list[Path] = field(default_factory=list)
    rendered: int = 0
    checked: int = 0
    failed: dict[int, list[Diagnostic]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


def _located(location: Location) -> LocatedMap:
    result = LocatedMap()
    result.location, result.key_locations, result.value_spans = location, {}, {}
    return result


def _set(target: LocatedMap, dotted: str, value: Any, location: Location) -> None:
    from .yamlio import ScalarSpan

    *groups, leaf = dotted.split(".")
    node = target
    for group in groups:
        child = node.get(group)
        if not isinstance(child, LocatedMap):
            child = _located(location)
            node[group] = child
            node.key_locations[group] = location
        node = child
    node[leaf] = value
    node.key_locations[leaf] = location
    node.value_spans[leaf] = ScalarSpan(location)


def _table_refused(shown: str) -> Callable[[str], DataError]:
    """The error for a table the file system refuses, at the table's name."""
    return refused_as(f"cannot read the table {shown[:200]}", Location(shown[:200]),
                      code="RJ102")


#: Characters asked of the file at a time. One request for the whole limit made
#: the system's buffer 50 MB before the first byte arrived, whatever the file's size.
CSV_PIECE_CHARS = 1 << 20


def _read_in_pieces(handle: TextIO) -> str | None:
    """The whole text, read a bounded piece at a time; None once it runs past
    :data:`MAX_CSV_BYTES` characters (a file that grew since its size was read)."""
    pieces: list[str] = []
    total = 0
    while True:
        piece = handle.read(CSV_PIECE_CHARS)
        if not piece:
            return "".join(pieces)
        total += len(piece)
        if total > MAX_CSV_BYTES:
            return None
        pieces.append(piece)


def read_csv_rows(path: Path, list_names: set[str],
                  kinds: Mapping[str, str] | None = None) -> Iterator[Row]:
    """Rows of a CSV table; cells of list variables split on ';'. A cell is text as
    written, except in a column whose variable ``kinds`` names as ``integer`` or
    ``bool`` (a whole number; yes/no/true/false).

    Every line of the table ends up in a row that is read or in a row that is
    reported at its line and column, never swallowed: a quote left open, a
    quote in the middle of a cell, a NUL character, a cell too long, a row
    with more or fewer cells than the header names, and bytes that are not
    UTF-8 (found per cell) each fail their own row, and the others still read.
    """
    shown = display_path(path)
    with path_errors(_table_refused(shown)):
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DataError(f"{shown} is larger than {MAX_CSV_BYTES:,} bytes",
                            Location(shown), code="RJ205")
        with path.open(newline="", encoding="utf-8-sig", errors="surrogateescape") as handle:
            text = _read_in_pieces(handle)
    if text is None:  # the file grew past the limit while it was read
        raise DataError(f"{shown} is larger than {MAX_CSV_BYTES:,} bytes",
                        Location(shown), code="RJ205")
    rows = csvtable.records(text)
    header = next(rows, None)
    if header is None:
        raise DataError(f"{shown} is empty", Location(shown), code="RJ212",
                        hint="the first row names the columns, e.g. recipient.name")
    if header.problem is not None:
        raise DataError(f"{shown}: the header row cannot be read as CSV: {header.problem}",
                        Location(shown, *header.at), code="RJ212",
                        hint="the first row names the columns, e.g. recipient.name")
    undecodable = [column for column, name in enumerate(header.cells, start=1)
                   if _NOT_UTF8.search(name)]
    if undecodable:
        raise DataError(f"{shown}: the header row is not UTF-8 text",
                        Location(shown, 1, undecodable[0]), code="RJ213",
                        hint="save the table as UTF-8 (in a spreadsheet: CSV UTF-8)")
    names = list(header.cells)
    while names and not names[-1].strip():
        names.pop()  # a trailing comma on the header names no column
    clashes = _header_problems(shown, names, header.places)
    if clashes:
        raise DataError(clashes)
    count = 0
    for record in rows:
        count += 1
        if count > MAX_ROWS:
            raise DataError(f"{shown} has more than {MAX_ROWS:,} rows", Location(shown),
                            code="RJ205")
        line = record.line
        if record.problem is not None:
            yield _unreadable(shown, line, record.at[1], record.problem, record.hint,
                              at_line=record.at[0])
            continue
        cells = record.cells
        if not any(cell.strip() for cell in cells):
            continue
        bad = next((column for column, cell in enumerate(cells, start=1)
                    if _NOT_UTF8.search(cell)), None)
        if bad is not None:
            yield _unreadable(shown, line, bad, "this cell is not UTF-8 text",
                              "save the table as UTF-8 (in a spreadsheet: CSV UTF-8)")
            continue
        shape = _shape_problem(cells, len(names))
        if shape is not None:
            column, message = shape
            where = record.places[min(column, len(record.places)) - 1]
            yield _unreadable(shown, line, where[1], message,
                              "give every row one cell per column of the header, "
                              "empty ones included (a,,c)", at_line=where[0])
            continue
        values = _located(Location(shown, line, 1))
        for column, (name, cell) in enumerate(zip(names, cells, strict=False), start=1):
            if not name or cell == "":
                continue
            value: Any = cell
            if name in list_names:
                value = [part.strip() for part in cell.split(";") if part.strip()]
                value = value[:MAX_LIST_ITEMS + 1]
            elif (kinds or {}).get(name) == "bool" and \
                    cell.strip().lower() in ("true", "false", "yes", "no"):
                value = cell.strip().lower() in ("true", "yes")
            elif (kinds or {}).get(name) == "integer" and re.fullmatch(r"-?\d{1,9}",
                                                                      cell.strip()):
                # only a number column is read as a number: a reference, a postcode
                # or a phone number in a text column keeps its leading zeros
                value = int(cell.strip())
            _set(values, name, value, Location(shown, line, column))
        yield Row(line, values)


def _header_problems(shown: str, names: list[str],
                     places: tuple[tuple[int, int], ...]) -> list[Diagnostic]:
    """Header names that would lose cells without a word: a column with no name,
    a name with spaces around it, a name given twice, and a name that is both a
    value and a group of values (``recipient`` and ``recipient.name``). In each
    case one column's cells would overwrite, or be overwritten by, another's, or
    be skipped; so the table stops at the header, each problem at its column."""
    problems: list[Diagnostic] = []

    def refuse(column: int, message: str, fix: Fix) -> None:
        where = Location(shown, *places[column - 1])
        problems.append(Diagnostic("RJ213", Severity.ERROR, message, where,
                                   fix.description, fix=fix))

    first: dict[str, int] = {}
    for column, name in enumerate(names, start=1):
        if not name.strip():
            refuse(column, f"header column {column} has no name, so its cells would be "
                   "skipped", Fix("", "", "name the column (e.g. recipient.name), or "
                   "remove the column and its cells"))
            continue
        if name != name.strip():
            refuse(column, f"header name {_shown(name)} has spaces around it",
                   Fix(name, name.strip(), "remove the spaces around the name"))
            continue
        if name in first:
            refuse(column, f"header name {_shown(name)} is used twice (also column "
                   f"{first[name]}), so one column's cells would replace the other's",
                   Fix(name, "", "remove or rename one of the two columns"))
            continue
        first[name] = column
    for name, column, group in _inside_a_value(first):
        refuse(column, f"header name {_shown(name)} puts a value inside {_shown(group)}, "
               f"which column {first[group]} already uses as a value",
               Fix(group, "", f"keep either {_shown(group)} or the names under it "
                   f"({group[:MAX_HEADER_SHOWN]}.…), not both"))
    problems.sort(key=lambda d: (d.location.column if d.location else 0))
    return problems


#: Most characters of a header name quoted in a message.
MAX_HEADER_SHOWN = 200


def _shown(name: str) -> str:
    return shown_name(name, MAX_HEADER_SHOWN)


def _inside_a_value(columns: dict[str, int]) -> Iterator[tuple[str, int, str]]:
    """Each header name with a dotted beginning that another column names as a value
    (``recipient.name`` under ``recipient``), with that beginning.

    The names are laid out as a tree of their dotted parts, so every name is read
    once, part by part: joining each name's beginnings anew cost the square of its
    dots, and one name of 65,000 dots held a batch for minutes."""
    tree: dict[str, Any] = {}
    ends: dict[int, str] = {}  # id of a tree node -> the column name that ends there
    for name in columns:
        node = tree
        for part in name.split("."):
            node = node.setdefault(part, {})
        ends[id(node)] = name
    for name, column in columns.items():
        node = tree
        parts = name.split(".")
        for part in parts[:-1]:
            node = node[part]
            value = ends.get(id(node))
            if value is not None:
                yield name, column, value
                break


def _shape_problem(cells: tuple[str, ...], columns: int) -> tuple[int, str] | None:
    """Why a row's cells do not line up with the header's columns, and at which cell;
    empty cells past the last column (a trailing comma) are allowed."""
    if len(cells) > columns and any(cell.strip() for cell in cells[columns:]):
        return columns + 1, (f"this row has {len(cells)} cells; the header names "
                             f"{columns} columns, so the cells may have shifted")
    if len(cells) < columns:
        return len(cells), (f"this row has {len(cells)} cells; the header names "
                            f"{columns} columns, so the cells may have shifted")
    return None


#: What undecodable bytes become when read with surrogateescape.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def _unreadable(shown: str, line: int, column: int, message: str, hint: str,
                at_line: int | None = None) -> Row:
    where = Location(shown, at_line or line, column)
    return Row(line, _located(where), (Diagnostic("RJ213", Severity.ERROR, message, where,
                                                  hint),))


def read_yaml_rows(path: Path) -> Iterator[Row]:
    """Rows of a YAML list of mappings; a row's number is its line."""
    raw = load_yaml_file(path, items_alone=True)
    shown = display_path(path)
    if not isinstance(raw, LocatedList):
        raise DataError(f"{shown} should be a list of rows (one '- name: …' block each)",
                        Location(shown, 1, 1), code="RJ212")
    for index, item in enumerate(raw):
        location = raw.item_location(index)
        if isinstance(item, UnbuiltItem):  # a value YAML cannot build fails its row alone
            yield Row(location.line, _located(location), item.diagnostics)
            continue
        if not isinstance(item, LocatedMap):
            # this row fails alone; the others still render
            yield Row(location.line, _located(location), (Diagnostic(
                "RJ212", Severity.ERROR, f"row {index + 1} should be a mapping of values",
                location, "write the row as '- name: value' lines"),))
            continue
        try:
            refuse_spelled_twice(item)
        except DataError as error:  # this row fails alone, like any other bad row
            yield Row(location.line, _located(location), error.diagnostics)
            continue
        yield Row(location.line, item)


def read_rows(path: str | Path, pack: Pack) -> Iterator[Row]:
    """Rows from a .csv or a .yaml/.yml table."""
    table = Path(path)
    shown = display_path(table)
    with path_errors(_table_refused(shown)):
        if not table.is_file():
            raise DataError(f"no such table: {shown}", Location(shown), code="RJ102")
    # each reader guards its own reading: a guard around the call of a generator
    # would end before the generator reads anything
    if table.suffix.lower() == ".csv":
        lists = {name for name, v in pack.variables.items() if v.type == "list"}
        kinds = {name: v.type for name, v in pack.variables.items()}
        return read_csv_rows(table, lists, kinds)
    return read_yaml_rows(table)


def output_name(pattern: str, number: int, letter: Letter) -> str:
    """Fill an output pattern: {n} the letter's number, {name} the recipient's name
    as a slug, {organization} likewise."""
    name = recipient_name(letter, f"letter-{number}")
    organization = str(letter.data.get("organization") or "")
    return (pattern.replace("{n}", f"{number:03d}").replace("{name}", slug(name))
            .replace("{organization}", slug(organization)))


@dataclass
class BatchJob:
    """A batch to run: the pack, the letter kind, the rows, where the output goes."""

    pack: Pack
    kind: str
    rows: Iterable[Row]
    profile: LocatedMap | None = None
    fmt: str = "pdf"
    output: Path | None = None          # one combined file (PDF or text)
    pattern: str | None = None          # or one file per letter
    dry_run: bool = False
    limit: int | None = None
    overwrite: bool = False
    options: PrintOptions = field(default_factory=PrintOptions)
    inputs: tuple[Path, ...] = ()
    protected: tuple[Path, ...] = ()
    jobs: int = 1                       # worker processes for PDF layout
    _inputs: ResolvedOnce | None = field(default=None, init=False, repr=False, compare=False)
    _folders: ResolvedOnce | None = field(default=None, init=False, repr=False, compare=False)

    def inputs_of(self, letter: Letter) -> Iterable[Path]:
        """What no file of this letter may overwrite: the run's inputs and the files
        the letter itself reads (its signature image). The run's own inputs are
        resolved once per run when the letter reads no other file."""
        extra = letter_inputs(letter)
        if extra:
            return (*self.inputs, *extra)
        if self._inputs is None:
            self._inputs = ResolvedOnce(self.inputs)
        return self._inputs

    def folders(self) -> ResolvedOnce:
        """Where no output may go: the pack, the packs it extends, and any other
        folder the caller protects; resolved once per run."""
        if self._folders is None:
            self._folders = ResolvedOnce((*pack_folders(self.pack), *self.protected))
        return self._folders

    def letters(self, report: BatchReport,
                progress: Callable[[int], None] | None = None) -> list[tuple[Row, Letter]]:
        """Compose and check every row; failed rows go to the report."""
        return list(self.iter_letters(report, progress))

    def iter_letters(self, report: BatchReport,
                     progress: Callable[[int], None] | None = None
                     ) -> Iterator[tuple[Row, Letter]]:
        """Compose and check rows one at a time, so a long table streams."""
        produced = 0
        for row in self.rows:
            if self.limit is not None and produced >= self.limit:
                break
            report.checked += 1
            if row.problems:
                report.failed[row.number] = list(row.problems)
                if progress is not None:
                    progress(1)
                continue
            values = merge_maps(self.profile, row.values) if self.profile else row.values
            try:
                letters = compose_all(self.pack, self.kind, values)
                # checking can refuse a row's values too (a follow-up date past the
                # calendar): that row fails alone, like one that does not compose
                errors = [d for letter in letters for d in validate(letter) if d.is_error]
            except RejectletError as exc:
                report.failed[row.number] = list(exc.diagnostics)
            else:
                if errors:
                    report.failed[row.number] = errors
                else:
                    for letter in letters:
                        produced += 1
                        yield row, letter
            if progress is not None:
                progress(1)


def run_batch(job: BatchJob, progress: Callable[[int], None] | None = None) -> BatchReport:
    """Check every row, then render the good ones (unless a dry run).

    The whole batch shares one budget for template work, besides each row's own
    (:func:`rejectlet.limits.budget`): a pack cannot take a letter's time per row.
    """
    with budget():
        return _run_batch(job, progress)


def _run_batch(job: BatchJob, progress: Callable[[int], None] | None) -> BatchReport:
    _refuse_a_profile_past_the_limit(job)
    report = BatchReport()
    if job.output is None and job.pattern is None and not job.dry_run:
        raise OutputError("say where the letters go: one file, or a pattern for one file "
                          "each", None, code="RJ426", hint="-o letters.pdf or --each "
                          "'out/{n}-{name}.pdf'")
    # an unknown layout is the caller's one mistake, refused at its field before any
    # row, not the same failure once per row
    from .paper.choices import judge_choices

    judge_choices(job.options)
    refuse_malformed_language(job.pack)  # the pack's one mistake, not each row's
    if job.dry_run:
        for _ in job.iter_letters(report, progress):
            pass
        return report
    if job.fmt != "pdf":
        _render_text_like(job, job.iter_letters(report, progress), report)
        return report
    from .renderers.pdf import refuse_before_layout

    # what the PDF engine is never given, judged as for one letter, once, before any row
    refuse_before_layout(job.pack)
    _stream_pdf(job, report, progress)
    return report


def _render_text_like(job: BatchJob, letters: Iterable[tuple[Row, Letter]],
                      report: BatchReport) -> None:
    """Render and write letter by letter: memory stays flat however long the table."""
    try:
        with contextlib.ExitStack() as stack:
            combined = (stack.enter_context(atomic_file(job.output, overwrite=job.overwrite,
                                                        inputs=job.inputs,
                                                        protected=job.folders()))
                        if job.output is not None else None)
            _write_text_like(job, letters, report, combined)
            if combined is not None and not report.rendered:
                raise _NothingToWrite
    except _NothingToWrite:
        return
    if job.output is not None:
        report.written.append(job.output)


class _NothingToWrite(Exception):
    """Every row failed: the combined file is abandoned rather than left empty."""


def _write_text_like(job: BatchJob, letters: Iterable[tuple[Row, Letter]],
                     report: BatchReport, combined: BinaryIO | None) -> None:
    from .renderers.output_formats import by_cli_name

    chosen = by_cli_name(job.fmt)
    separator = ("\f\n" if job.fmt == "text" else "\n").encode("utf-8")
    number = 0
    taken: set[Path] = set()
    written = len(report.written)
    protected = job.folders()  # the same for every letter: resolved once, not per file
    for row, letter in letters:
        try:
            content = chosen.file_content(letter, job.options)
        except RenderError as exc:
            # a row whose letter cannot be rendered (an unusable address) fails alone
            report.failed.setdefault(row.number, []).extend(exc.diagnostics)
            continue
        number += 1
        if job.pattern:
            target = None
            try:
                target = unique_target(Path(output_name(job.pattern, number, letter)), taken)
                report.written.append(write_atomic(target, content, overwrite=job.overwrite,
                                                   inputs=job.inputs_of(letter),
                                                   protected=protected, durable=False))
            except OutputError as exc:
                if not _row_alone(exc, job.pattern, target, job.inputs_of(letter)):
                    raise
                # the letter keeps its number, as in a PDF batch: the next row's {n}
                # is its own, not this failed one's name again
                _release(target, taken)
                report.failed.setdefault(row.number, []).extend(exc.diagnostics)
                continue
        if combined is not None:
            if report.rendered:
                combined.write(separator)
            combined.write(content.encode("utf-8") if isinstance(content, str) else content)
        report.rendered += 1
    flush_to_disk(report.written[written:])


def _render_pdf(job: BatchJob, letters: list[tuple[Row, Letter]], report: BatchReport) -> None:
    from .paper.print_html import print_article, print_document
    from .renderers.pdf import isolation_wanted, layout_for, stylesheet_place

    first = letters[0][1]
    layout = layout_for(first, job.options)
    articles = []
    kept: list[tuple[Row, Letter]] = []
    for row, letter in letters:
        try:
            articles.append(print_article(letter, layout, debug=job.options.debug,
                                          bookmark=f"letter {len(kept) + 1}"))
        except RejectletError as exc:  # this row's values cannot be printed: it fails alone
            report.failed.setdefault(row.number, []).extend(exc.diagnostics)
            continue
        kept.append((row, letter))
    if not kept:
        return
    letters = kept
    first = letters[0][1]
    where = stylesheet_place(first.pack)  # where a layout failure is reported
    workers = max(1, min(job.jobs, len(letters)))
    size = max(1, min(CHUNK_LETTERS, -(-len(articles) // workers)))
    chunks = _chunks(articles, size)
    title = f"{first.pack.title}: {len(letters)} letters"
    tasks = [_ChunkTask(html_text=print_document(first, layout, chunk, title=title,
                                                 created=job.options.created),
                        first_index=start, count=len(chunk), base=str(first.pack.root),
                        check_window=layout.window is not None,
                        want_whole=job.output is not None,
                        want_parts=job.pattern is not None,
                        options=job.options,
                        titles=tuple((letter.title, letter.subject, letter.author)
                                     for _, letter in letters[start:start + len(chunk)]),
                        alone=_alone(chunk))
             for start, chunk in chunks]
    isolate = isolation_wanted(first.pack, job.options,
                               max(len(article) for article in articles))
    if isolate or workers > 1:
        # worker processes: with the time limit for a pack that is not built in, and
        # for several jobs in any case (started fresh, never forked, so safe in threads)
        from concurrent.futures import ThreadPoolExecutor

        limit = job.options.timeout if isolate else None
        timed_out: list[RenderError] = []
        with ThreadPoolExecutor(max_workers=workers) as threads:
            results = list(threads.map(
                lambda task: _laid_out_elsewhere(task, limit, first, where, timed_out,
                                                 letters[task.first_index][1]),
                tasks))
    else:
        # the same answer as from a worker: an engine failure is located, not raised raw
        results = [_chunk_from_answer(*_chunk_answer(task), where) for task in tasks]
    _finish_pdf(job, letters, results, report, layout, None)


def _laid_out_elsewhere(task: _ChunkTask, limit: float | None, first: Letter,
                        where: Location | None,
                        timed_out: list[RenderError],
                        own: Letter | None = None) -> _ChunkResult:
    """One chunk laid out in a layout worker (started fresh, never forked, so safe to
    call from threads), with the time limit when one is given; an engine failure is
    raised at ``where``. A letter long enough to be laid out alone (:data:`CHUNK_CHARS`)
    that runs out of time fails alone, at its row (``own``): its data made it slow,
    and the other rows are still laid out. Once any other chunk of the run ran out of
    time (``timed_out``, shared by the run), no other is laid out: the stylesheet that
    made the layout endless is the same for every chunk, and each would wait its
    full limit."""
    from .renderers.isolation import call_isolated

    if timed_out:
        raise timed_out[0]
    try:
        data, blobs = call_isolated(_chunk_answer, (task,), limit, first.data_source)
    except RenderError as exc:
        if any(d.code == "RJ416" for d in exc.diagnostics):
            if task.alone and own is not None:
                return _ChunkResult(slow={task.first_index: [_slow_alone(own, limit)]})
            timed_out.append(exc)
        raise
    return _chunk_from_answer(data, blobs, where)


def _slow_alone(letter: Letter, limit: float | None) -> Diagnostic:
    """A row whose letter, laid out on its own, ran out of time: its own failure."""
    return Diagnostic("RJ416", Severity.ERROR,
                      f"rendering this row's letter took longer than {limit or 0:g} s and "
                      "was stopped", letter.data_source,
                      "its values make a letter too long to lay out in time; shorten them")


def _chunks(articles: list[str], size: int) -> list[tuple[int, list[str]]]:
    """The articles in runs of at most ``size`` letters and, unless one letter is
    longer on its own, at most :data:`CHUNK_CHARS` characters."""
    chunks: list[tuple[int, list[str]]] = []
    start, chars = 0, 0
    for index, article in enumerate(articles):
        if index > start and (index - start == size or chars + len(article) > CHUNK_CHARS):
            chunks.append((start, articles[start:index]))
            start, chars = index, 0
        chars += len(article)
    if articles:
        chunks.append((start, articles[start:]))
    return chunks


def _alone(chunk: list[str]) -> bool:
    """Whether a chunk is one letter that is long on its own."""
    return len(chunk) == 1 and len(chunk[0]) > CHUNK_CHARS


def _stream_pdf(job: BatchJob, report: BatchReport,
                progress: Callable[[int], None] | None) -> None:
    """Compose the rows and hand each chunk of letters to the layout as soon as it is
    full: with several workers, the letters of the next chunk are composed while the
    workers lay out the earlier ones, instead of every row being composed first.

    The table is read whole first (its rows are small; the letters are kept anyway) so
    the chunks can be shared out evenly between the workers. A chunk sent before the
    last row is known carries a provisional title; the file's title is set to the
    real count when the documents are joined."""
    from concurrent.futures import Future, ThreadPoolExecutor

    from .paper.print_html import print_article, print_document
    from .renderers.pdf import isolation_wanted, layout_for, stylesheet_place
    from .renderers.unicode_guard import refuse_invalid_unicode

    rows = job.rows if isinstance(job.rows, list | tuple) else list(job.rows)
    if rows is not job.rows:
        job = replace(job, rows=rows)
    expected = len(rows) if job.limit is None else min(len(rows), job.limit)
    workers = max(1, min(job.jobs, expected))
    size = max(1, min(CHUNK_LETTERS, -(-expected // workers)))
    letters: list[tuple[Row, Letter]] = []
    results: list[Future[_ChunkResult]] = []
    titles: list[str] = []
    layout = None
    where = stylesheet_place(job.pack)  # where a layout failure is reported
    articles: list[str] = []
    timed_out: list[RenderError] = []  # a chunk whose layout ran out of time, once
    with contextlib.ExitStack() as stack:
        threads: ThreadPoolExecutor | None = None

        def send(final: bool) -> None:
            nonlocal threads, articles
            first = letters[0][1]
            start = len(letters) - len(articles)
            count = len(letters) if final and not results else max(expected, len(letters))
            title = f"{first.pack.title}: {count} letters"
            assert layout is not None
            task = _ChunkTask(
                html_text=print_document(first, layout, articles, title=title,
                                         created=job.options.created),
                first_index=start, count=len(articles), base=str(first.pack.root),
                check_window=layout.window is not None, want_whole=job.output is not None,
                want_parts=job.pattern is not None, options=job.options,
                titles=tuple((letter.title, letter.subject, letter.author)
                             for _, letter in letters[start:]),
                alone=_alone(articles))
            isolate = isolation_wanted(first.pack, job.options,
                                       max(len(article) for article in articles))
            titles.append(title)
            articles = []
            if isolate or workers > 1:
                if threads is None:
                    threads = stack.enter_context(ThreadPoolExecutor(max_workers=workers))
                limit = job.options.timeout if isolate else None
                results.append(threads.submit(_laid_out_elsewhere, task, limit, first,
                                              where, timed_out, letters[start][1]))
                return
            done: Future[_ChunkResult] = Future()
            # the same answer as from a worker: an engine failure is located, not raised
            done.set_result(_chunk_from_answer(*_chunk_answer(task), where))
            results.append(done)

        try:
            for row, letter in job.iter_letters(report, progress):
                try:  # a row whose letter the layout cannot take fails alone (RJ436)
                    refuse_invalid_unicode(letter, "pdf")
                except RenderError as exc:
                    report.failed.setdefault(row.number, []).extend(exc.diagnostics)
                    continue
                if layout is None:  # a layout that cannot be had stops the run
                    layout = layout_for(letter, job.options)
                try:
                    article = print_article(letter, layout, debug=job.options.debug,
                                            bookmark=f"letter {len(letters) + 1}")
                except RejectletError as exc:  # this row's values cannot be printed
                    report.failed.setdefault(row.number, []).extend(exc.diagnostics)
                    continue
                if articles and sum(map(len, articles)) + len(article) > CHUNK_CHARS:
                    send(final=False)  # a long letter is laid out apart from the rest
                articles.append(article)
                letters.append((row, letter))
                if len(articles) == size or sum(map(len, articles)) > CHUNK_CHARS:
                    send(final=False)
            if articles:
                send(final=True)
        except BaseException:
            for pending in results:
                pending.cancel()
            raise
        laid_out = [pending.result() for pending in results]
    if not letters:
        return
    title = f"{letters[0][1].pack.title}: {len(letters)} letters"
    assert layout is not None
    _finish_pdf(job, letters, laid_out, report, layout,
                None if set(titles) == {title} else title)


def _finish_pdf(job: BatchJob, letters: list[tuple[Row, Letter]], results: list[_ChunkResult],
                report: BatchReport, layout: Layout, title: str | None) -> None:
    """Write what the layout made: the rows whose letters did not fit fail alone and the
    others are laid out again without them; else the one file (its title set to
    ``title`` when one is given) or one file per letter."""
    from .renderers.pdf import window_error

    misfits: dict[int, list[Diagnostic]] = {
        index: list(window_error(letters[index][1], layout, problems).diagnostics)
        for result in results for index, problems in result.window_problems.items()}
    misfits.update(
        (index, [_too_long(letters[index][1], pages)])
        for result in results for index, pages in result.too_long.items())
    misfits.update((index, problems) for result in results
                   for index, problems in result.slow.items())
    if misfits:
        # those rows fail on their own; the others are laid out again without them
        for index, problems in misfits.items():
            row, letter = letters[index]
            report.failed[row.number] = problems
        remaining = [pair for index, pair in enumerate(letters) if index not in misfits]
        if remaining:
            _render_pdf(job, remaining, report)
        return
    parts = [part for result in results for part in result.parts]
    if job.output is not None:
        wholes = [result.whole for result in results if result.whole is not None]
        whole = wholes[0] if len(wholes) == 1 and title is None else _concatenate(wholes,
                                                                                  title)
        report.written.append(write_atomic(job.output, whole, overwrite=job.overwrite,
                                           inputs=job.inputs, protected=job.folders()))
    if job.pattern:
        taken: set[Path] = set()
        written = len(report.written)
        lost = 0
        for index, (row, letter) in enumerate(letters):
            target = None
            try:
                target = unique_target(Path(output_name(job.pattern, index + 1, letter)),
                                       taken)
                report.written.append(write_atomic(target, parts[index],
                                                   overwrite=job.overwrite,
                                                   inputs=job.inputs_of(letter),
                                                   protected=job.folders(), durable=False))
            except OutputError as exc:
                if not _row_alone(exc, job.pattern, target, job.inputs_of(letter)):
                    raise
                _release(target, taken)
                report.failed.setdefault(row.number, []).extend(exc.diagnostics)
                lost += 1
        flush_to_disk(report.written[written:])
        report.rendered = len(letters) - lost
        return
    report.rendered = len(letters)


#: What a file name made from a row's values can run into: an input file (RJ421), a
#: folder, FIFO or dangling link (RJ423). A name the file system cannot hold or
#: write (RJ427) is the row's problem whatever the pattern.
_ROW_OBSTACLES = frozenset({"RJ421", "RJ423"})
#: The parts of an --each pattern filled from the row's own values.
_ROW_FIELDS = ("{name}", "{organization}")


def _row_alone(exc: OutputError, pattern: str | None, target: Path | None,
               inputs: Iterable[Path]) -> bool:
    """An obstacle at the file name one row's data made is that row's problem: the
    row fails alone and the other rows are still written. So is a name that is an
    input of the run (the table itself, by {n} or by the pattern alone): that row
    cannot be written, the others can. When the pattern holds no value of the row
    (only {n}, or nothing), any other obstacle is the run's own setting and stops
    the run, as a file that exists without --force or a missing folder does."""
    from_row = pattern is not None and any(field in pattern for field in _ROW_FIELDS)
    return _is_input(target, inputs) or any(
        diagnostic.code == "RJ427" or (from_row and diagnostic.code in _ROW_OBSTACLES)
        for diagnostic in exc.diagnostics)


def _is_input(target: Path | None, inputs: Iterable[Path]) -> bool:
    if target is None:
        return False
    real = quietly_resolved(target)
    sources = inputs.originals() if isinstance(inputs, ResolvedOnce) else inputs
    return real is not None and any(quietly_resolved(source) == real for source in sources)


def _release(target: Path | None, taken: set[Path]) -> None:
    """Give back the name a failed row was to be written under: a row that wrote
    nothing claims no name, so the next row is not pushed to ``name-2``."""
    if target is not None:
        real = quietly_resolved(target)
        if real is not None:
            taken.discard(Path(real))


@dataclass(frozen=True, slots=True)
class _ChunkTask:
    html_text: str
    first_index: int
    count: int
    base: str
    check_window: bool
    want_whole: bool
    want_parts: bool
    options: PrintOptions
    titles: tuple[tuple[str, str, str], ...] = ()  # per letter: title, subject, author
    alone: bool = False  # one letter long enough on its own to be laid out alone


@dataclass
class _ChunkResult:
    whole: bytes | None = None
    parts: list[bytes] = field(default_factory=list)
    window_problems: dict[int, list[str]] = field(default_factory=dict)
    too_long: dict[int, int] = field(default_factory=dict)  # letter index: its pages
    slow: dict[int, list[Diagnostic]] = field(default_factory=dict)  # ran out of time alone


def _too_long(letter: Letter, pages: int) -> Diagnostic:
    """The page limit a single PDF has (RJ417), applied to one letter of a batch."""
    from .renderers.pdf import MAX_PAGES

    return Diagnostic("RJ417", Severity.ERROR,
                      f"the letter came out as {pages} pages; the limit is {MAX_PAGES}",
                      letter.pack.location, "a pack stylesheet with absurd sizes can do this")


def _render_chunk(task: _ChunkTask) -> _ChunkResult:
    """Lay out one chunk of letters as one document; in a worker process when asked."""
    from .renderers.pdf import MAX_PAGES, laid_out, window_problems, write_document

    with laid_out(task.html_text, Path(task.base)) as document:
        starts = _letter_starts(document, task.count)
        result = _ChunkResult()
        bounds = [*starts, len(document.pages)]
        for offset in range(task.count):
            pages = bounds[offset + 1] - bounds[offset]
            if pages > MAX_PAGES:
                result.too_long[task.first_index + offset] = pages
        if result.too_long:
            return result
        if task.check_window:
            for offset, start in enumerate(starts):
                problems = window_problems(document.pages[start])
                if problems:
                    result.window_problems[task.first_index + offset] = problems
            if result.window_problems:
                return result
        if task.want_whole:
            result.whole = write_document(document, task.html_text, task.options)
        if task.want_parts:
            for offset in range(task.count):
                part = document.copy(document.pages[bounds[offset]:bounds[offset + 1]])
                if offset < len(task.titles):
                    title, subject, author = task.titles[offset]
                    part.metadata.title = title
                    part.metadata.description = subject
                    part.metadata.authors = [author] if author else []
                result.parts.append(write_document(part, task.html_text, task.options))
        return result


def _chunk_answer(task: _ChunkTask) -> tuple[dict[str, Any], list[bytes]]:
    """A chunk's result as plain data and bytes, the only things a worker sends back."""
    from .renderers.pdf import BlockedReferences

    try:
        result = _render_chunk(task)
    except BlockedReferences as exc:
        return {"blocked": exc.urls}, []
    except RejectletError:
        raise  # already located and worded
    except Exception as exc:  # the engine's own failure: located by the caller, as for one
        return {"engine_error": type(exc).__name__}, []
    blobs = ([result.whole] if result.whole is not None else []) + result.parts
    return {"window": [[index, problems] for index, problems in
                       result.window_problems.items()],
            "too_long": [[index, pages] for index, pages in result.too_long.items()],
            "whole": result.whole is not None}, blobs


def _chunk_from_answer(data: dict[str, Any], blobs: list[bytes],
                       where: Location | None) -> _ChunkResult:
    from .renderers.pdf import blocked_error, engine_failed

    if data.get("blocked"):
        raise blocked_error([str(url) for url in data["blocked"]], where)
    if data.get("engine_error"):
        raise engine_failed(str(data["engine_error"]), where)
    result = _ChunkResult(window_problems={int(index): [str(p) for p in problems]
                                           for index, problems in data.get("window", [])},
                          too_long={int(index): int(pages)
                                    for index, pages in data.get("too_long", [])})
    if data.get("whole"):
        result.whole, blobs = blobs[0], blobs[1:]
    result.parts = list(blobs)
    return result


def _concatenate(pdfs: list[bytes], title: str | None = None) -> bytes:
    """One PDF from several, in order (pypdf: a well-kept, pure-Python PDF library),
    with the first one's document information, and ``title`` when one is given."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    info = PdfReader(io.BytesIO(pdfs[0])).metadata
    fields = {key: str(value) for key, value in (info or {}).items()}
    if title is not None:
        fields["/Title"] = title
    if fields:
        writer.add_metadata(fields)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _letter_starts(document: Any, count: int) -> list[int]:
    """The page on which each letter starts, from the bookmarks set on each article."""
    starts = [int(mark[1][0]) for mark in document.make_bookmark_tree()
              if str(mark[0]).startswith("letter ")]
    if len(starts) != count:
        raise RejectletError([Diagnostic("RJ460", Severity.ERROR,
                                         "could not tell where each letter starts", None)])
    return starts


def load_profile(path: str | Path | None) -> LocatedMap | None:
    """The shared values every row starts from (a letter data file without the row)."""
    return read_data_file(path) if path is not None else None


def split_profile(path: str | Path | None) -> tuple[LocatedMap | None, Any, Any]:
    """The profile's shared values, and the pack and letter kind it names."""
    raw = load_profile(path)
    if raw is None:
        return None, None, None
    shared = LocatedMap((k, v) for k, v in raw.items() if k not in ("pack", "letter"))
    shared.location, shared.key_locations, shared.value_spans = (
        raw.location, raw.key_locations, raw.value_spans)
    return shared, raw.get("pack"), raw.get("letter")


def _refuse_a_profile_past_the_limit(job: BatchJob) -> None:
    """Every row starts from a copy of the profile, so one past the data limit would
    cost rows x profile size before each row failed alike: say it once. Its values
    are counted as a letter's are, groups such as ``sender:`` flattened, since that
    is how each row would count them."""
    if job.profile is None:
        return
    past = first_past_limit(job.pack, job.profile, job.profile.location)
    if past is not None:
        count, where = past
        raise DataError(f"the profile gives {count:,} values; a letter's limit is "
                        f"{MAX_DATA_VALUES:,}", where, code="RJ205",
                        hint="a profile holds the few values every row shares, such as "
                             "the sender; is this the right file?")
