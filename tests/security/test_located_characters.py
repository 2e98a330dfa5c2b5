"""A character a data file may not hold is reported at its line and column.

YAML refuses control characters and non-characters, and its reader only
counts how far it had read; rejectlet turns that into a line and column, as
it does for bytes that are not UTF-8, so the user can go straight to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from tests.security._support import assert_located

LETTER = "pack: classic\nletter: reply\nrole: Analyst\norganization: Northwind\n"


@pytest.mark.parametrize("character", ["\0", "\x07", "\x1b", "\x7f", "\ufffe"],
                         ids=["nul", "bell", "escape", "delete", "non-character"])
@pytest.mark.parametrize("placement", ["plain", "quoted", "key"])
def test_a_forbidden_character_is_located_by_line_and_column(
        tmp_path: Path, character: str, placement: str) -> None:
    line = {"plain": f"note: Thanks{character}again\n",
            "quoted": f'note: "Thanks{character}again"\n',
            "key": f"no{character}te: Thanks again\n"}[placement]
    path = tmp_path / "letter.yaml"
    path.write_text(LETTER + line, encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.read_data_file(path)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ100"
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (5, line.index(character) + 1)
    assert "position" not in diagnostic.message
    assert_located(caught.value)


def test_bytes_that_are_not_utf8_are_located_by_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "letter.yaml"
    path.write_bytes(LETTER.encode() + "note: Caf\xe9\n".encode("latin-1"))
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.read_data_file(path)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (5, 10)


def test_a_pack_file_with_a_control_character_is_located(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text("pack: p\nversion: 1.0.0\ntitle: A\x01B\n",
                                      encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    locations = [d.location for d in caught.value.diagnostics]
    assert any(loc is not None and (loc.line, loc.column) == (3, 9) for loc in locations)
