"""A message names a path as the user gave it, never where a link leads.

Paths in messages were resolved before they were shown, so a data file reached
through a symbolic link was named by its target: a message disclosed a folder
the user never typed (another user's file behind a link in a shared folder,
a private folder a link was made to hide). A path is now shown as given,
relative to the working directory when it lies below it, and never resolved.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import rejectlet
from rejectlet.diagnostics import display_path

ROOT = Path(__file__).resolve().parents[2]
HIDDEN = "hidden-place"


@pytest.fixture
def in_folder(tmp_path: Path) -> Iterator[Path]:
    previous = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(previous)


def _linked_letter(folder: Path) -> Path:
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    target = folder / HIDDEN / "private" / "real.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(text.replace("role:", "role_typo:", 1), encoding="utf-8")
    link = folder / "letter.yaml"
    link.symlink_to(target)
    return link


@pytest.mark.parametrize("given", ["relative", "absolute"])
def test_a_data_file_behind_a_link_is_named_by_the_link(in_folder: Path, given: str) -> None:
    link = _linked_letter(in_folder)
    name = "letter.yaml" if given == "relative" else str(link)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.letter_from_file(name)
    shown = [str(d) for d in caught.value.diagnostics]
    assert shown
    assert all(HIDDEN not in line for line in shown), shown
    assert any(d.location is not None and d.location.path == "letter.yaml"
               for d in caught.value.diagnostics), shown


def test_display_path_never_follows_a_link(in_folder: Path) -> None:
    link = _linked_letter(in_folder)
    assert display_path(link) == "letter.yaml"
    assert display_path("letter.yaml") == "letter.yaml"
    outside = Path("/") / "nowhere" / "x.yaml"
    assert display_path(outside) == str(outside)
