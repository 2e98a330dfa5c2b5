"""A file name argument's own code runs at most once, at the door, guarded.

``reminder(letter, data_file=…)`` read a ``str`` subclass through its own
``__str__`` and a path-like object through ``os.fsdecode``, and what either
raised escaped raw. Every public function that takes a file name now reads a
``str`` subclass as its text and asks a path-like object for its name once,
turning a failure into RJ901 at the argument.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import Any

import pytest

import rejectlet
from rejectlet.reminders import reminder
from tests.security._support import ROOT
from tests.security.test_email_encoded_words import compose_with

EXAMPLE = ROOT / "examples" / "reply.yaml"


class _Name(str):
    def __str__(self) -> str:
        raise ZeroDivisionError("the argument's own __str__ ran")

    __fspath__ = __str__


class _Raising:
    def __fspath__(self) -> str:
        raise ZeroDivisionError("the argument's own __fspath__ ran")


class _NotAName:
    def __fspath__(self) -> Any:
        return 5


class _OwnPath(pathlib.PosixPath):
    def __fspath__(self) -> str:
        raise ZeroDivisionError("the argument's own __fspath__ ran")


FUNCTIONS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "reminder": ("reminder(data_file)",
                 lambda name: reminder(compose_with(date="2026-11-23"), data_file=name)),
    "read_data_file": ("read_data_file(path)", rejectlet.read_data_file),
    "letter_from_file": ("letter_from_file(path)", rejectlet.letter_from_file),
    "letters_from_file": ("letters_from_file(path)", rejectlet.letters_from_file),
    "load_pack": ("load_pack(name_or_path)", rejectlet.load_pack),
}


@pytest.mark.parametrize("function", FUNCTIONS, ids=FUNCTIONS.keys())
@pytest.mark.parametrize("name", [_Raising(), _NotAName(), _OwnPath("x")],
                         ids=["raises", "not-a-name", "path-subclass"])
def test_a_path_like_whose_name_fails_is_refused_at_the_argument(function: str,
                                                                 name: Any) -> None:
    where, call = FUNCTIONS[function]
    with pytest.raises(rejectlet.ArgumentError) as caught:
        call(name)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ901"
    assert diagnostic.location is not None and diagnostic.location.key == where


def test_a_str_subclass_data_file_is_read_as_its_text() -> None:
    calendar = reminder(compose_with(date="2026-11-23"), data_file=_Name("my-reply.yaml"))
    assert "my-reply.yaml" in calendar.to_ical().decode("utf-8").replace("\r\n ", "")


def test_a_str_subclass_file_name_is_read_as_its_text() -> None:
    letters = rejectlet.letters_from_file(_Name(str(EXAMPLE)))
    assert len(letters) == 1


def test_a_path_still_names_a_pack_folder() -> None:
    assert rejectlet.load_pack(ROOT / "packs" / "classic").name == "classic"


class _OwnList(list[Any]):
    def extend(self, *_: Any) -> None:
        raise RuntimeError("the list's own extend ran")

    def append(self, *_: Any) -> None:
        raise RuntimeError("the list's own append ran")


def test_find_packs_fills_a_list_subclass_through_the_base_type() -> None:
    problems = _OwnList()
    packs = rejectlet.find_packs(problems=problems)
    assert "classic" in [info.name for info in packs]
