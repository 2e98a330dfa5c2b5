"""What a letter keeps of its checked data is a small digest, not a copy of it.

``validate()`` keeps its findings on the letter, with a stamp of the data they
were found for, so a later call (``render`` validates too) runs no rule again
unless the data changed. A letter written once per person carries the whole
request's data, so a stamp that was a text of all of it held one copy of the
request per letter: fifty letters of a panel, 1.6 GB. The stamp is now a
16-byte digest built one value at a time, and still tells changed data apart.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

import pytest

import rejectlet
from tests.conftest import EXAMPLE


def _kept_stamp(letter: rejectlet.Letter) -> Any:
    kept = getattr(letter, "_validation", None)
    assert kept is not None
    return kept[1]


def _big_letter() -> rejectlet.Letter:
    data = rejectlet.read_data_file(EXAMPLE)
    pack = rejectlet.load_pack("classic")
    long_words = ("I build demand forecasts for regional teams. " * 500)[:19_990]
    return rejectlet.compose(pack, "reply", data, strengths=long_words,
                             detail=long_words.replace("build", "built"))


def test_the_kept_stamp_does_not_grow_with_the_data() -> None:
    letter = _big_letter()
    rejectlet.validate(letter)
    assert len(_kept_stamp(letter)) <= 32


def test_a_change_made_in_place_is_still_seen() -> None:
    letter = _big_letter()
    before = _kept_stamp(letter) if rejectlet.validate(letter) is not None else None
    data = letter.data
    if isinstance(data, dict):  # a frozen letter whose data a caller can still reach
        data["organization"] = "Another Ltd"
        rejectlet.validate(letter)
        assert _kept_stamp(letter) != before
    again = _big_letter()
    rejectlet.validate(again)
    kept = _kept_stamp(again)
    rejectlet.validate(again)  # unchanged: the kept outcome is used, its stamp the same
    assert _kept_stamp(again) == kept


class _Hostile:
    def __repr__(self) -> str:
        raise RuntimeError("a program's own method ran")

    __str__ = __repr__


class _HostileText(str):
    def __repr__(self) -> str:
        raise RuntimeError("a program's own method ran")

    __str__ = __repr__


def _deep(levels: int) -> object:
    value: object = "leaf"
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize("value", [_Hostile(), _HostileText("Analyst"), _deep(100_000)],
                         ids=["object", "str-subclass", "deep-list"])
@pytest.mark.parametrize("key", ["role", "met_with"])
def test_the_stamp_runs_no_code_of_the_caller_and_reads_no_depth(key: str,
                                                                 value: object) -> None:
    letter = dataclasses.replace(_big_letter(), data={**_big_letter().data, key: value})
    # refused with our own code is fine; the caller's error or an overflow is not
    with contextlib.suppress(rejectlet.RejectletError):
        rejectlet.validate(letter)
