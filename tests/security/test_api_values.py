"""Values a program passes to ``compose`` are read through their base type.

A subclass of ``str``, ``int``, ``float`` or ``date`` may override ``__str__``
to raise, to return something huge, or to say something else than its value;
the letter shows the value itself, and an integer too long to write out is a
located error rather than a traceback.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rejectlet
from tests.security.test_email_encoded_words import compose_with


def _raise(*_: Any) -> str:
    raise RuntimeError("a value's own method ran")


EVIL = {
    "str": (type("S", (str,), {"__str__": _raise, "__format__": _raise})("Acme"), "Acme"),
    "int": (type("I", (int,), {"__str__": lambda s: "X" * 10**6, "__repr__": _raise})(5), "5"),
    "float": (type("F", (float,), {"__str__": _raise, "__repr__": _raise})(2.5), "2.5"),
    "date": (type("D", (dt.date,), {"isoformat": _raise, "__str__": _raise})(2026, 1, 2),
             "2026-01-02"),
}


@pytest.mark.parametrize(("value", "shown"), EVIL.values(), ids=EVIL.keys())
def test_a_subclass_shows_its_value_not_its_override(value: Any, shown: str) -> None:
    letter = compose_with(organization=value)
    text = rejectlet.render(letter, "text", force=True)
    assert f"in {shown} " in text
    assert "XXXX" not in text


def test_an_integer_too_long_to_write_out_is_a_located_error() -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose_with(organization=10**5000)
    assert [d.code for d in caught.value.diagnostics] == ["RJ205"]
    assert caught.value.diagnostics[0].location is not None
