"""``rejectlet new pack NAME --extends PARENT`` copies the parent's samples through
the pack's own door: a sample that is a link leading out, a FIFO, a device or a
file too big is refused as ``check`` refuses it, before anything is created; and a
folder name the system will not make is a located error, never a traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import rejectlet
from rejectlet.cli import main
from rejectlet.pack.files import MAX_SAMPLES
from rejectlet.scaffold import new_pack

SECRET = "secret_line_8a: TOPSECRET-SAMPLE\n"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def parent(tmp_path: Path) -> Path:
    """A folder pack (made by ``new pack``) beside which the child will be made."""
    return new_pack("parent", tmp_path)


def _codes(result: Result) -> list[str]:
    return [word for line in result.stderr.splitlines() for word in line.split()
            if word.startswith("RJ")]


def _refused(tmp_path: Path, parent: Path, code: str) -> Result:
    result = invoke("new", "pack", "child", "--extends", str(parent), "--dir", str(tmp_path))
    assert result.exit_code == 2, result.output
    assert code in _codes(result), result.output
    assert "Traceback" not in result.output
    assert "TOPSECRET" not in result.output
    assert not (tmp_path / "child").exists()  # nothing half made
    return result


def test_a_sample_linked_out_of_the_parent_is_not_copied(tmp_path: Path, parent: Path) -> None:
    secret = tmp_path / "mine.yaml"
    secret.write_text(SECRET, encoding="utf-8")
    (parent / "samples" / "check-in.yaml").symlink_to(secret)
    result = _refused(tmp_path, parent, "RJ115")
    assert "check-in.yaml" in result.stderr


def test_a_samples_folder_linked_out_of_the_parent_is_not_copied(
        tmp_path: Path, parent: Path) -> None:
    mine = tmp_path / "letters"
    mine.mkdir()
    (mine / "alex.yaml").write_text(SECRET, encoding="utf-8")
    shutil.rmtree(parent / "samples")
    (parent / "samples").symlink_to(mine, target_is_directory=True)
    _refused(tmp_path, parent, "RJ115")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the system has no FIFOs")
def test_a_fifo_sample_is_refused_without_blocking(tmp_path: Path, parent: Path) -> None:
    os.mkfifo(parent / "samples" / "x.yaml")
    _refused(tmp_path, parent, "RJ115")


def test_a_sample_over_the_size_limit_is_refused_unread(tmp_path: Path, parent: Path) -> None:
    with open(parent / "samples" / "big.yaml", "wb") as handle:
        handle.truncate(3 * 1024 ** 3)  # sparse: three gigabytes that take no disk
    _refused(tmp_path, parent, "RJ100")


def test_too_many_samples_are_refused(tmp_path: Path, parent: Path) -> None:
    sample = (parent / "samples" / "reply.yaml").read_bytes()
    for number in range(MAX_SAMPLES):
        (parent / "samples" / f"extra-{number}.yaml").write_bytes(sample)
    _refused(tmp_path, parent, "RJ124")


def test_a_parent_title_cannot_add_keys_to_the_child(tmp_path: Path, parent: Path) -> None:
    pack_file = parent / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    title = text.split("\n")[4]
    assert title.startswith("title: ")
    pack_file.write_text(text.replace(title, 'title: "Parent\\u2028style: ../../../x.css"'),
                         encoding="utf-8")
    result = invoke("new", "pack", "child", "--extends", str(parent), "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    child = rejectlet.load_pack(tmp_path / "child")
    assert child.description == "Parent\u2028style: ../../../x.css, adapted."
    assert (tmp_path / "child" / "samples" / "reply.yaml").is_file()


def test_a_dangling_link_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "np").symlink_to(tmp_path / "elsewhere")
    result = invoke("new", "pack", "np", "--dir", str(tmp_path))
    assert result.exit_code == 2, result.output
    assert _codes(result) == ["RJ422"]
    assert not (tmp_path / "elsewhere").exists()


def test_a_name_the_system_cannot_make_is_a_located_error(tmp_path: Path) -> None:
    name = "a" * 300
    result = invoke("new", "pack", name, "--dir", str(tmp_path))
    assert result.exit_code == 2, result.output
    assert _codes(result) == ["RJ427"]
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_failure_midway_removes_what_was_made(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import rejectlet.scaffold as scaffold

    written: list[Path] = []

    def write_then_fail(path: Path, content: bytes) -> Path:
        if written:
            raise OSError(28, "No space left on device")
        written.append(Path(path))
        Path(path).write_bytes(content)
        return Path(path)

    monkeypatch.setattr(scaffold, "write_atomic", write_then_fail)
    result = invoke("new", "pack", "fresh", "--dir", str(tmp_path))
    assert result.exit_code == 2, result.output
    assert _codes(result) == ["RJ427"]
    assert written and not written[0].exists()
    assert not (tmp_path / "fresh").exists()


def test_a_failure_midway_removes_the_folders_made_above_the_pack(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--dir`` may name folders that do not exist yet; a failed run made them,
    so it removes them too, and leaves the folders that were there alone."""
    import rejectlet.scaffold as scaffold

    def no_space(path: Path, content: bytes) -> Path:
        raise OSError(28, "No space left on device")

    (tmp_path / "kept").mkdir()
    monkeypatch.setattr(scaffold, "write_atomic", no_space)
    result = invoke("new", "pack", "fresh", "--dir", str(tmp_path / "kept" / "new" / "deeper"))
    assert result.exit_code == 2, result.output
    assert _codes(result) == ["RJ427"]
    assert [p.name for p in tmp_path.iterdir()] == ["kept"]
    assert list((tmp_path / "kept").iterdir()) == []


def test_a_loop_of_links_among_the_samples_is_refused(tmp_path: Path, parent: Path) -> None:
    (parent / "samples" / "x.yaml").symlink_to("x.yaml")
    result = _refused(tmp_path, parent, "RJ102")
    assert "x.yaml" in result.stderr


def test_a_samples_folder_that_is_a_loop_is_refused(tmp_path: Path, parent: Path) -> None:
    shutil.rmtree(parent / "samples")
    (parent / "samples").symlink_to("samples")
    _refused(tmp_path, parent, "RJ115")



# -- a new pack is never made inside another pack ------------------------------------

@pytest.mark.parametrize("inside", [".", "samples", "samples/deeper"])
def test_a_new_pack_inside_another_pack_is_refused_and_nothing_is_made(
        tmp_path: Path, parent: Path, inside: str) -> None:
    holder = parent / inside
    holder.mkdir(parents=True, exist_ok=True)
    before = sorted(p.relative_to(parent) for p in parent.rglob("*"))
    result = CliRunner().invoke(main, ["new", "pack", "nested", "--dir", str(holder)])
    assert result.exit_code == 2, result.output
    assert _codes(result) == ["RJ421"]
    assert str(holder / "nested") in result.stderr or "nested" in result.stderr
    assert sorted(p.relative_to(parent) for p in parent.rglob("*")) == before


def test_a_link_leading_into_a_pack_is_judged_where_it_leads(tmp_path: Path,
                                                             parent: Path) -> None:
    link = tmp_path / "elsewhere"
    link.symlink_to(parent / "samples", target_is_directory=True)
    with pytest.raises(rejectlet.OutputError) as caught:
        new_pack("nested", link)
    [problem] = caught.value.diagnostics
    assert problem.code == "RJ421"
    assert problem.location is not None and problem.location.path.endswith("nested")
    assert not (parent / "samples" / "nested").exists()


def test_a_child_pack_extending_a_pack_from_inside_it_is_refused(tmp_path: Path,
                                                                  parent: Path) -> None:
    result = CliRunner().invoke(main, ["new", "pack", "child", "--extends", str(parent),
                                       "--dir", str(parent / "samples")])
    assert result.exit_code == 2, result.output
    assert not (parent / "samples" / "child").exists()


def test_a_new_pack_beside_another_is_made(tmp_path: Path, parent: Path) -> None:
    assert new_pack("sibling", tmp_path) == tmp_path / "sibling"
    assert rejectlet.load_pack(tmp_path / "sibling").name == "sibling"
