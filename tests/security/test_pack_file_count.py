"""A pack folder holds a bounded number of files and folders.

Every load of a pack, even one answered from the cache, looks at each file of
the pack and of the packs it extends to see whether one changed. A folder of a
hundred thousand files would make every load take seconds, so the walk stops
and refuses the pack (RJ110, at the folder) once it has met more than
``MAX_PACK_ENTRIES`` entries, without listing the rest.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack import tree
from rejectlet.pack.tree import MAX_PACK_ENTRIES, pack_files
from tests.security._support import write_pack


def _fill(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for index in range(count):
        (folder / f"{index}.txt").touch()


def _refused_at(folder: Path) -> rejectlet.Diagnostic:
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    [found] = raised.value.diagnostics
    assert found.code == "RJ110"
    assert found.location is not None
    assert Path(found.location.path).resolve() == folder.resolve()
    return found


def test_a_pack_folder_past_the_bound_is_refused_at_the_folder(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    _fill(pack / "junk", MAX_PACK_ENTRIES)
    found = _refused_at(pack)
    assert f"{MAX_PACK_ENTRIES:,}" in found.message


def test_a_pack_that_grows_past_the_bound_is_refused_on_its_next_load(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    rejectlet.load_pack(pack)  # now in the cache
    _fill(pack / "junk", MAX_PACK_ENTRIES)
    _refused_at(pack)


def test_a_parent_past_the_bound_refuses_its_child(tmp_path: Path) -> None:
    parent = write_pack(tmp_path / "base")
    (parent / "pack.yaml").write_text(
        (parent / "pack.yaml").read_text(encoding="utf-8").replace("pack: secpack", "pack: base"),
        encoding="utf-8")
    child = tmp_path / "child"
    child.mkdir()
    (child / "pack.yaml").write_text("pack: child\nversion: 1.0.0\nextends: ../base\n",
                                     encoding="utf-8")
    _fill(parent / "junk", MAX_PACK_ENTRIES)
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(child)
    assert {d.code for d in raised.value.diagnostics} == {"RJ110"}


def test_the_walk_stops_at_the_bound_without_listing_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for part in range(5):
        _fill(tmp_path / "pack" / f"part{part}", MAX_PACK_ENTRIES)
    met = 0
    real_scandir = os.scandir

    class Counted:
        def __init__(self, folder: Path) -> None:
            self.listing = real_scandir(folder)

        def __enter__(self) -> Counted:
            return self

        def __exit__(self, *exc: object) -> None:
            self.listing.close()

        def __iter__(self) -> Counted:
            return self

        def __next__(self) -> os.DirEntry[str]:
            nonlocal met
            met += 1
            return next(self.listing)

    monkeypatch.setattr(tree.os, "scandir", Counted)
    with pytest.raises(rejectlet.PackError):
        pack_files(tmp_path / "pack")
    # every entry up to the bound, and the end of the one finished listing; not
    # the 5 x MAX_PACK_ENTRIES files there are
    assert met <= MAX_PACK_ENTRIES + 2


def test_hidden_folders_are_not_entered_or_counted(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    _fill(pack / ".git" / "objects", MAX_PACK_ENTRIES + 10)
    loaded = rejectlet.load_pack(pack)
    assert loaded.name == "secpack"
    assert all(".git" not in path.parts for path, _ in pack_files(pack))


def test_the_bound_holds_on_a_worker_thread(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    _fill(pack / "junk", MAX_PACK_ENTRIES)
    codes: list[str] = []

    def load() -> None:
        try:
            rejectlet.load_pack(pack)
        except rejectlet.PackError as exc:
            codes.extend(d.code for d in exc.diagnostics)

    worker = threading.Thread(target=load)
    worker.start()
    worker.join(60)
    assert codes == ["RJ110"]


def test_check_on_a_crowded_pack_is_a_located_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rejectlet.cli import main

    pack = write_pack(tmp_path / "pack")
    _fill(pack / "junk", MAX_PACK_ENTRIES)
    result = CliRunner().invoke(main, ["check", str(pack)])
    assert result.exit_code == 2
    assert "RJ110" in result.output
    assert "Traceback" not in result.output
