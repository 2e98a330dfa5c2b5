"""A huge key, name or value is quoted by its first characters, not copied whole.

A YAML key can be tens of thousands of characters long. The messages about an
unknown rule (RJ116), an unknown key in a declared check (RJ111) or a duplicate
key quote it through the one helper every other message uses, so a diagnostic
stays short enough to read however long the key was; so do the messages
that quote a template's name or a data value. (A key over 1,024
characters must be written after ``? `` in YAML, which is how the tests write it.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.paper.formats import load_formats
from rejectlet.suggest import MAX_COMPARED_CHARS
from tests.security._support import base_data, compose, write_pack

HUGE = "k" * 30_000

#: a message quotes at most the helper's limit of the key, plus its own words
SHORT = MAX_COMPARED_CHARS + 200

CHECK = """
checks:
  - code: ACME001
    message: m
    scope: letter
    forbid: [a]
    ? @KEY@
    : 1
"""


def _refused(folder: Path, extra: str) -> rejectlet.RejectletError:
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text(encoding="utf-8") + extra, encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as raised:
        rejectlet.load_pack(folder)
    return raised.value


@pytest.mark.parametrize(("extra", "code"), [
    (f"rules:\n  ? {HUGE}\n  : warning\n", "RJ116"),
    (f"rules:\n  length:\n    ? {HUGE}\n    : 3\n", None),
    (CHECK.replace("@KEY@", HUGE), "RJ111"),
    (f"rules:\n  ? {HUGE}\n  : warning\n  ? {HUGE}\n  : warning\n", None),
], ids=["unknown-rule", "unknown-option", "unknown-check-key", "duplicate-key"])
def test_a_huge_key_is_quoted_short(tmp_path: Path, extra: str, code: str | None) -> None:
    error = _refused(write_pack(tmp_path / "pack"), extra)
    assert error.diagnostics
    if code is not None:
        assert code in [d.code for d in error.diagnostics]
    for diagnostic in error.diagnostics:
        assert len(diagnostic.message) < SHORT, diagnostic.code
        assert HUGE not in diagnostic.message


def test_a_huge_template_name_is_quoted_short(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", body="{{ " + "k" * 1_000 + " }}")
    with pytest.raises(rejectlet.RejectletError) as raised:
        rejectlet.load_pack(folder)
    assert "RJ303" in [d.code for d in raised.value.diagnostics]
    for diagnostic in raised.value.diagnostics:
        assert len(diagnostic.message) < SHORT, diagnostic.code


def test_a_huge_value_is_quoted_short(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    data = base_data(sender={"name": "Sam Ortiz", "email": "x" * 19_000})
    with pytest.raises(rejectlet.DataError) as raised:
        compose(folder, data)
    assert "RJ204" in [d.code for d in raised.value.diagnostics]
    for diagnostic in raised.value.diagnostics:
        assert len(diagnostic.message) < SHORT, diagnostic.code


def test_a_huge_variable_name_is_quoted_short(tmp_path: Path) -> None:
    """Refused when the pack loads (every declared name is bounded), and quoted short."""
    folder = write_pack(tmp_path / "pack")
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text(encoding="utf-8").replace(
        "variables:\n", f"variables:\n  ? {HUGE}\n  : {{type: integer}}\n"), encoding="utf-8")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert [d.code for d in raised.value.diagnostics] == ["RJ113"]
    for diagnostic in raised.value.diagnostics:
        assert len(diagnostic.message) < SHORT, diagnostic.code


@pytest.mark.parametrize("table", ["layouts", "envelopes", "cards"])
def test_a_huge_format_name_is_quoted_short(tmp_path: Path, table: str) -> None:
    own = tmp_path / "formats.yaml"
    own.write_text(f"{table}:\n  ? {HUGE}\n  : 3\n", encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as raised:
        load_formats(own)
    assert raised.value.diagnostics
    for diagnostic in raised.value.diagnostics:
        assert len(diagnostic.message) < SHORT, diagnostic.code
