"""Pack reach: loading or checking a pack reads no file outside it.

A pack from a stranger names files in pack.yaml, in its samples and in its
templates. None of them may lead out of the pack folder, through a path, a
symbolic link or ``extends:``, and none may be a FIFO (which blocks forever)
or a device (which never ends). Each refusal is a located RejectletError.
Cases that could block run the command line in a child process with a time
limit, so a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack_check import check_pack, static_findings
from tests.security._support import PACK_YAML, codes, leaked, write_pack

SECRET = "sk-live-do-not-print-7f3a"
SAMPLE = """\
pack: secpack
letter: note
name: Ann Lee
sender: {name: Sam Ortiz, email: sam@example.com}
"""


def rejectlet_check(folder: Path) -> subprocess.CompletedProcess[str]:
    """``rejectlet check PACK`` in a child process that may not hang the suite."""
    return subprocess.run([sys.executable, "-m", "rejectlet", "check", str(folder)],
                          capture_output=True, text=True, timeout=120, check=False,
                          cwd=folder.parent)


def sample_findings(folder: Path) -> list[rejectlet.Diagnostic]:
    """What checking the pack finds beyond its letter definitions (which this small
    pack keeps simple): the samples' findings and refusals."""
    from rejectlet.authoring import authoring_findings

    pack = rejectlet.load_pack(folder)
    static = static_findings(pack) + authoring_findings(pack)
    return [d for d in check_pack(pack) if d not in static]


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = write_pack(tmp_path / "secpack")
    (folder / "samples").mkdir()
    return folder


@pytest.fixture
def private(tmp_path: Path) -> Path:
    """A folder of the user's own files, beside the pack."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "secret.yaml").write_text(f"name: {SECRET}\napi_key: {SECRET}\n",
                                        encoding="utf-8")
    (folder / "mine.yaml").write_text(SAMPLE.replace("Ann Lee", SECRET), encoding="utf-8")
    return folder


def test_a_clean_sample_is_composed(pack: Path) -> None:
    (pack / "samples" / "note.yaml").write_text(SAMPLE, encoding="utf-8")
    # the one finding is validation's, of the composed sample: it was read and composed
    assert [d.code for d in sample_findings(pack)] == ["RJ002"]


def test_a_sample_linked_to_a_device_is_refused(pack: Path) -> None:
    (pack / "samples" / "zero.yaml").symlink_to("/dev/zero")
    found = sample_findings(pack)
    assert [d.code for d in found] == ["RJ115"]
    assert found[0].location is not None
    assert Path(found[0].location.path).name == "zero.yaml"


def test_a_sample_that_is_a_fifo_is_refused_without_blocking(pack: Path) -> None:
    os.mkfifo(pack / "samples" / "pipe.yaml")
    result = rejectlet_check(pack)
    assert result.returncode in (1, 2), result.stderr
    assert "pipe.yaml" in result.stderr and "RJ115" in result.stderr


def test_a_samples_folder_linked_outside_composes_nothing_of_the_users(
        pack: Path, private: Path) -> None:
    (pack / "samples").rmdir()
    (pack / "samples").symlink_to(private)
    found = sample_findings(pack)
    assert [d.code for d in found] == ["RJ115"]
    assert found[0].location is not None
    assert Path(found[0].location.path).name == "samples"
    assert SECRET not in "\n".join(str(d) for d in found)


@pytest.mark.parametrize("include", ["../../private/secret.yaml", "@ABSOLUTE@", "link.yaml"])
def test_a_sample_may_include_only_the_packs_own_files(pack: Path, private: Path,
                                                       include: str) -> None:
    (pack / "samples" / "link.yaml").symlink_to(private / "secret.yaml")
    include = include.replace("@ABSOLUTE@", str(private / "secret.yaml"))
    (pack / "samples" / "note.yaml").write_text(f"include: {include}\n" + SAMPLE,
                                                encoding="utf-8")
    found = sample_findings(pack)
    refusals = [d for d in found if d.code == "RJ115"]
    assert refusals, found
    assert any(d.location is not None and Path(d.location.path).name == "note.yaml"
               and d.location.line == 1 for d in refusals)
    shown = "\n".join(str(d) for d in found)
    assert SECRET not in shown and "api_key" not in shown


def test_a_sample_may_include_a_profile_of_the_pack(pack: Path) -> None:
    (pack / "samples" / "profile.yml").write_text(
        "sender: {name: Sam Ortiz, email: sam@example.com}\n", encoding="utf-8")
    (pack / "samples" / "note.yaml").write_text(
        "include: profile.yml\npack: secpack\nletter: note\nname: Ann Lee\n",
        encoding="utf-8")
    assert [d.code for d in sample_findings(pack)] == ["RJ002"]


def test_pack_yaml_linked_out_of_the_folder_is_refused(tmp_path: Path, private: Path) -> None:
    outside = write_pack(tmp_path / "real")
    folder = tmp_path / "decoy"
    folder.mkdir()
    (folder / "body.md").write_text("Hello", encoding="utf-8")
    (folder / "pack.yaml").symlink_to(outside / "pack.yaml")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert codes(raised.value) == ["RJ115"]
    location = raised.value.diagnostics[0].location
    assert location is not None and Path(location.path).name == "pack.yaml"


def test_pack_yaml_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "piped"
    folder.mkdir()
    os.mkfifo(folder / "pack.yaml")
    result = rejectlet_check(folder)
    assert result.returncode == 2, result.stderr
    assert "RJ115" in result.stderr and "pack.yaml" in result.stderr


@pytest.mark.parametrize("special", ["fifo", "device"])
@pytest.mark.parametrize("key", ["file", "style"])
def test_a_pack_file_that_is_not_a_regular_file_is_refused(tmp_path: Path, special: str,
                                                           key: str) -> None:
    folder = write_pack(tmp_path / "secpack")
    if special == "fifo":
        os.mkfifo(folder / "special")
    else:
        (folder / "special").symlink_to("/dev/zero")
    text = PACK_YAML.replace("@STYLES@", "")
    text = (text.replace("file: body.md", "file: special") if key == "file"
            else text.replace("sections:", "style: special\nsections:"))
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    result = rejectlet_check(folder)
    assert result.returncode == 2, result.stderr
    assert "RJ115" in result.stderr and "special" in result.stderr


@pytest.mark.parametrize("target", ["passwd-link", "zero-link", "fifo"])
def test_a_template_include_reads_only_regular_files_of_the_pack(tmp_path: Path,
                                                                 target: str) -> None:
    folder = write_pack(tmp_path / "secpack", "Thank you. {% include '" + target + "' %}")
    (folder / "passwd-link").symlink_to("/etc/passwd")
    (folder / "zero-link").symlink_to("/dev/zero")
    os.mkfifo(folder / "fifo")
    pack = rejectlet.load_pack(folder)
    result = subprocess.run(
        [sys.executable, "-c",
         "import rejectlet, sys\n"
         "from tests.security._support import base_data\n"
         f"pack = rejectlet.load_pack({str(folder)!r})\n"
         "try:\n"
         "    rejectlet.compose(pack, 'note', base_data())\n"
         "except rejectlet.TemplateError as exc:\n"
         "    print(exc); sys.exit(3)\n"],
        capture_output=True, text=True, timeout=120, check=False,
        cwd=Path(__file__).resolve().parents[2])
    assert pack.name == "secpack"
    assert result.returncode == 3, result.stdout + result.stderr
    assert "body.md" in result.stdout
    assert not leaked(result.stdout)


def test_extends_cannot_reach_an_absolute_folder_to_include_its_files(
        tmp_path: Path, private: Path) -> None:
    parent = write_pack(tmp_path / "elsewhere" / "parent")
    (parent / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = write_pack(tmp_path / "shelf" / "child", "{% include 'secret.txt' %}")
    text = PACK_YAML.replace("@STYLES@", f"extends: {parent}").replace("pack: secpack",
                                                                        "pack: child")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert codes(raised.value) == ["RJ119"]
    assert SECRET not in str(raised.value)
