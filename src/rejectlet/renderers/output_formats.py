"""The output formats, listed once: what each is called, what it gives, how it is made.

The public :func:`rejectlet.render`, its typing overloads, the command line
(``-f``), batch and the default output names all read this table, so a new
format is one entry here plus its renderer module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeAlias

from ..model import Letter
from ..paper.options import PrintOptions

if TYPE_CHECKING:  # the email package loads only when a message is made
    from email.message import EmailMessage

#: Formats whose result is text (str), bytes, or an email message; the overloads
#: of ``render`` use these, and a test holds them to the table.
TextFormat = Literal["text", "html", "mailto"]
BytesFormat = Literal["pdf", "envelope"]
MessageFormat = Literal["email"]
Format: TypeAlias = TextFormat | BytesFormat | MessageFormat

Result: TypeAlias = "str | bytes | EmailMessage"
#: letter, page size (PDF only), print options -> the result
Renderer: TypeAlias = Callable[[Letter, str | None, PrintOptions], Result]


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format."""

    #: The name ``render`` takes.
    name: str
    #: What ``rejectlet render -f`` and ``batch -f`` call it.
    cli_name: str
    media_type: str
    #: How an output file's name ends, after the letter's own name.
    suffix: str
    #: What ``render`` returns: "text" (str), "bytes", or "message" (EmailMessage).
    result: Literal["text", "bytes", "message"]
    renderer: Renderer
    #: Whether ``rejectlet batch`` writes it.
    batch: bool = False
    #: How its file is made when that is cheaper than rendering and then
    #: serialising the result (an email's checked bytes are its file).
    file_maker: Callable[[Letter, PrintOptions], bytes] | None = None

    @property
    def extension(self) -> str:
        return self.suffix.rsplit(".", 1)[-1]

    @property
    def binary(self) -> bool:
        """Whether its file is bytes (so the command line writes a file, not the terminal)."""
        return self.result != "text"

    def file_content(self, letter: Letter, options: PrintOptions,
                     page_size: str | None = None) -> str | bytes:
        """What a file of this format holds: the result itself, or a message's bytes."""
        from .unicode_guard import refuse_invalid_unicode

        refuse_invalid_unicode(letter, self.name)
        from ..validation import refuse_malformed_language

        refuse_malformed_language(letter.pack)
        if self.file_maker is not None:
            return self.file_maker(letter, options)
        result = self.renderer(letter, page_size, options)
        if isinstance(result, str | bytes):
            return result
        from .email import message_bytes

        return message_bytes(result)


def _text(letter: Letter, page_size: str | None, options: PrintOptions) -> Result:
    from .text import render_text

    return render_text(letter)


def _html(letter: Letter, page_size: str | None, options: PrintOptions) -> Result:
    from .document import DocumentOptions, build_html

    return build_html(letter, DocumentOptions())


def _pdf(letter: Letter, page_size: str | None, options: PrintOptions) -> Result:
    from .pdf import render_pdf

    return render_pdf(letter, page_size, options)


def _envelope(letter: Letter, page_size: str | None, options: PrintOptions) -> Result:
    from .pdf import render_envelope

    return render_envelope(letter, options=options)


def _email(letter: Letter, page_size: str | None, options: PrintOptions) -> Result:
    from .email import render_email

    return render_email(letter)


def _email_file(letter: Letter, options: PrintOptions) -> bytes:
    from .email import email_file

    return email_file(letter)


def _mailto(letter: Letter, page_size: str | None, options: PrintOptions) -> Result:
    from .email import render_mailto

    return render_mailto(letter)


OUTPUT_FORMATS: dict[str, OutputFormat] = {entry.name: entry for entry in (
    OutputFormat("text", "text", "text/plain; charset=utf-8", ".txt", "text", _text,
                 batch=True),
    OutputFormat("html", "html", "text/html; charset=utf-8", ".html", "text", _html,
                 batch=True),
    OutputFormat("pdf", "pdf", "application/pdf", ".pdf", "bytes", _pdf, batch=True),
    OutputFormat("envelope", "envelope", "application/pdf", "-envelope.pdf", "bytes",
                 _envelope),
    OutputFormat("email", "eml", "message/rfc822", ".eml", "message", _email, batch=True,
                 file_maker=_email_file),
    OutputFormat("mailto", "mailto", "text/uri-list", ".mailto", "text", _mailto),
)}

#: The names ``render`` accepts, in the order they are listed to users.
FORMATS: tuple[str, ...] = tuple(OUTPUT_FORMATS)
#: The names the command line accepts.
CLI_FORMATS: tuple[str, ...] = tuple(entry.cli_name for entry in OUTPUT_FORMATS.values())
#: The names ``rejectlet batch`` accepts.
BATCH_FORMATS: tuple[str, ...] = tuple(entry.cli_name for entry in OUTPUT_FORMATS.values()
                                       if entry.batch)


def by_cli_name(name: str) -> OutputFormat:
    """The format the command line calls ``name`` (one of :data:`CLI_FORMATS`)."""
    return next(entry for entry in OUTPUT_FORMATS.values() if entry.cli_name == name)
