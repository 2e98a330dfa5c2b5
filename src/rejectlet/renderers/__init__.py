"""Rendering a composed letter to an output format; validation comes first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from ..errors import LetterHasErrors, RenderError
from ..model import Letter
from ..paper.options import PrintOptions
from ..validation import validate
from .document import DocumentOptions, build_html
from .text import render_text

if TYPE_CHECKING:
    from email.message import EmailMessage

FORMATS = ("text", "html", "pdf", "envelope", "email", "mailto")
Format = Literal["text", "html", "pdf", "envelope", "email", "mailto"]


@overload
def render(letter: Letter, format: Literal["text", "html", "mailto"], *, force: bool = ...,
           page_size: str | None = ...,
           options: PrintOptions | None = ...) -> str: ...
@overload
def render(letter: Letter, format: Literal["pdf", "envelope"], *, force: bool = ...,
           page_size: str | None = ...,
           options: PrintOptions | None = ...) -> bytes: ...
@overload
def render(letter: Letter, format: Literal["email"], *, force: bool = ...,
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
    if format not in FORMATS:
        raise RenderError(f"unknown output format {format!r}", None, code="RJ413",
                          hint=f"use one of: {', '.join(FORMATS)}")
    if not force:
        errors = [d for d in validate(letter) if d.is_error]
        if errors:
            raise LetterHasErrors(errors)
    if format == "text":
        return render_text(letter)
    if format == "html":
        return build_html(letter, DocumentOptions())
    if format in ("email", "mailto"):
        from .email import render_email, render_mailto

        return render_email(letter) if format == "email" else render_mailto(letter)
    from .pdf import render_envelope, render_pdf

    if format == "envelope":
        return render_envelope(letter, options=options)
    return render_pdf(letter, page_size, options)


__all__ = ["FORMATS", "render"]
