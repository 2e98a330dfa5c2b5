"""Rendering a composed letter to an output format; validation comes first.

The formats are listed once, in :mod:`rejectlet.renderers.output_formats`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ..arguments import expect
from ..diagnostics import Location
from ..errors import LetterHasErrors, RenderError
from ..letter_shape import expect_letter
from ..model import Letter
from ..paper.options import PrintOptions, plain_options
from ..suggest import shown_name
from ..type_reading import kind_name
from ..validation import refuse_malformed_language, validate
from .output_formats import FORMATS, OUTPUT_FORMATS, BytesFormat, MessageFormat, TextFormat
from .unicode_guard import refuse_invalid_unicode

if TYPE_CHECKING:
    from email.message import EmailMessage


@overload
def render(letter: Letter, format: TextFormat, *, force: bool = ...,
           page_size: str | None = ...,
           options: PrintOptions | None = ...) -> str: ...
@overload
def render(letter: Letter, format: BytesFormat, *, force: bool = ...,
           page_size: str | None = ...,
           options: PrintOptions | None = ...) -> bytes: ...
@overload
def render(letter: Letter, format: MessageFormat, *, force: bool = ...,
           page_size: str | None = ...,
           options: PrintOptions | None = ...) -> EmailMessage: ...
@overload
def render(letter: Letter, format: str, *, force: bool = ...,
           page_size: str | None = ...,
           options: PrintOptions | None = ...) -> str | bytes | EmailMessage: ...


def render(letter: Letter, format: str, *, force: bool = False,
           page_size: str | None = None,
           options: PrintOptions | None = None) -> str | bytes | EmailMessage:
    """Render ``letter`` as ``text`` (str), ``html`` (str), ``pdf`` (bytes), ``email``
    (an :class:`email.message.EmailMessage`), ``mailto`` (a link, str) or
    ``envelope`` (PDF bytes). ``options`` chooses layouts, cards and PDF variants.

    The letter is validated first; one that breaks an error-level rule is
    refused with :class:`LetterHasErrors` listing why, unless ``force=True``.
    """
    expect_letter(letter, "render(letter)")
    is_text = issubclass(type(format), str)  # by type alone: the object's code never runs
    entry = OUTPUT_FORMATS.get(str.__str__(format)) if is_text else None
    if entry is None:
        shown = shown_name(str.__str__(format)) if is_text else \
            f"of type {kind_name(type(format))}"
        raise RenderError(f"unknown output format {shown}", Location.of_argument(
            "render(format)"), code="RJ413", hint=f"use one of: {', '.join(FORMATS)}")
    expect(page_size, str, "render(page_size)", "letter or a4", optional=True)
    expect(options, PrintOptions, "render(options)", "a rejectlet PrintOptions",
           optional=True)
    plain = plain_options(options)
    refuse_invalid_unicode(letter, entry.name)
    refuse_malformed_language(letter.pack)
    if not force:
        errors = [d for d in validate(letter) if d.is_error]
        if errors:
            raise LetterHasErrors(errors)
    return entry.renderer(letter, page_size, plain)


__all__ = ["FORMATS", "render"]
