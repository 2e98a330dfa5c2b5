"""A value may hold only a few invisible format characters.

Format characters (Unicode category Cf: zero-width space, joiners, word joiner,
soft hyphen, byte-order mark, tag characters, ...) draw nothing, yet each one is
work for the page layout: 10,000 characters of letters each followed by a
zero-width space, within every length limit, took over a second of PDF layout
in the caller's process, and the envelope and card layouts read the same values.
A value holding more than ``MAX_FORMAT_CHARS`` of them is refused at the data
door (RJ205 at its key or line), so no layout ever sees one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.data import MAX_FORMAT_CHARS
from tests.security._support import base_data, compose, write_pack

OVER = MAX_FORMAT_CHARS + 1

SHAPES = {
    "letter-and-zero-width-space": "a\u200b" * 5_000,
    "zero-width-joiners": "x\u200d" * OVER,
    "word-joiners": "\u2060" * OVER,
    "soft-hyphens-alone": "\u00ad" * 20_000,
    "byte-order-marks": "a\ufeff" * OVER,
    "tag-characters": "a" + "\U000e0061" * OVER,
    "mixed": "".join("a" + "\u200b\u200c\u2060\u00ad"[n % 4] for n in range(OVER)),
}


@pytest.mark.parametrize("value", SHAPES.values(), ids=SHAPES.keys())
def test_a_value_of_many_format_characters_is_refused_at_its_key(tmp_path: Path,
                                                                 value: str) -> None:
    folder = write_pack(tmp_path / "pack", "{{ note }}")
    with pytest.raises(rejectlet.DataError) as caught:
        compose(folder, base_data(note=value))
    [found] = caught.value.diagnostics
    assert found.code == "RJ205"
    assert found.key == "note"
    assert str(MAX_FORMAT_CHARS) in found.message


@pytest.mark.parametrize("key", ["name", "items", "recipient"])
def test_every_kind_of_value_is_judged(tmp_path: Path, key: str) -> None:
    """Text in a list and in a group (an address on an envelope) too."""
    folder = write_pack(tmp_path / "pack", "{{ name }}")
    shaped = "a\u200b" * OVER
    value: object = {"items": [shaped], "recipient": {"name": shaped,
                                                      "email": "ann@example.com"}}.get(
        key, shaped)
    with pytest.raises(rejectlet.DataError) as caught:
        compose(folder, base_data(**{key: value}))
    assert [d.code for d in caught.value.diagnostics] == ["RJ205"]


def test_a_data_file_names_the_line(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{{ note }}")
    data = tmp_path / "letter.yaml"
    data.write_text(f"pack: {folder}\nletter: note\nname: Ann Lee\n"
                    f"note: \"{'a' + chr(0x200B) * OVER}\"\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        compose(folder, data)
    [found] = caught.value.diagnostics
    assert found.location is not None and found.location.line == 4


def test_the_few_format_characters_people_write_are_fine(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{{ note }}")
    note = ("Our family \U0001F468\u200d\U0001F469\u200d\U0001F467 says thanks; "
            "Zusammen\u00adarbeit " * 40)
    letter = compose(folder, base_data(note=note[:MAX_FORMAT_CHARS * 4]))
    assert "Zusammen" in rejectlet.render(letter, "text", force=True)
