"""Turning data values into words: names, lists and dates, per language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

_AND = {"en": "and", "de": "und", "es": "y", "fr": "et"}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def plain_value(value: Any, language: str = "en") -> str:
    """How a value reads in a letter: lists as 'A, B and C', dates spelt out."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return long_date(value, language)
    if isinstance(value, list | tuple):
        return join_names(value, language)
    return str(value)


def join_names(items: Iterable[Any], language: str = "en") -> str:
    """Join names as a person writes them: 'Ana', 'Ana and Ben', 'Ana, Ben and Cy'."""
    names = [str(item) for item in items if str(item).strip()]
    if len(names) <= 1:
        return "".join(names)
    word = _AND.get(language.split("-")[0], "and")
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def add_days(value: Any, days: Any) -> Any:
    """A date some days later, for follow-up promises; non-dates pass through."""
    if isinstance(value, dt.date) and isinstance(days, int) and not isinstance(days, bool):
        try:
            return value + dt.timedelta(days=max(-3650, min(days, 3650)))
        except OverflowError:
            return value
    return value


def long_date(value: Any, language: str = "en") -> str:
    """A date written out in full ('November 23, 2026'), locale-independent for English."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        return str(value)
    if language.lower() in ("en", "en-us", "en_us"):
        return f"{_MONTHS_EN[value.month - 1]} {value.day}, {value.year}"
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    try:
        return str(format_date(value, format="long", locale=language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return value.isoformat()


_PS_LABELS = {"en": "P.S.", "de": "PS:", "es": "P. D.", "fr": "P.-S."}
_SUBJECT_LABELS = {"en": "Subject:", "de": "Betreff:", "es": "Asunto:", "fr": "Objet :"}


def subject_label(language: str) -> str:
    """How a subject line is introduced in plain text, in the letter's language."""
    return _SUBJECT_LABELS.get(language.split("-")[0], "Subject:")


#: Languages whose printed business letters carry the subject as a line of their
#: own above the salutation (DIN 5008's Betreff); elsewhere it stays in the email.
_SUBJECT_IN_PRINT = frozenset({"de"})


def subject_in_print(language: str) -> bool:
    """Whether a printed letter in this language shows its subject line."""
    return language.split("-")[0] in _SUBJECT_IN_PRINT


def ps_label(language: str) -> str:
    """How a postscript is introduced in the letter's language."""
    return _PS_LABELS.get(language.split("-")[0], "P.S.")


_ENCLOSURE = {"en": ("Enclosure", "Enclosures"), "de": ("Anlage", "Anlagen"),
              "es": ("Anexo", "Anexos"), "fr": ("Pièce jointe", "Pièces jointes")}
_COPY = {"en": "cc:", "de": "Kopie an:", "es": "c. c.:", "fr": "Copie à :"}


def enclosure_label(language: str, count: int) -> str:
    """'Enclosure' or 'Enclosures' in the letter's language."""
    one, many = _ENCLOSURE.get(language.split("-")[0], _ENCLOSURE["en"])
    return one if count == 1 else many


def copy_label(language: str) -> str:
    """The label before the names a printed letter is copied to."""
    return _COPY.get(language.split("-")[0], _COPY["en"])
