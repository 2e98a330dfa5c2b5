"""What a program passes to ``render`` as a choice is quoted short and never run.

An unknown output format, layout, card, sheet, page size or PDF variant of a
million characters was copied whole into its message (a service may take the
format from a request's ``?format=``); each is now quoted by its first 200
characters. A ``PrintOptions(created=…)`` datetime whose time zone is a
program's own class ran that class's ``utcoffset`` when the PDF's dates were
written; it is RJ901 at the field, and a datetime subclass is read as a plain
datetime.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions
from tests.security.test_email_encoded_words import compose_with

HUGE = "x" * 1_000_000


@pytest.fixture(scope="module")
def letter() -> rejectlet.Letter:
    return compose_with()


CHOICES: dict[str, tuple[str, dict[str, Any]]] = {
    "format": (HUGE, {}),
    "page-size": ("pdf", {"page_size": HUGE}),
    "layout": ("pdf", {"options": PrintOptions(layout=HUGE)}),
    "card": ("pdf", {"options": PrintOptions(card=HUGE)}),
    "sheet": ("pdf", {"options": PrintOptions(card="a6-note", folded=True, sheet=HUGE)}),
    "pdf-variant": ("pdf", {"options": PrintOptions(pdf_variant=HUGE)}),
}


@pytest.mark.parametrize("choice", CHOICES, ids=CHOICES.keys())
def test_an_unknown_choice_is_quoted_short(letter: rejectlet.Letter, choice: str) -> None:
    fmt, extra = CHOICES[choice]
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, fmt, force=True, **extra)  # type: ignore[call-overload]
    assert caught.value.diagnostics
    assert all(len(str(d)) < 2_000 for d in caught.value.diagnostics)


class _OwnZone(dt.tzinfo):
    def utcoffset(self, _: dt.datetime | None) -> dt.timedelta:
        raise ZeroDivisionError("the zone's own utcoffset ran")

    def tzname(self, _: dt.datetime | None) -> str:
        raise ZeroDivisionError("the zone's own tzname ran")

    def dst(self, _: dt.datetime | None) -> dt.timedelta:
        raise ZeroDivisionError("the zone's own dst ran")


def test_a_creation_date_in_a_zone_of_the_programs_own_class_is_refused() -> None:
    with pytest.raises(rejectlet.ArgumentError) as caught:
        PrintOptions(created=dt.datetime(2026, 1, 1, tzinfo=_OwnZone()))
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ901"
    assert diagnostic.location is not None
    assert diagnostic.location.key == "PrintOptions(created)"


class _Moment(dt.datetime):
    def isoformat(self, *_: Any, **__: Any) -> str:
        raise ZeroDivisionError("the value's own isoformat ran")


def test_a_creation_date_is_kept_as_a_plain_datetime() -> None:
    zone = dt.timezone(dt.timedelta(hours=1))
    options = PrintOptions(created=_Moment(2026, 1, 2, 3, 4, tzinfo=zone))
    assert type(options.created) is dt.datetime
    assert options.created == dt.datetime(2026, 1, 2, 3, 4, tzinfo=zone)
