"""The ``rejectlet`` command: a thin layer over the library.

It parses arguments, calls the public API and prints diagnostics one per line.
A user's mistake never shows a traceback: it prints the problem and exits 2.
Exit codes: 0 clean (warnings allowed), 1 the letter breaks rules, 2 bad input.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .composer import letters_from_file
from .console_text import first_unwritable, forgive_messages, json_escaped, stream_encoding
from .controls import ACTING_CHARACTERS
from .data import data_files
from .diagnostics import Diagnostic, Fix, Location, Severity
from .errors import DataError, LetterHasErrors, OutputError, RejectletError
from .limits import budget
from .model import Letter
from .naming import recipient_name, slug
from .output import check_target, letter_inputs, pack_folders, unique_target, write_atomic
from .pack import find_packs, load_pack
from .paper.choices import judge_choices
from .paper.options import PrintOptions
from .pathdoor import path_errors, quietly_resolved, refused_as
from .renderers.output_formats import BATCH_FORMATS, CLI_FORMATS, by_cli_name
from .suggest import quoted
from .validation import refuse_malformed_language, validate

EXIT_CLEAN, EXIT_RULES, EXIT_BAD_INPUT = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])

#: The command-line option behind each print choice, named where a choice is refused.
OPTION_NAMES = {"layout": "--layout", "card": "--card", "sheet": "--sheet",
                "page_size": "--page-size", "pdf_variant": "--pdf-a",
                "formats_file": "--formats"}


#: C0 and C1 controls (but tab and newline), DEL, and the bidirectional overrides:
#: what a pack or a data value could use to move the cursor, retitle the window,
#: hide text or reorder a line in the user's terminal.
_TERMINAL_CONTROLS = ACTING_CHARACTERS


def terminal_safe(text: str, *, keep: str = "") -> str:
    """Text with every control character shown as a visible escape (``\\x1b``), so
    messages carrying pack or data text cannot drive the terminal."""
    return _TERMINAL_CONTROLS.sub(
        lambda m: m.group() if m.group() in keep else f"\\x{ord(m.group()):02x}"
        if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


#: What a terminal takes for the end of a line, besides the controls above.
_LINE_ENDS = str.maketrans({"\n": "\\n", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def one_line(text: str) -> str:
    """A diagnostic or a report line as one line: a line break inside it (a pack
    check's message, a data key, a file name) is shown as its escape, so the text
    cannot start a line of its own that looks like another finding."""
    return text.translate(_LINE_ENDS)


def _echo(text: str, *, err: bool = True, nl: bool = True) -> None:
    text = terminal_safe(text)
    if not err and first_unwritable(text, sys.stdout) is not None:
        encoding = stream_encoding(sys.stdout)
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    click.echo(text, err=err, nl=nl)


def _product(text: str, *, is_json: bool = False) -> None:
    """Output the user asked for, on standard output: as written when it goes to a file
    or a pipe, with controls made visible when it goes to a terminal.

    JSON that the stream cannot carry is escaped (the same value); any other text is
    refused whole (RJ427) before a byte is written, since a letter with characters
    dropped or replaced is not the letter.
    """
    if is_json:
        if first_unwritable(text, sys.stdout) is not None:
            text = json_escaped(text)
    else:
        _refuse_unwritable(text)
    click.echo(terminal_safe(text, keep="\f") if sys.stdout.isatty() else text, nl=False)


def _refuse_unwritable(text: str) -> None:
    """RJ427 when standard output's encoding cannot carry ``text``."""
    unwritable = first_unwritable(text, sys.stdout)
    if unwritable is not None:
        raise OutputError(
            f"standard output is encoded as {stream_encoding(sys.stdout)}, which cannot "
            f"carry {quoted(unwritable)} (U+{ord(unwritable):04X}); nothing was written",
            Location("standard output"), code="RJ427",
            hint="write to a file with -o, or set PYTHONIOENCODING=utf-8")


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        _echo(one_line(str(diagnostic)))
        if diagnostic.fix is not None:
            _echo(one_line(_fix_line(diagnostic.fix)))


def _fix_line(fix: Fix) -> str:
    """A suggested edit, on its own indented line under the finding."""
    if fix.new:
        return (f"  suggested fix: replace {quoted(fix.old)} with {quoted(fix.new)} "
                f"({fix.description})")
    return f"  suggested fix: {fix.description}: {quoted(fix.old)}"


def _user_errors(func: F) -> F:
    """Turn a RejectletError into its message and exit status 2."""
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LetterHasErrors as exc:
            _print_diagnostics(exc.diagnostics)
            click.echo("rejectlet: the letter has errors; fix them, or pass --allow-errors "
                       "to render anyway", err=True)
            sys.exit(EXIT_RULES)
        except RejectletError as exc:
            _print_diagnostics(exc.diagnostics)
            sys.exit(EXIT_BAD_INPUT)
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rejectlet")
def main() -> None:
    """Write the gracious reply to a job rejection, from a template pack."""
    forgive_messages(sys.stderr)


@main.command("render")
@click.argument("data", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(CLI_FORMATS), default="text",
              show_default=True, help="Output format (eml: an email message file).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Output file ('-' for standard output). Text and HTML default to standard "
                   "output; PDF to DATA's name with .pdf.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--allow-errors", is_flag=True,
              help="Render even if the letter breaks error-level rules.")
@click.option("--page-size", type=click.Choice(["letter", "a4"], case_sensitive=False),
              help="Paper size for PDF (default: the pack's).")
@click.option("--reminder", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write an iCalendar (.ics) reminder for the promised follow-up.")
@click.option("--layout", help="Print layout: us-10-window, din5008-a, din5008-b, "
                               "letter-plain, a4-plain, or one from --formats.")
@click.option("--card", help="Render a note card instead: us-a2, us-a7, iso-a6.")
@click.option("--folded", is_flag=True, help="With --card: a folded card imposed on a sheet.")
@click.option("--sheet", type=click.Choice(["letter", "a4"]), help="Sheet for a folded card.")
@click.option("--debug-marks", is_flag=True, help="Draw the envelope window and fold lines.")
@click.option("--formats", "formats_file", type=click.Path(dir_okay=False, exists=True,
                                                           path_type=Path),
              help="A YAML file of your own layouts, envelopes and cards.")
@click.option("--tagged", is_flag=True, help="Write a tagged PDF (for screen readers).")
@click.option("--pdf-a", is_flag=True, help="Write PDF/A-2b, for archiving.")
@click.option("--fixed-date", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
              help="Use this creation date, for byte-identical output on every run.")
@_user_errors
def render_command(data: Path, fmt: str, output: Path | None, force: bool, allow_errors: bool,
                   page_size: str | None, reminder: Path | None, layout: str | None,
                   card: str | None, folded: bool, sheet: str | None, debug_marks: bool,
                   formats_file: Path | None, tagged: bool, pdf_a: bool,
                   fixed_date: datetime.datetime | None) -> None:
    """Render the letter described by the DATA file (it names its pack and letter).

    A letter written once per person (panel-thanks) gives one file each: {n}
    or {name} in the output name number or name them (-o notes-{name}.pdf);
    without either, each file gets '-' and the person's name before its extension.
    """
    letters = letters_from_file(data)
    for letter in letters[:1]:  # a pack-wide refusal, said once and before the rules
        refuse_malformed_language(letter.pack)
    diagnostics = [d for letter in letters for d in validate(letter)]
    diagnostics = list(dict.fromkeys(diagnostics))
    warnings = [d for d in diagnostics if not d.is_error]
    errors = [d for d in diagnostics if d.is_error]
    if errors and not allow_errors:
        raise LetterHasErrors(errors + warnings)
    _print_diagnostics(warnings if not allow_errors else diagnostics)
    chosen = by_cli_name(fmt)
    if output is None and (chosen.binary or (len(letters) > 1 and fmt != "text")):
        output = Path(data.stem + ("-{name}" if len(letters) > 1 else "") + chosen.suffix)
    if len(letters) > 1 and output is not None and str(output) != "-":
        output = _per_letter(output)
    options = PrintOptions(
        layout=layout, formats_file=formats_file, debug=debug_marks, card=card, folded=folded,
        sheet=sheet, tagged=tagged, pdf_variant="pdf/a-2b" if pdf_a else None,
        created=fixed_date.replace(tzinfo=datetime.UTC) if fixed_date else None,
        page_size=page_size)
    judge_choices(options, names=OPTION_NAMES)
    rendered = [(letter, chosen.file_content(letter, options)) for letter in letters]
    inputs = [*data_files(data), *((formats_file,) if formats_file is not None else ()),
              *(image for letter in letters for image in letter_inputs(letter))]
    files: list[tuple[Path, str | bytes, Letter]] = []
    if reminder is not None:
        if output is not None and str(output) != "-" and \
                _same_file(_per_letter_if(reminder, len(letters)), output):
            raise _reminder_is_output(reminder)
        files += _reminder_files(letters, reminder, data)
    if output is not None and str(output) != "-":
        taken: set[Path] = set()
        files += [(unique_target(_fill(output, index, letter), taken), result, letter)
                  for index, (letter, result) in enumerate(rendered, start=1)]
    _check_targets(files, inputs, force)
    for path, content, letter in files:
        write_atomic(path, content, overwrite=force, inputs=inputs,
                     protected=pack_folders(letter.pack))
        _echo(one_line(f"wrote {path}"))
    if output is None or str(output) == "-":
        for _, result in rendered:  # every letter judged before the first is written
            if isinstance(result, str):
                _refuse_unwritable(result)
        for index, (_, result) in enumerate(rendered):
            if isinstance(result, bytes):
                sys.stdout.buffer.write(result)
            else:
                if index:
                    click.echo("\f")
                _product(result)


def _profile_image(shared: Any) -> tuple[Path, ...]:
    """The signature image a batch profile names (beside the profile, as the letters
    read it): an input, so not even the combined output may overwrite it."""
    value = shared.get("signature_image") if isinstance(shared, dict) else None
    where = getattr(shared, "location", None)
    if not isinstance(value, str) or not value.strip() or where is None or not where.in_file:
        return ()
    found = quietly_resolved(Path(where.path).parent / value)
    return (Path(found),) if found is not None else ()


def _target_refused(target: str) -> Callable[[str], DataError]:
    """The error for a command-line target the file system refuses, naming it."""
    return refused_as(f"cannot read {target[:200]}", Location(target[:200]), code="RJ102",
                      hint="name a data file, a pack folder or a pack")


def _same_file(first: Path, second: Path) -> bool:
    """Whether two names lead to one file; a name the system refuses leads nowhere
    (and is refused, at its own option, when it is written)."""
    one, other = quietly_resolved(first), quietly_resolved(second)
    return one is not None and one == other


def _reminder_is_output(reminder: Path) -> OutputError:
    return OutputError(f"--reminder {reminder} is the letter's own output file",
                       Location(str(reminder)), code="RJ421",
                       hint="give the reminder its own name, such as "
                            f"{Path(reminder).with_suffix('.ics').name}")


def _reminder_files(letters: list[Letter], target: Path,
                    data: Path) -> list[tuple[Path, str | bytes, Letter]]:
    """Each letter's reminder and the file it goes to, all made before any is written,
    so a letter with no date to remind of stops the run with nothing written."""
    from .reminders import reminder

    if len(letters) > 1:
        target = _per_letter(target)
    taken: set[Path] = set()
    return [(unique_target(_fill(target, index, letter), taken),
             reminder(letter, data_file=str(data)).to_ical(), letter)
            for index, letter in enumerate(letters, start=1)]


def _check_targets(files: list[tuple[Path, str | bytes, Letter]], inputs: list[Path],
                   force: bool) -> None:
    """Every file a render writes is checked before the first is written: a name the
    file system cannot hold (a long recipient filled into {name}), an input, an
    existing file without --force, or two outputs of one run under one name stop
    the run with nothing written, rather than after some of its files."""
    seen: set[Path] = set()
    for path, _, letter in files:
        resolved = check_target(path, overwrite=force, inputs=inputs,
                                protected=pack_folders(letter.pack))
        if resolved in seen:
            raise _reminder_is_output(path)
        seen.add(resolved)


def _fill(pattern: Path, index: int, letter: Letter) -> Path:
    """An output name for one of several letters: {n} its number, {name} its recipient."""
    name = slug(recipient_name(letter, f"letter-{index}"))
    return Path(str(pattern).replace("{n}", str(index)).replace("{name}", name))


def _per_letter_if(path: Path, count: int) -> Path:
    """The name pattern several letters' files would follow, or the path itself."""
    return _per_letter(path) if count > 1 else path


def _per_letter(path: Path) -> Path:
    """An output name for several letters: {n} or {name} as given, else '-{name}' added."""
    if "{n}" in str(path) or "{name}" in str(path):
        return path
    return path.with_name(f"{path.stem}-{{name}}{path.suffix}")


@main.command("batch")
@click.argument("table", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--profile", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Values every row shares (a letter data file; may name pack and letter).")
@click.option("--pack", "pack_name", help="The pack, if the profile does not name it.")
@click.option("--letter", "kind", help="The letter kind, if the profile does not name it.")
@click.option("-f", "--format", "fmt", type=click.Choice(BATCH_FORMATS),
              default="pdf", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="One file with every letter (PDF ready to print, or text).")
@click.option("--each", "pattern", help="One file per letter, e.g. 'out/{n}-{name}.pdf' "
                                        "({n} number, {name} recipient, {organization}).")
@click.option("--dry-run", is_flag=True, help="Check every row; render nothing.")
@click.option("--limit", type=click.IntRange(min=1), help="Render only the first N good rows.")
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option("--layout", help="Print layout for PDF, e.g. us-10-window.")
@click.option("--fixed-date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Use this creation date, for byte-identical output.")
@click.option("-j", "--jobs", type=click.IntRange(min=1, max=64), default=1, show_default=True,
              help="Worker processes for PDF layout (use your cores).")
@_user_errors
def batch_command(table: Path, profile: Path | None, pack_name: str | None, kind: str | None,
                  fmt: str, output: Path | None, pattern: str | None, dry_run: bool,
                  limit: int | None, force: bool, layout: str | None,
                  fixed_date: datetime.datetime | None, jobs: int) -> None:
    """Render one letter per row of TABLE (CSV or YAML list), e.g. for a mail merge."""
    from .batch import BatchJob, read_rows, run_batch, split_profile

    shared, profile_pack, profile_letter = split_profile(profile)
    pack_ref = pack_name or profile_pack
    kind = kind or profile_letter
    if not isinstance(pack_ref, str) or not isinstance(kind, str):
        raise DataError("name the pack and the letter kind, with --pack and --letter or in "
                          "the profile", None, code="RJ208")
    pack = load_pack(pack_ref, relative_to=profile.parent if profile else None)
    rows = list(read_rows(table, pack))
    inputs = (table, *(data_files(profile) if profile is not None else ()),
              *_profile_image(shared))
    options = PrintOptions(layout=layout, created=fixed_date.replace(
        tzinfo=datetime.UTC) if fixed_date else None)
    judge_choices(options, names=OPTION_NAMES)
    job = BatchJob(pack=pack, kind=kind, rows=rows, profile=shared, fmt=fmt, output=output,
                   pattern=pattern, dry_run=dry_run, limit=limit, overwrite=force,
                   options=options, inputs=inputs, jobs=jobs)
    if sys.stderr.isatty() and rows:
        with click.progressbar(length=len(rows), label="checking rows", file=sys.stderr) as bar:
            report = run_batch(job, bar.update)
    else:
        report = run_batch(job)
    for number, problems in sorted(report.failed.items()):
        for problem in problems:
            _echo(one_line(f"row {number}: {problem}"))
    for path in report.written:
        _echo(one_line(f"wrote {path}"))
    verb = "checked" if dry_run else "rendered"
    count = report.checked - len(report.failed) if dry_run else report.rendered
    failed = sorted(report.failed)
    summary = f"{verb} {count} letter(s) from {report.checked} row(s)"
    if failed:
        summary += f"; {len(failed)} row(s) failed: {', '.join(map(str, failed))}"
    _echo(summary)
    sys.exit(EXIT_RULES if failed else EXIT_CLEAN)


@main.command("preview")
@click.argument("target")
@click.option("--port", type=click.IntRange(0, 65535), default=8740, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@_user_errors
def preview_command(target: str, port: int) -> None:
    """Show TARGET (a letter data file, or a pack's name or folder) in the browser.

    The letter appears as HTML and as PDF pages side by side, with its
    diagnostics at their file and line, and is rendered again each time the
    data, the pack, its sections or its stylesheet are saved.
    """
    from .errors import RenderError
    from .pack import load_pack as find_pack
    from .preview import PreviewServer, PreviewSession

    with path_errors(_target_refused(target)):
        named = not Path(target).is_file() and not Path(target).is_dir()
    if named:
        find_pack(target)  # an unknown name is refused here, with suggestions
    try:
        server = PreviewServer(PreviewSession(target), port)
    except OSError as exc:
        raise RenderError(f"cannot serve the preview on 127.0.0.1:{port}: {exc.strerror}",
                          code="RJ470",
                          hint="another program may use that port; pass --port 0 for any "
                               "free port") from None
    click.echo(f"preview: {server.url} (Ctrl-C to stop)", err=True)
    server.serve_until_interrupted()


@main.command("check")
@click.argument("targets", nargs=-1, required=True)
@click.option("--format", "report_format", type=click.Choice(["human", "json", "sarif"]),
              default="human", show_default=True,
              help="human: one line per finding on standard error; json or sarif: one "
                   "report on standard output, for programs and code-scanning tools.")
@_user_errors
def check_command(targets: tuple[str, ...], report_format: str) -> None:
    """Check letter data files, pack folders or packs by name; print every finding.

    The exit status is the same in every format: 0 clean (warnings allowed),
    1 errors found, 2 a target could not be read.
    """
    found: list[Diagnostic] = []
    bad_input = False
    with budget():  # one budget for the whole run, besides each letter's own
        for target in targets:
            try:
                path = Path(target)
                with path_errors(_target_refused(target)):
                    if path.suffix.lower() in (".yaml", ".yml") and not path.exists():
                        raise DataError(f"no such file: {target}", Location(target),
                                        code="RJ102", hint="check the path")
                    as_file = path.is_file() or path.suffix.lower() in (".yaml", ".yml")
                if as_file:
                    # a .yaml target that is a folder or FIFO is read as a file and
                    # refused as one (RJ102), not looked up as a pack
                    for letter in letters_from_file(path):
                        found.extend(d for d in validate(letter) if d not in found)
                else:
                    # imported here: every other command would pay for the pack
                    # checker and the authoring helpers it brings
                    from .pack_check import check_pack

                    pack = load_pack(target)
                    # a pack from outside is rendered in every format as well, so a
                    # clean check means it renders; the built-in packs are tested so
                    found.extend(check_pack(pack, render_samples=pack.source != "built-in"))
            except LetterHasErrors as exc:
                found.extend(exc.diagnostics)
            except RejectletError as exc:
                found.extend(exc.diagnostics)
                bad_input = True
    errors = sum(1 for d in found if d.severity is Severity.ERROR)
    warnings = len(found) - errors
    if report_format != "human":
        _print_report(found, report_format, bad_input)
        sys.exit(EXIT_BAD_INPUT if bad_input else EXIT_RULES if errors else EXIT_CLEAN)
    _print_diagnostics(found)
    if bad_input:
        sys.exit(EXIT_BAD_INPUT)
    if errors:
        _echo(f"{errors} error(s), {warnings} warning(s)")
        sys.exit(EXIT_RULES)
    click.echo(f"ok: {warnings} warning(s)" if warnings else "ok", err=True)


def _print_report(found: Sequence[Diagnostic], report_format: str, bad_input: bool) -> None:
    """A whole report as JSON on standard output: nothing else is printed there."""
    import json

    from .reports import json_report, sarif_log

    report = sarif_log(found) if report_format == "sarif" else \
        json_report(found, bad_input=bad_input)
    _product(json.dumps(report, indent=2, ensure_ascii=False) + "\n", is_json=True)


@main.group("packs", invoke_without_command=True)
@click.pass_context
@_user_errors
def packs_command(context: click.Context) -> None:
    """List the packs rejectlet can find (built-in first, then installed)."""
    if context.invoked_subcommand is not None:
        return
    problems: list[Diagnostic] = []
    infos = find_packs(problems)
    _print_diagnostics(problems)
    if not infos:
        click.echo("no packs found")
        return
    rows = [("NAME", "VERSION", "SOURCE", "LETTERS")] + [
        (i.name, i.version, i.source, ", ".join(i.letters)) for i in infos]
    widths = [max(len(row[c]) for row in rows) for c in range(3)]
    for row in rows:
        _echo("  ".join(cell.ljust(widths[c]) for c, cell in enumerate(row[:3]))
              + "  " + row[3], err=False)


@packs_command.command("show")
@click.argument("name")
@click.option("--sections", is_flag=True,
              help="List the sections instead: ids, kinds, the letters that use each, and "
                   "their text (the ids a pack that extends this one overrides).")
@_user_errors
def packs_show(name: str, sections: bool) -> None:
    """Show a pack's letters, variables and rules."""
    from .pack_info import describe_pack, describe_sections

    pack = load_pack(name)
    _echo(describe_sections(pack) if sections else describe_pack(pack), err=False, nl=False)


@main.group("new")
def new_command() -> None:
    """Create a pack or a letter data file to start from."""


@new_command.command("pack")
@click.argument("name")
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("."), show_default=True, help="Where to create the pack folder.")
@click.option("--extends", "parent", help="Build on this pack (a name or folder): the new "
                                          "pack overrides nothing yet and copies its samples.")
@_user_errors
def new_pack_command(name: str, folder: Path, parent: str | None) -> None:
    """Create a working pack NAME (one letter, sample data, a README)."""
    from .scaffold import new_pack

    created = new_pack(name, folder, extends=load_pack(parent) if parent else None)
    from .shell_words import command_line

    _echo(f"created {created}; check it with: {command_line('rejectlet', 'check', str(created))}")


@new_command.command("letter")
@click.option("--pack", "pack_name", required=True, help="A pack name or folder.")
@click.option("--letter", "kind", default="reply", show_default=True, help="The letter kind.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@_user_errors
def new_letter_command(pack_name: str, kind: str, output: Path | None, force: bool) -> None:
    """Write a letter data file with every value the letter uses, ready to fill in."""
    from .scaffold import new_letter

    pack = load_pack(pack_name)
    text = new_letter(pack, kind,
                      pack_reference=str(pack.root) if pack.source == "folder" else None)
    if output is None or str(output) == "-":
        _product(text)
        return
    write_atomic(output, text, overwrite=force, protected=pack_folders(pack))
    _echo(one_line(f"wrote {output}"))


@main.command("schema")
@click.argument("what", type=click.Choice(["pack", "letter"]))
@click.option("--pack", "pack_name", help="For letter: the schema of this pack's data.")
@click.option("--letter", "kind", help="With --pack: the values this letter kind needs, "
                                       "nested, for a program or a form.")
@_user_errors
def schema_command(what: str, pack_name: str | None, kind: str | None) -> None:
    """Print the JSON Schema of pack files or letter data files."""
    from . import schema

    if what == "pack":
        _product(schema.dumps(schema.pack_schema()), is_json=True)
    else:
        if kind is not None and pack_name is None:
            raise DataError("--letter needs --pack: letter kinds belong to a pack", None,
                            code="RJ208", hint="add --pack classic (or your pack)")
        pack = load_pack(pack_name) if pack_name else None
        _product(schema.dumps(schema.letter_schema(pack, kind)), is_json=True)


if __name__ == "__main__":  # pragma: no cover
    main()
