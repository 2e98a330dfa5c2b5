"""A data file confined to a folder is still named from the working directory.

``within`` says which folder the file and its includes must lie in (a pack's
samples are read so); it does not change where a relative path starts. A
relative path that exists is read, and one that leads out is still refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import rejectlet
from rejectlet.composer import letters_from_file
from rejectlet.data import read_data_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``pk/samples/reply.yaml`` including ``pk/samples/profile.yaml``, with the
    working directory at their common parent, and a file beside ``pk``."""
    samples = tmp_path / "pk" / "samples"
    samples.mkdir(parents=True)
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    (samples / "reply.yaml").write_text(text, encoding="utf-8")
    (samples / "with-profile.yaml").write_text(
        "include: profile.yaml\npack: classic\nletter: reply\n", encoding="utf-8")
    (samples / "profile.yaml").write_text("role: Data Analyst\n", encoding="utf-8")
    shutil.copy(samples / "reply.yaml", tmp_path / "outside.yaml")
    monkeypatch.chdir(tmp_path)
    return Path("pk")


@pytest.mark.parametrize("within", ["relative", "absolute"])
def test_a_relative_path_is_read_from_the_working_directory(folder: Path, within: str) -> None:
    root = folder if within == "relative" else folder.resolve()
    assert read_data_file(Path("pk/samples/reply.yaml"), within=root)["letter"] == "reply"
    assert read_data_file("pk/samples/with-profile.yaml", within=root)["role"] == "Data Analyst"


def test_letters_from_a_relative_path(folder: Path) -> None:
    pack = rejectlet.load_pack("classic")
    letters = letters_from_file("pk/samples/reply.yaml", pack=pack, within=folder)
    assert [letter.kind for letter in letters] == ["reply"]


def test_a_relative_path_leading_out_is_still_refused(folder: Path) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        read_data_file("outside.yaml", within=folder)
    assert [d.code for d in caught.value.diagnostics] == ["RJ115"]
