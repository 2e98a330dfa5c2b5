"""No output is ever written through a link.

A target that is a symbolic link to an existing file would be written where
the link leads — another folder, another user's file, a dotfile. Every writer
(render ``-o``, ``--reminder``, batch ``-o`` and ``--each``, ``new letter
-o``, and the file writer under them) refuses such a target with RJ423 at its
name, with or without ``--force``; the link and the file it leads to are left
as they were. Folders above the file may be links: only the file's own name is
never followed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rejectlet.errors import OutputError
from rejectlet.output import write_atomic
from tests.conftest import EXAMPLE
from tests.security.test_bad_input import PROFILE, ROOT, run

TABLE = ROOT / "examples" / "batch" / "replies.csv"
FORCE = [(), ("--force",)]


def _link_to_a_file(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A link named ``name`` in an output folder, leading to a file elsewhere."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    victim = elsewhere / f"kept-{name.replace('.', '-')}"
    victim.write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    link = out / name
    link.symlink_to(victim)
    return link, victim


def _untouched(link: Path, victim: Path) -> None:
    assert link.is_symlink()
    assert victim.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize("force", FORCE, ids=["plain", "force"])
def test_render_output_through_a_link_is_refused(tmp_path: Path, force: tuple[str, ...]) -> None:
    link, victim = _link_to_a_file(tmp_path, "letter.txt")
    result = run("render", str(EXAMPLE), "-o", str(link), *force)
    assert result.exit_code == 2, result.output
    assert "RJ423" in result.output
    assert f"out/{link.name}" in result.output  # the name given, not where it leads
    assert victim.name not in result.output
    _untouched(link, victim)


@pytest.mark.parametrize("force", FORCE, ids=["plain", "force"])
def test_a_reminder_through_a_link_is_refused(tmp_path: Path, force: tuple[str, ...]) -> None:
    link, victim = _link_to_a_file(tmp_path, "follow-up.ics")
    result = run("render", str(EXAMPLE), "-o", str(tmp_path / "out" / "letter.txt"),
                 "--reminder", str(link), *force)
    assert result.exit_code == 2, result.output
    assert "RJ423" in result.output
    _untouched(link, victim)
    assert not (tmp_path / "out" / "letter.txt").exists()  # all or nothing


@pytest.mark.parametrize("force", FORCE, ids=["plain", "force"])
def test_a_batch_file_through_a_link_is_refused(tmp_path: Path, force: tuple[str, ...]) -> None:
    link, victim = _link_to_a_file(tmp_path, "elena-marsh.txt")
    result = run("batch", str(TABLE), "--profile", str(PROFILE), "-f", "text", "--each",
                 str(tmp_path / "out" / "{name}.txt"), *force)
    assert "RJ423" in result.output, result.output
    assert result.exit_code != 0
    _untouched(link, victim)


@pytest.mark.parametrize("force", FORCE, ids=["plain", "force"])
def test_a_batch_output_through_a_link_is_refused(tmp_path: Path,
                                                  force: tuple[str, ...]) -> None:
    link, victim = _link_to_a_file(tmp_path, "all.txt")
    result = run("batch", str(TABLE), "--profile", str(PROFILE), "-f", "text", "-o",
                 str(link), *force)
    assert result.exit_code == 2, result.output
    assert "RJ423" in result.output
    _untouched(link, victim)


@pytest.mark.parametrize("force", FORCE, ids=["plain", "force"])
def test_a_new_letter_through_a_link_is_refused(tmp_path: Path, force: tuple[str, ...]) -> None:
    link, victim = _link_to_a_file(tmp_path, "reply.yaml")
    result = run("new", "letter", "--pack", "classic", "--letter", "reply", "-o", str(link),
                 *force)
    assert result.exit_code == 2, result.output
    assert "RJ423" in result.output
    _untouched(link, victim)


def test_the_file_writer_refuses_a_link_even_when_told_to_overwrite(tmp_path: Path) -> None:
    """The writer every command (and the schema files) goes through."""
    link, victim = _link_to_a_file(tmp_path, "letter.schema.json")
    with pytest.raises(OutputError) as caught:
        write_atomic(link, "{}", overwrite=True)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ423"
    assert diagnostic.location is not None and diagnostic.location.path.endswith(link.name)
    _untouched(link, victim)


def test_a_linked_folder_above_the_file_is_followed(tmp_path: Path) -> None:
    """Only the file's own name is never followed: a folder reached through a link
    (a home folder on another disk) is written into as usual."""
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "via").symlink_to(real, target_is_directory=True)
    result = run("render", str(EXAMPLE), "-o", str(tmp_path / "via" / "letter.txt"))
    assert result.exit_code == 0, result.output
    assert (real / "letter.txt").is_file()
    assert not (real / "letter.txt").is_symlink()
