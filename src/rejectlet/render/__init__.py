"""Rendering a composed letter to an output format; validation comes first."""

from __future__ import annotations

from typing import Literal, overload

from ..errors import LetterHasErrors, RenderError
from ..model import Letter
from ..validate import validate
from .document import DocumentOptions, build_html
from .text import render_text

FORMATS = ("text", "html", "pdf")
Format = Literal["text", "html", "pdf"]


@overload
def render(letter: Letter, format: Literal["text", "html"], *, force: bool = ...,
           page_size: str | None = ...) -> str: ...
@overload
def render(letter: Letter, format: Literal["pdf"], *, force: bool = ...,
           page_size: str | None = ...) -> bytes: ...
@overload
def render(letter: Letter, format: str, *, force: bool = ...,
           page_size: str | None = ...) -> str | bytes: ...


def render(letter: Letter, format: str, *, force: bool = False,
           page_size: str | None = None) -> str | bytes:
    """Render ``letter`` as ``text`` (str), ``html`` (str) or ``pdf`` (bytes).

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
    from .pdf import render_pdf

    return render_pdf(letter, page_size)


__all__ = ["FORMATS", "render"]
