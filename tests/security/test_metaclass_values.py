"""A value whose class has a hostile metaclass is judged without running it.

Looking at such a value's class (its ``__name__``, ``__module__``, ``__mro__``,
its hash in a set, ``issubclass`` with an abstract class) runs the metaclass's
own code. Every argument and data door, and every ``Limits`` field, must refuse
the value by its real type's name, located, with nothing of the class run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import rejectlet
from rejectlet.limits import Limits
from tests.security.test_email_encoded_words import compose_with, example_data


class _Ran(Exception):
    pass


class _Meta(type):
    def __getattribute__(cls, name: str) -> Any:
        raise _Ran(f"the metaclass ran for {name}")

    def __hash__(cls) -> int:
        raise _Ran("the metaclass's __hash__ ran")

    def __eq__(cls, other: object) -> bool:
        raise _Ran("the metaclass's __eq__ ran")


def stranger() -> Any:
    """An instance of a class made by :class:`_Meta`. The class is not kept at module
    level: a test collector looking at it would run the metaclass."""
    return _Meta("Stranger", (), {})()


def _pack() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


DOORS: dict[str, tuple[Callable[[], Any], str]] = {
    "load-pack": (lambda: rejectlet.load_pack(stranger()), "RJ901"),
    "compose-pack": (lambda: rejectlet.compose(stranger(), "reply", {}), "RJ901"),
    "compose-kind": (lambda: rejectlet.compose(_pack(), stranger(), {}), "RJ120"),
    "compose-data": (lambda: rejectlet.compose(_pack(), "reply", stranger()), "RJ201"),
    "compose-all-data": (lambda: rejectlet.compose_all(_pack(), "reply", stranger()),
                         "RJ201"),
    "data-value": (lambda: compose_with(role=stranger()), "RJ204"),
    "data-item": (lambda: compose_with(met_with=[stranger()]), "RJ204"),
    "data-date": (lambda: compose_with(date=stranger()), "RJ204"),
    "data-key": (lambda: rejectlet.compose(_pack(), "reply",
                                           {**example_data(), stranger(): 1}), "RJ202"),
    "read-data-file": (lambda: rejectlet.read_data_file(stranger()), "RJ901"),
    "letter-from-file": (lambda: rejectlet.letter_from_file(stranger()), "RJ901"),
    "validate": (lambda: rejectlet.validate(stranger()), "RJ901"),
    "render-letter": (lambda: rejectlet.render(stranger(), "text"), "RJ901"),
    "render-format": (lambda: rejectlet.render(compose_with(), stranger()), "RJ413"),
    "render-options": (lambda: rejectlet.render(compose_with(), "text", options=stranger()),
                       "RJ901"),
    "reminder": (lambda: rejectlet.reminder(stranger()), "RJ901"),
    "find-packs": (lambda: rejectlet.find_packs(stranger()), "RJ901"),
    "budget": (lambda: rejectlet.budget(stranger()).__enter__(), "RJ901"),
    "limits": (lambda: Limits(seconds=stranger()), "RJ901"),
}


@pytest.mark.parametrize("door", DOORS, ids=DOORS.keys())
def test_a_value_of_a_hostile_metaclass_is_refused_by_its_type(door: str) -> None:
    call, code = DOORS[door]
    with pytest.raises(rejectlet.RejectletError) as caught:
        call()
    assert code in [d.code for d in caught.value.diagnostics]
    assert all(d.location is not None for d in caught.value.diagnostics)


class _Raising:
    """A limit whose every own method raises."""

    def __getattribute__(self, name: str) -> Any:
        raise _Ran(name)

    def __float__(self) -> float:
        raise _Ran("__float__")

    def __index__(self) -> int:
        raise _Ran("__index__")

    def __lt__(self, other: object) -> bool:
        raise _Ran("__lt__")

    def __le__(self, other: object) -> bool:
        raise _Ran("__le__")

    def __repr__(self) -> str:
        raise _Ran("__repr__")


class _Count(int):
    def __index__(self) -> int:
        raise _Ran("__index__")

    def __le__(self, other: object) -> bool:
        raise _Ran("__le__")

    def __repr__(self) -> str:
        raise _Ran("__repr__")


@pytest.mark.parametrize("field", Limits.__slots__)
@pytest.mark.parametrize("make", [_Raising, stranger, lambda: _Count(-3)],
                         ids=["raising-object", "metaclass", "int-subclass-negative"])
def test_a_bad_limit_is_a_located_error_naming_its_field(field: str,
                                                         make: Callable[[], Any]) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        Limits(**{field: make()})
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ901"
    assert str(problem.location) == f"argument Limits({field})"
    assert isinstance(caught.value, ValueError)


def test_a_good_limit_of_a_number_subclass_is_read_without_its_methods() -> None:
    limits = Limits(operations=_Count(500), seconds=_Count(2))
    assert type(limits.operations) is int and limits.operations == 500
    assert type(limits.seconds) is int and limits.seconds == 2
