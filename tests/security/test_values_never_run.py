"""A value a program passes is named, never printed or asked to describe itself.

- A wrong value for a ``date`` variable was quoted with ``repr``: an integer of
  thousands of digits failed (ValueError), an object's own ``__repr__`` ran
  inside a list, a list nested 100,000 deep recursed, and megabytes of text were
  copied into the message. It is now named by its kind (a short string quoted).
- A ``datetime`` with a time zone of the program's own class ran that class's
  ``utcoffset`` when it was written out; only the standard library's zones are
  read, any other makes the value opaque (RJ204 naming its type).
- A data mapping whose own ``items()`` raised escaped raw from ``compose``; it
  is RJ201 at the data, as for a nested mapping.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import zoneinfo
from collections.abc import Iterator
from typing import Any

import pytest

import rejectlet
from tests.security.test_email_encoded_words import compose_with


class _Raises:
    def __repr__(self) -> str:
        raise RuntimeError("a value's own __repr__ ran")

    __str__ = __repr__


def _deep(levels: int) -> list[Any]:
    outer: list[Any] = []
    inner = outer
    for _ in range(levels):
        inner.append([])
        inner = inner[0]
    return outer


WRONG_DATES = {
    "huge-int": 10**5000,
    "own-repr-in-list": [_Raises()],
    "own-repr-in-dict": {"a": _Raises()},
    "deep-list": _deep(100_000),
    "huge-text-in-list": ["x" * 10**6],
    "many-texts": ["y" * 20_000] * 1_000,
    "huge-text": "z" * 10**6,
}


@pytest.mark.parametrize("value", WRONG_DATES.values(), ids=WRONG_DATES.keys())
def test_a_wrong_date_is_named_not_printed(value: Any) -> None:
    with pytest.raises(rejectlet.DataError) as caught:
        compose_with(date=value)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ204"
    assert diagnostic.key == "date" or (diagnostic.location is not None
                                        and diagnostic.location.key == "date")
    assert len(str(diagnostic)) < 400


def test_a_short_wrong_date_is_still_quoted() -> None:
    with pytest.raises(rejectlet.DataError) as caught:
        compose_with(date="2026-13-45")
    assert "'2026-13-45'" in caught.value.diagnostics[0].message


class _OwnZone(dt.tzinfo):
    """A time zone a program wrote: every method is its own code."""

    def utcoffset(self, _: dt.datetime | None) -> dt.timedelta:
        raise ZeroDivisionError("a value's own utcoffset ran")

    def tzname(self, _: dt.datetime | None) -> str:
        raise ZeroDivisionError("a value's own tzname ran")

    def dst(self, _: dt.datetime | None) -> dt.timedelta:
        raise ZeroDivisionError("a value's own dst ran")


class _Moment(dt.datetime):
    pass


@pytest.mark.parametrize("key", ["organization", "met_with", "date"])
@pytest.mark.parametrize("kind", [dt.datetime, _Moment], ids=["datetime", "subclass"])
def test_a_datetime_with_a_zone_of_its_own_class_never_runs_it(key: str, kind: type) -> None:
    moment = kind(2026, 1, 2, 9, 30, tzinfo=_OwnZone())
    value: Any = [moment] if key == "met_with" else moment
    with pytest.raises(rejectlet.DataError) as caught:
        compose_with(**{key: value})
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ204"
    assert "_OwnZone" in diagnostic.message


@pytest.mark.parametrize("zone", [dt.timezone(dt.timedelta(hours=2)),
                                  zoneinfo.ZoneInfo("UTC")], ids=["timezone", "zoneinfo"])
def test_a_datetime_in_a_standard_zone_is_written_as_it_is(zone: dt.tzinfo) -> None:
    letter = compose_with(organization=dt.datetime(2026, 1, 2, 9, 30, tzinfo=zone))
    offset = "+02:00" if isinstance(zone, dt.timezone) else "+00:00"
    assert letter.data["organization"] == f"2026-01-02T09:30:00{offset}"


class _Form(collections.abc.Mapping[str, Any]):
    """A host's own mapping (a lazy request form) whose listing fails."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def items(self) -> Any:
        raise RuntimeError("the form's own items() failed")


def test_a_data_mapping_whose_listing_fails_is_a_located_error() -> None:
    pack = rejectlet.load_pack("classic")
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(pack, "reply", _Form({"organization": "Acme"}))
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ201"
    assert diagnostic.location is not None
