"""Starting a pack that builds on another, and seeing what it can override."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import rejectlet
from rejectlet.cli import main


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("parent", ["classic", "de-formell"])
def test_a_new_child_pack_overrides_nothing_yet_and_checks_clean(tmp_path: Path,
                                                                 parent: str) -> None:
    result = invoke("new", "pack", "career-office", "--dir", str(tmp_path), "--extends", parent)
    assert result.exit_code == 0, result.output
    folder = tmp_path / "career-office"
    child = rejectlet.load_pack(folder)
    base = rejectlet.load_pack(parent)
    assert child.parents[0] == base.name
    assert set(child.letters) == set(base.letters) and set(child.sections) == set(base.sections)
    samples = {p.stem for p in (folder / "samples").glob("*.yaml")}
    assert samples == set(base.letters)  # every letter kind has a sample to check
    check = invoke("check", str(folder))
    assert check.exit_code == 0, check.output


def test_a_new_packs_samples_find_their_pack_from_any_folder(tmp_path: Path) -> None:
    assert invoke("new", "pack", "notes", "--dir", str(tmp_path)).exit_code == 0
    sample = tmp_path / "notes" / "samples" / "reply.yaml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    before = Path.cwd()
    os.chdir(elsewhere)
    try:
        letter = rejectlet.letter_from_file(sample)
    finally:
        os.chdir(before)
    assert letter.pack.root.resolve() == (tmp_path / "notes").resolve()


def test_packs_show_sections_lists_ids_kinds_users_and_text() -> None:
    result = invoke("packs", "show", "classic", "--sections")
    assert result.exit_code == 0, result.output
    classic = rejectlet.load_pack("classic")
    lines = result.output.splitlines()
    for section in classic.sections.values():
        (line,) = [x for x in lines if x.startswith(f"  {section.id}: ")]
        assert section.kind.value in line
        users = [k.id for k in classic.letters.values()
                 if section.id in k.body or section.id in k.ps]
        for user in users:
            assert user in line
        first_text_line = section.text.source.strip().splitlines()[0].strip()
        assert first_text_line in result.output
