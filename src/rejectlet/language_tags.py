"""The language tag a pack writes, judged once and reported the same everywhere.

A pack's ``language`` goes into the ``lang`` attribute of every HTML document,
the email's HTML part and the PDF, and picks the words and date formats. A tag
Babel does not know only makes those fall back to defaults, and ``rejectlet
check`` reports it; but a value not even shaped like a BCP 47 tag (``../../x``,
``en" onload=``) is no language at all, so checking a letter refuses it too, at
the ``language`` key of pack.yaml, and no format is written with it.
"""

from __future__ import annotations

import re

from .diagnostics import Diagnostic, Fix, Location, Severity
from .suggest import quoted

#: The shape of a BCP 47 tag: a primary subtag of letters, then subtags of letters
#: and digits joined by '-', nothing else (RFC 5646, section 2.1).
_TAG_SHAPE = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
#: The narrower shape of the tags Babel is asked about: a two- or three-letter language.
_BABEL_SHAPE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
#: Longer than any tag a language needs (RFC 5646 asks room for 35 characters).
MAX_TAG_CHARS = 64
#: What the tag's checks say when the tag is not usable.
TAG_HINT = "write a language tag such as en, en-GB, de or fr-CA"

#: Words authors write instead of a tag, for the hint; Babel's language names cover the rest.
_LANGUAGE_WORDS = {
    "british": "en-GB", "uk": "en-GB", "english-uk": "en-GB", "american": "en-US",
    "us": "en-US", "australian": "en-AU", "canadian": "en-CA", "irish": "en-IE",
    "deutsch": "de", "austrian": "de-AT", "swiss": "de-CH", "francais": "fr",
    "français": "fr", "espanol": "es", "español": "es", "mexican": "es-MX",
    "brazilian": "pt-BR", "dutch": "nl", "flemish": "nl-BE",
}


def has_tag_shape(tag: str) -> bool:
    """Whether ``tag`` is shaped like a BCP 47 tag (whether or not Babel knows it)."""
    return len(tag) <= MAX_TAG_CHARS and _TAG_SHAPE.fullmatch(tag) is not None


def known_language(tag: str) -> bool:
    """Whether ``tag`` is a tag in the form rejectlet writes that Babel knows."""
    from babel import Locale, UnknownLocaleError

    if not has_tag_shape(tag) or _BABEL_SHAPE.fullmatch(tag) is None:
        return False
    try:
        Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def language_suggestion(tag: str) -> str | None:
    """A tag Babel knows for what the author probably meant, or None."""
    if len(tag) > MAX_TAG_CHARS:
        return None
    candidate = tag.strip().replace("_", "-")
    if candidate != tag and known_language(candidate):
        return candidate
    word = tag.strip().lower()
    if word in _LANGUAGE_WORDS:
        return _LANGUAGE_WORDS[word]
    from babel import Locale

    names = Locale("en").languages
    for code, name in names.items():
        if name.lower() == word and known_language(code.replace("_", "-")):
            return str(code).replace("_", "-")
    return None


def language_problem(tag: str, where: Location | None) -> Diagnostic:
    """RJ126 for ``tag`` at ``where``, with the likely tag as its fix when there is one."""
    suggestion = language_suggestion(tag)
    hint = TAG_HINT
    if suggestion:
        hint = f"did you mean {quoted(suggestion)}? " + hint
    shown = tag if len(tag) <= MAX_TAG_CHARS else tag[:MAX_TAG_CHARS] + "…"
    return Diagnostic(
        "RJ126", Severity.ERROR,
        f"language {quoted(shown)} is not a language tag rejectlet knows, so dates and "
        f"words would fall back to defaults", where, hint,
        fix=Fix(tag, suggestion, "use the language tag") if suggestion else None)


def malformed_language(language: str, where: Location | None) -> list[Diagnostic]:
    """RJ126 when the letter's language is not even shaped like a tag, else nothing."""
    if has_tag_shape(language):
        return []
    return [language_problem(language, where)]
