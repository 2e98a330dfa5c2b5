"""A subject that does not read back is pointed at the value it shows first.

Several data values can stand in a subject; the finding names the one found
earliest in it (and, of values starting at the same place, the longest), not
whichever the data happened to list first.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import rejectlet
import rejectlet.renderers.email as email_renderer
from rejectlet.errors import RenderError
from tests.security._support import ROOT


def _tampered_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    original = email_renderer.write_message

    def altered(draft: Any) -> bytes:
        return bytes(original(draft)).replace(b"\r\nSubject: ", b"\r\nSubject: Re: ", 1)

    monkeypatch.setattr(email_renderer, "write_message", altered)


@pytest.mark.parametrize(("subject", "key"), [
    ("Senior Data Analyst, from Priya Raman", "role"),
    ("Priya Raman: Senior Data Analyst", "sender.name"),
    ("Northwind Logistics and Priya Raman", "organization"),
], ids=["role-first", "name-first", "organization-first"])
def test_the_value_shown_first_is_named(monkeypatch: pytest.MonkeyPatch, subject: str,
                                        key: str) -> None:
    letter = rejectlet.letter_from_file(ROOT / "examples" / "reply.yaml")
    letter = dataclasses.replace(letter, subject=subject)
    _tampered_subject(monkeypatch)
    with pytest.raises(RenderError) as caught:
        rejectlet.render(letter, "email", force=True)
    (found,) = caught.value.diagnostics
    assert found.code == "RJ435"
    assert found.key == key
    assert found.location is not None and found.location.path.endswith("reply.yaml")
