"""An address is checked once however many rows name it, with the same answer."""

from __future__ import annotations

from typing import Any

import email_validator
import pytest

from rejectlet.addresses import is_email_address


def test_a_repeated_address_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = email_validator.validate_email

    def counting(address: str, **options: Any) -> Any:
        calls.append(address)
        return real(address, **options)

    monkeypatch.setattr(email_validator, "validate_email", counting)
    is_email_address.cache_clear()
    try:
        answers = [is_email_address("priya.raman@example.com") for _ in range(5)]
        refused = [is_email_address("priya.raman@localhost") for _ in range(3)]
    finally:
        is_email_address.cache_clear()
    assert answers == [True] * 5 and refused == [False] * 3
    assert calls == ["priya.raman@example.com", "priya.raman@localhost"]
