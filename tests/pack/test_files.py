"""The one door for pack files: inside the folder, regular, bounded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rejectlet.confine import Refusal, Refused, read_inside


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("inside", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside", encoding="utf-8")
    return folder


def refusal(root: Path, name: str, limit: int = 1000) -> Refusal:
    with pytest.raises(Refused) as raised:
        read_inside(root, name, limit)
    return raised.value.reason


def test_a_regular_file_inside_is_read(root: Path) -> None:
    assert read_inside(root, "sub/a.txt", 1000) == b"inside"
    (root / "link.txt").symlink_to(root / "sub" / "a.txt")
    assert read_inside(root, "link.txt", 1000) == b"inside"


@pytest.mark.parametrize("name", ["../secret.txt", "@ABS@", "out-link", "sub/../../secret.txt"])
def test_a_path_leading_out_is_refused(root: Path, name: str) -> None:
    (root / "out-link").symlink_to(root.parent / "secret.txt")
    name = name.replace("@ABS@", str(root.parent / "secret.txt"))
    assert refusal(root, name) is Refusal.OUTSIDE


def test_a_fifo_a_device_and_a_folder_are_not_files(root: Path) -> None:
    os.mkfifo(root / "pipe")
    os.symlink("/dev/null", root / "null")  # leads out, and is a device besides
    assert refusal(root, "pipe") is Refusal.NOT_FILE
    assert refusal(root, "sub") is Refusal.NOT_FILE
    assert refusal(root, "null") is Refusal.OUTSIDE


def test_a_file_over_the_limit_is_refused_with_its_size(root: Path) -> None:
    (root / "big.txt").write_bytes(b"x" * 2000)
    with pytest.raises(Refused) as raised:
        read_inside(root, "big.txt", 1000)
    assert raised.value.reason is Refusal.TOO_BIG
    assert raised.value.detail == "2000"


def test_a_missing_file_and_a_loop_of_links_are_missing(root: Path) -> None:
    (root / "loop1").symlink_to(root / "loop2")
    (root / "loop2").symlink_to(root / "loop1")
    assert refusal(root, "nothing.txt") is Refusal.MISSING
    assert refusal(root, "loop1") in (Refusal.MISSING, Refusal.OUTSIDE)
