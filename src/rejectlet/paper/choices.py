"""Judging the names a caller picks in :class:`PrintOptions`, before any layout.

A layout, card, sheet, page size or PDF variant is a name looked up in a table.
A name the table lacks is the caller's mistake, so it is refused at the field
that holds it (``PrintOptions(layout)`` through the API, ``--layout`` on the
command line) and before anything is laid out, whichever output asked for it:
the caller learns which of several choices to change, and a name no table knows
never reaches code that would fail on it with a bare ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..diagnostics import Location
from ..errors import RenderError
from ..suggest import shown_name
from .formats import Formats, load_formats
from .options import PrintOptions
from .units import PAPER

#: The page sizes a letter can be laid out on without naming a layout.
PAGE_SIZES = ("letter", "a4")
#: The PDF variants the writer produces.
PDF_VARIANTS = ("pdf/a-2b", "pdf/a-3b", "pdf/ua-1")


def field_name(field: str) -> str:
    """How the API names a field of the options, as a located argument."""
    return f"PrintOptions({field})"


def judge_choices(options: PrintOptions, *,
                  names: Mapping[str, str] | None = None) -> Formats:
    """Refuse any name in ``options`` that no table knows, at its field, and give
    the formats the names were judged against. ``names`` says how the caller
    calls each field (the command line passes its option names)."""
    def where(field: str) -> Location:
        return Location.of_argument((names or {}).get(field) or field_name(field))

    formats = load_formats(options.formats_file)
    if options.layout:
        formats.layout(options.layout, where("layout"))
    if options.card:
        formats.card(options.card, where("card"))
    if options.sheet:
        judge_sheet(options.sheet, where("sheet"))
    if options.page_size:
        judge_page_size(options.page_size, where("page_size"))
    if options.pdf_variant:
        judge_pdf_variant(options.pdf_variant, where("pdf_variant"))
    return formats


def judge_page_size(value: str, where: Location | None) -> str:
    """The page size in lower case; any other is RJ411 at ``where``."""
    size = value.lower()
    if size not in PAGE_SIZES:
        raise RenderError(f"unknown page size {shown_name(value)}", where, code="RJ411",
                          hint="use one of: letter, a4")
    return size


def judge_sheet(value: str, where: Location | None) -> str:
    """A sheet for a folded card is a paper the imposition knows (RJ411 otherwise)."""
    if value not in PAPER:
        raise RenderError(f"unknown sheet {shown_name(value)} for a folded card", where,
                          code="RJ411", hint=f"use one of: {', '.join(PAPER)}")
    return value


def judge_pdf_variant(value: str, where: Location | None) -> str:
    """The PDF variant in lower case; any other is RJ415 at ``where``."""
    variant = value.lower()
    if variant not in PDF_VARIANTS:
        raise RenderError(f"unknown PDF variant {shown_name(value)}", where, code="RJ415",
                          hint="use pdf/a-2b")
    return variant
