"""An undeclared name (RJ303) is reported where it is written: inside a ``text: |``
block at its own line and column, not at the line of the key that holds the block."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import rejectlet

PACK = """\
pack: mini
version: 0.1.0
variables:
  name: {type: string, required: true}
  organization: {type: string, required: true}
sections:
  thanks:
    kind: gratitude
    text: |
      Thank you, {{ name }}, for your time.
      I enjoyed meeting the team at {{ organisation }} and
      learning about the role.
  interest: {kind: interest, text: "I remain keen on {{ organization }}."}
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ name }},"
    body: [thanks, interest]
    closing: "Best regards,"
    signature: "{{ nmae }}"
"""


def position(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


@pytest.fixture
def undeclared(make_pack: Callable[..., Path]) -> dict[str, rejectlet.Diagnostic]:
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(make_pack(PACK))
    found = {d.message.split("'")[1]: d for d in raised.value.diagnostics if d.code == "RJ303"}
    assert set(found) == {"organisation", "nmae"}
    return found


def test_a_name_inside_a_block_scalar_is_at_its_own_line_and_column(
        undeclared: dict[str, rejectlet.Diagnostic]) -> None:
    loc = undeclared["organisation"].location
    assert loc is not None
    assert (loc.line, loc.column) == position(PACK, "organisation }}")
    assert loc.line != position(PACK, "text: |")[0]


def test_a_name_in_a_quoted_value_is_at_its_column(
        undeclared: dict[str, rejectlet.Diagnostic]) -> None:
    loc = undeclared["nmae"].location
    assert loc is not None
    assert (loc.line, loc.column) == position(PACK, "nmae")
    assert "'name'" in undeclared["nmae"].hint
