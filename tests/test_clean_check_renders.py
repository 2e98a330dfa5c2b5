"""A pack that passes ``rejectlet check`` renders every sample in every format.

The packs are discovered, never listed: each built-in pack, the pack in the
packaging example, and every letter data file in examples/. For each pack the
check must report no error; then each of its samples (and each example letter)
must render as text, HTML, email and PDF. A sample that cannot be emailed, or a
stylesheet a format refuses, fails here even though the check said ok.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

import rejectlet
from rejectlet.composer import letters_from_file
from rejectlet.pack import load_pack
from rejectlet.pack_check import check_pack
from tests.conftest import ROOT

FORMATS = ("text", "html", "email", "pdf")
PACK_FOLDERS = sorted(
    [info.path for info in rejectlet.find_packs() if info.source == "built-in"]
    + [path.parent for path in (ROOT / "examples").rglob("pack.yaml")])
EXAMPLE_LETTERS = sorted((ROOT / "examples").glob("*.yaml"))


def _renders_everywhere(letter: rejectlet.Letter) -> None:
    for form in FORMATS:
        output = rejectlet.render(letter, form)
        if form == "pdf":
            assert isinstance(output, bytes) and output.startswith(b"%PDF")
        elif form == "email":
            assert isinstance(output, EmailMessage) and output["To"]
        else:
            assert isinstance(output, str) and output.strip()


def test_the_packs_and_examples_are_found() -> None:
    assert len(PACK_FOLDERS) >= 4 and len(EXAMPLE_LETTERS) >= 5


@pytest.mark.parametrize("folder", PACK_FOLDERS, ids=lambda path: path.name)
def test_a_pack_that_checks_clean_renders_each_sample_in_every_format(folder: Path) -> None:
    pack = load_pack(folder)
    errors = [str(d) for d in check_pack(pack) if d.is_error]
    assert errors == []
    for sample in sorted((folder / "samples").glob("*.yaml")):
        for letter in letters_from_file(sample, pack=pack):
            _renders_everywhere(letter)


@pytest.mark.parametrize("example", EXAMPLE_LETTERS, ids=lambda path: path.name)
def test_each_example_letter_renders_in_every_format(example: Path) -> None:
    for letter in letters_from_file(example):
        _renders_everywhere(letter)
