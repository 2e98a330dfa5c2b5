"""The ``rejectlet`` command: a thin layer over the library.

It parses arguments, calls the public API and prints diagnostics one per line.
A user's mistake never shows a traceback: it prints the problem and exits 2.
Exit codes: 0 clean (warnings allowed), 1 the letter breaks rules, 2 bad input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .compose import letter_from_file
from .diagnostics import Diagnostic, Severity
from .errors import LetterHasErrors, RejectletError
from .output import write_atomic
from .pack_check import check_pack
from .packs import find_packs, load_pack
from .render import FORMATS, render
from .validate import validate

EXIT_CLEAN, EXIT_RULES, EXIT_BAD_INPUT = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        click.echo(str(diagnostic), err=True)


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


@main.command("render")
@click.argument("data", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Output file ('-' for standard output). Text and HTML default to standard "
                   "output; PDF to DATA's name with .pdf.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--allow-errors", is_flag=True,
              help="Render even if the letter breaks error-level rules.")
@click.option("--page-size", type=click.Choice(["letter", "a4"], case_sensitive=False),
              help="Paper size for PDF (default: the pack's).")
@_user_errors
def render_command(data: Path, fmt: str, output: Path | None, force: bool, allow_errors: bool,
                   page_size: str | None) -> None:
    """Render the letter described by the DATA file (it names its pack and letter)."""
    letter = letter_from_file(data)
    diagnostics = validate(letter)
    warnings = [d for d in diagnostics if not d.is_error]
    errors = [d for d in diagnostics if d.is_error]
    if errors and not allow_errors:
        raise LetterHasErrors(errors + warnings)
    _print_diagnostics(warnings if not allow_errors else diagnostics)
    result = render(letter, fmt, force=True, page_size=page_size)
    if output is None and fmt == "pdf":
        output = Path(data.stem + ".pdf")
    if output is None or str(output) == "-":
        if isinstance(result, bytes):
            sys.stdout.buffer.write(result)
        else:
            click.echo(result, nl=False)
        return
    write_atomic(output, result, overwrite=force, inputs=[data])
    click.echo(f"wrote {output}", err=True)


@main.command("check")
@click.argument("targets", nargs=-1, required=True)
@_user_errors
def check_command(targets: tuple[str, ...]) -> None:
    """Check letter data files, pack folders or packs by name; print every finding."""
    found: list[Diagnostic] = []
    bad_input = False
    for target in targets:
        try:
            path = Path(target)
            if path.is_file():
                found.extend(validate(letter_from_file(path)))
            else:
                found.extend(check_pack(load_pack(target)))
        except LetterHasErrors as exc:
            found.extend(exc.diagnostics)
        except RejectletError as exc:
            found.extend(exc.diagnostics)
            bad_input = True
    _print_diagnostics(found)
    errors = sum(1 for d in found if d.severity is Severity.ERROR)
    warnings = len(found) - errors
    if bad_input:
        sys.exit(EXIT_BAD_INPUT)
    if errors:
        click.echo(f"{errors} error(s), {warnings} warning(s)", err=True)
        sys.exit(EXIT_RULES)
    click.echo(f"ok: {warnings} warning(s)" if warnings else "ok", err=True)


@main.command("packs")
@_user_errors
def packs_command() -> None:
    """List the packs rejectlet can find."""
    infos = find_packs()
    if not infos:
        click.echo("no packs found")
        return
    width = max(len(info.name) for info in infos)
    for info in infos:
        click.echo(f"{info.name:<{width}}  {info.version:<8}  {info.source:<9}  "
                   f"{', '.join(info.letters)}")


if __name__ == "__main__":  # pragma: no cover
    main()
