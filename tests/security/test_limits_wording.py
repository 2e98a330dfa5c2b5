"""A limit a host sets wrongly is named as the host wrote it.

The wording of these messages is part of the interface: a whole number is shown
as a whole number (``0``, not ``0.0``), a fraction as written, and a value that
cannot be shown (too large to write out, or not a number) is described.
"""

from __future__ import annotations

import pytest

from rejectlet import Limits, RejectletError


@pytest.mark.parametrize(("given", "shown"), [
    ({"operations": 0}, "Limits.operations must be a positive number, not 0"),
    ({"range_items": -5}, "Limits.range_items must be a positive number, not -5"),
    ({"seconds": 0.0}, "Limits.seconds must be a positive number, not 0.0"),
    ({"seconds": -1.5}, "Limits.seconds must be a positive number, not -1.5"),
    ({"width": float("inf")}, "Limits.width must be a positive number, not a number that large"),
    ({"width": 10 ** 400}, "Limits.width must be a positive number, not a number that large"),
    ({"width": "9"}, "Limits.width must be a positive number, not a str"),
])
def test_a_wrong_limit_is_named_as_written(given: dict[str, object], shown: str) -> None:
    with pytest.raises(ValueError) as caught:
        Limits(**given)  # type: ignore[arg-type]
    assert isinstance(caught.value, RejectletError)
    (problem,) = caught.value.diagnostics
    assert problem.message == shown
    assert problem.code == "RJ901"
    assert problem.location is not None
    assert str(problem.location) == f"argument Limits({next(iter(given))})"
