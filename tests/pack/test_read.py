"""The read stage: one pack.yaml as written, with no parent logic."""

from __future__ import annotations

from pathlib import Path

from rejectlet.pack.read import read_pack
from tests.conftest import PackFactory


def test_reading_a_child_does_not_look_at_its_parent(make_pack: PackFactory) -> None:
    folder = make_pack("""
        pack: child
        version: 0.1.0
        extends: no-such-parent
        letters:
          reply:
            subject: "Only the subject"
    """)
    parts = read_pack(folder)
    assert parts.extends == "no-such-parent"
    assert parts.problems == ()  # the missing parent and keys are for later stages
    letter = parts.letters["reply"]
    assert set(letter.templates) == {"subject"}
    assert letter.body is None and letter.ps is None


def test_every_read_part_keeps_its_location(make_pack: PackFactory,
                                           minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text)
    parts = read_pack(folder)
    lines = (folder / "pack.yaml").read_text(encoding="utf-8").splitlines()
    def line_of(needle: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if needle in line)
    thanks = parts.sections["thanks"]
    assert thanks is not None and thanks.location is not None
    assert thanks.location.line == line_of("thanks:")
    reply = parts.letters["reply"]
    assert reply.location.line == line_of("reply:")
    assert reply.templates["salutation"].location.line == line_of("salutation:")
    assert reply.body is not None
    assert [loc.line for loc in reply.body.locations] == [line_of("body:")] * 3
    assert parts.variables["name"].location is not None
    assert parts.variables["name"].location.line == line_of("name: {type")


def test_a_section_that_cannot_be_read_is_kept_as_a_removal(make_pack: PackFactory,
                                                            tmp_path: Path) -> None:
    folder = make_pack("""
        pack: broken
        version: 0.1.0
        sections:
          fit: {kind: resell, file: missing.md}
    """)
    parts = read_pack(folder)
    assert parts.sections == {"fit": None}
    assert [d.code for d in parts.problems] == ["RJ114"]
