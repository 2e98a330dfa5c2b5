"""The public API from the README works end to end on the example letter."""

from __future__ import annotations

from typing import Any

import rejectlet
from tests.conftest import EXAMPLE


def test_example_letter_is_clean_and_renders_all_formats(classic: rejectlet.Pack) -> None:
    letter = rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE))
    assert rejectlet.validate(letter) == []
    text = rejectlet.render(letter, "text")
    assert text.startswith("Subject: Priya Raman — Senior Data Analyst Position\n")
    html = rejectlet.render(letter, "html")
    assert html.startswith("<!DOCTYPE html>")
    pdf = rejectlet.render(letter, "pdf")
    assert pdf.startswith(b"%PDF-")


def test_compose_accepts_a_dict(classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    letter = rejectlet.compose(classic, "reply", example_data)
    assert letter.body[0].kind is rejectlet.SectionKind.GRATITUDE
