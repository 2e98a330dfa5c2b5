"""The finder: built-in packs only from inside the package; extends stays in bounds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack import builtin_names, builtin_pack_dirs
from tests.conftest import ROOT, PackFactory


def test_built_in_packs_come_from_inside_the_package_only() -> None:
    package = Path(rejectlet.__file__).resolve().parent
    (folder,) = builtin_pack_dirs()
    assert folder == package / "_builtin_packs"
    assert "classic" in builtin_names()


def test_the_checkout_links_the_built_in_folder_to_the_packs(tmp_path: Path) -> None:
    # an editable install reads the repository's packs/ through this link, so an
    # edit to a pack is seen without reinstalling
    link = ROOT / "src" / "rejectlet" / "_builtin_packs"
    assert link.is_symlink()
    assert link.resolve() == (ROOT / "packs").resolve()


def test_a_packs_folder_beside_a_target_install_is_not_built_in(tmp_path: Path) -> None:
    # pip install --target vendor: a stranger's packs/ next to vendor/ must not count
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    source = Path(rejectlet.__file__).resolve().parent
    shutil.copytree(source, vendor / "rejectlet", symlinks=True)
    installed = vendor / "rejectlet" / "_builtin_packs"
    if installed.is_symlink():
        installed.unlink()
    else:
        shutil.rmtree(installed)
    installed.mkdir()  # an installed copy with no built-in packs of its own
    evil = tmp_path / "packs" / "evil"
    evil.mkdir(parents=True)
    (evil / "pack.yaml").write_text("pack: evil\nversion: 0.1.0\n", encoding="utf-8")
    script = textwrap.dedent("""
        import rejectlet
        from rejectlet.pack import builtin_names
        print(rejectlet.__file__)
        print(",".join(builtin_names()))
    """)
    env = {**os.environ, "PYTHONPATH": str(vendor)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=tmp_path, check=True)
    where, names = result.stdout.splitlines()
    assert Path(where).is_relative_to(vendor)
    assert names == ""


@pytest.mark.parametrize("reference", ["/etc", "../..", "..", "../../outside"])
def test_extends_may_not_leave_the_folder_that_holds_the_pack(
        make_pack: PackFactory, tmp_path: Path, reference: str) -> None:
    folder = make_pack(f"pack: kid\nversion: 0.1.0\nextends: {reference}\n",
                       name="shelf/kid")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    (problem,) = raised.value.diagnostics
    assert problem.code == "RJ119"
    assert "outside the folder that holds this pack" in problem.message
    assert problem.location is not None and problem.location.line == 3


def test_extends_may_name_a_pack_below_the_shared_folder(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    make_pack(minimal_pack_text, name="shelf/base/mini")
    child = make_pack("pack: kid\nversion: 0.1.0\nextends: ../base/mini\n", name="shelf/kid")
    assert rejectlet.load_pack(child).parents == ("mini",)


def test_extends_through_a_link_that_leads_out_is_refused(
        make_pack: PackFactory, minimal_pack_text: str, tmp_path: Path) -> None:
    outside = make_pack(minimal_pack_text, name="elsewhere/mini")
    (tmp_path / "shelf").mkdir()
    (tmp_path / "shelf" / "base").symlink_to(outside)
    child = make_pack("pack: kid\nversion: 0.1.0\nextends: ../base\n", name="shelf/kid")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(child)
    assert [d.code for d in raised.value.diagnostics] == ["RJ119"]


def test_a_new_child_of_a_folder_pack_names_it_by_a_relative_path(
        make_pack: PackFactory, minimal_pack_text: str, tmp_path: Path) -> None:
    from rejectlet.scaffold import new_pack

    parent = rejectlet.load_pack(make_pack(minimal_pack_text, name="shelf/mini"))
    child = new_pack("kid", tmp_path / "shelf", extends=parent)
    assert "extends: ../mini\n" in (child / "pack.yaml").read_text(encoding="utf-8")
    assert rejectlet.load_pack(child).parents == ("mini",)


def test_a_new_child_far_from_its_folder_parent_is_refused_before_writing(
        make_pack: PackFactory, minimal_pack_text: str, tmp_path: Path) -> None:
    from rejectlet.scaffold import new_pack

    parent = rejectlet.load_pack(make_pack(minimal_pack_text, name="elsewhere/mini"))
    with pytest.raises(rejectlet.PackError) as raised:
        new_pack("kid", tmp_path / "shelf", extends=parent)
    assert [d.code for d in raised.value.diagnostics] == ["RJ119"]
    assert not (tmp_path / "shelf" / "kid").exists()
