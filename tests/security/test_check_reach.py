"""``rejectlet check PACK`` opens nothing of a pack but its own regular files: a
text file linked out of the pack is not read for a byte-order mark, a FIFO named
like one does not block, and no sample past the limit is composed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack.files import MAX_SAMPLES
from rejectlet.scaffold import new_pack


@pytest.fixture
def parent(tmp_path: Path) -> Path:
    return new_pack("parent", tmp_path)


def test_check_composes_no_sample_past_the_limit(tmp_path: Path, parent: Path) -> None:
    from rejectlet.pack_check import check_pack

    sample = (parent / "samples" / "reply.yaml").read_bytes()
    for number in range(MAX_SAMPLES):
        (parent / "samples" / f"extra-{number}.yaml").write_bytes(sample.replace(
            b"Jordan Lee", b"{{ unfilled }}"))
    found = check_pack(rejectlet.load_pack(parent))
    assert [d.code for d in found if d.is_error] == ["RJ124"]


def _bom_findings(folder: Path) -> list[rejectlet.Diagnostic]:
    from rejectlet.authoring import authoring_findings

    return [d for d in authoring_findings(rejectlet.load_pack(folder)) if d.code == "RJ128"]


def test_check_opens_no_text_file_linked_out_of_the_pack(tmp_path: Path, parent: Path) -> None:
    outside = tmp_path / "notes.md"
    outside.write_bytes(b"\xef\xbb\xbfmy own notes")
    (parent / "notes.md").symlink_to(outside)
    assert _bom_findings(parent) == []  # never opened, so nothing is said about it
    (parent / "inside.md").write_bytes(b"\xef\xbb\xbfthe pack's own")
    assert [d.location.path.endswith("inside.md") for d in _bom_findings(parent)
            if d.location is not None] == [True]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the system has no FIFOs")
def test_check_does_not_block_on_a_fifo_named_like_a_text_file(parent: Path) -> None:
    os.mkfifo(parent / "notes.md")
    assert _bom_findings(parent) == []
