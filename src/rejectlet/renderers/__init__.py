"""Rendering a composed letter to an output format; validation comes first.

The formats are listed once, in :mod:`rejectlet.renderers.output_formats`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ..errors import LetterHasErrors, RenderError
from ..model import Letter
from ..paper.options import PrintOptions
from ..validation import validate
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
    entry = OUTPUT_FORMATS.get(format)
    if entry is None:
        raise RenderError(f"unknown output format {format!r}", None, code="RJ413",
                          hint=f"use one of: {', '.join(FORMATS)}")
    refuse_invalid_unicode(letter, entry.name)
    if not force:
        errors = [d for d in validate(letter) if d.is_error]
        if errors:
            raise LetterHasErrors(errors)
    return entry.renderer(letter, page_size, options or PrintOptions())


__all__ = ["FORMATS", "render"]
