"""An argument or a data value is judged by its type alone, at every door.

``isinstance`` asks an object of an unexpected type for its own ``__class__``,
which runs that object's ``__getattribute__``. The data mapping and the letter
kind of ``compose``/``compose_all``, the kind of ``letter_fields`` and
``letter_schema``, ``render``'s format, a ``Limits`` field, a data key and a
records entry were each judged that way, and what the object raised escaped
raw. Each is now a located refusal that names the object's type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import rejectlet
from rejectlet.limits import Limits
from rejectlet.schema import letter_schema
from tests.security.test_email_encoded_words import compose_with, example_data


class _Asked(Exception):
    pass


class _Hostile:
    """An object every attribute lookup of which raises, its class included."""

    def __getattribute__(self, name: str) -> Any:
        raise _Asked(f"the object's own __getattribute__ ran for {name}")

    def __hash__(self) -> int:
        return 1

    def __eq__(self, other: object) -> bool:
        return False


def _pack() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


DOORS: dict[str, tuple[Callable[[], Any], str]] = {
    "compose-data": (lambda: rejectlet.compose(_pack(), "reply", _Hostile()), "RJ201"),
    "compose-all-data": (lambda: rejectlet.compose_all(_pack(), "reply", _Hostile()),
                         "RJ201"),
    "compose-kind": (lambda: rejectlet.compose(_pack(), _Hostile(), {}), "RJ120"),
    "letter-fields-kind": (lambda: rejectlet.letter_fields(_pack(), _Hostile()), "RJ120"),
    "letter-schema-kind": (lambda: letter_schema(_pack(), _Hostile()), "RJ120"),
    "render-format": (lambda: rejectlet.render(compose_with(), _Hostile()), "RJ413"),
    "data-key": (lambda: rejectlet.compose(_pack(), "reply",
                                           {**example_data(), _Hostile(): 1}), "RJ202"),
    "records-entry": (lambda: compose_with(panel=[_Hostile()]), "RJ204"),
}


@pytest.mark.parametrize("door", DOORS, ids=DOORS.keys())
def test_a_hostile_object_is_refused_without_being_asked(door: str) -> None:
    call, code = DOORS[door]
    with pytest.raises(rejectlet.RejectletError) as caught:
        call()
    assert code in [d.code for d in caught.value.diagnostics]
    assert all(d.location is not None for d in caught.value.diagnostics)


def test_a_limit_that_is_an_object_is_a_value_error_naming_its_type() -> None:
    with pytest.raises(ValueError, match="_Hostile"):
        Limits(seconds=_Hostile())  # type: ignore[arg-type]


def test_a_limit_given_as_a_number_subclass_is_kept_as_the_plain_number() -> None:
    class Seconds(float):
        def __le__(self, other: object) -> bool:
            raise _Asked("the number's own comparison ran")

    limits = Limits(seconds=Seconds(2.5))
    assert type(limits.seconds) is float and limits.seconds == 2.5
