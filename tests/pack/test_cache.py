"""The pack cache: one entry per folder, bounded, and clearable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack import MAX_PACKS, clear_pack_cache
from rejectlet.pack.cache import cache_size
from tests.conftest import PackFactory


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    clear_pack_cache()
    yield
    clear_pack_cache()


def test_loading_a_pack_twice_gives_the_same_object(make_pack: PackFactory,
                                                    minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text)
    assert rejectlet.load_pack(folder) is rejectlet.load_pack(folder)
    assert cache_size() == 1


def test_an_edited_pack_replaces_its_entry(make_pack: PackFactory,
                                           minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text)
    first = rejectlet.load_pack(folder)
    for version in range(5):
        (folder / "pack.yaml").write_text(
            minimal_pack_text.replace("version: 0.1.0", f"version: 0.1.{version + 1}"),
            encoding="utf-8")
        assert rejectlet.load_pack(folder).version == f"0.1.{version + 1}"
    assert rejectlet.load_pack(folder) is not first
    assert cache_size() == 1


def test_the_cache_holds_at_most_its_bound(make_pack: PackFactory, minimal_pack_text: str,
                                          tmp_path: Path) -> None:
    for index in range(MAX_PACKS + 3):
        rejectlet.load_pack(make_pack(minimal_pack_text, name=f"pack{index}"))
    assert cache_size() == MAX_PACKS


def test_clearing_the_cache_forgets_every_pack(make_pack: PackFactory,
                                              minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text)
    first = rejectlet.load_pack(folder)
    clear_pack_cache()
    assert cache_size() == 0
    assert rejectlet.load_pack(folder) is not first
