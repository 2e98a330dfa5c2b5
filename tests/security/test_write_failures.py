"""A write that fails midway (a full disk, a file-size limit, an I/O error) is a
located RJ427 and a clean exit, never a traceback, and leaves neither the file
nor its temporary neighbour behind; in a batch, the rows that fail are reported."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import rejectlet
from rejectlet.output import atomic_file, write_atomic
from tests.security._support import ROOT

LETTER = ROOT / "examples" / "reply.yaml"


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)


def test_a_write_that_fails_is_rj427_and_leaves_nothing(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _full_disk(monkeypatch)
    target = tmp_path / "out.txt"
    with pytest.raises(rejectlet.RejectletError) as raised:
        write_atomic(target, "letter text")
    (diagnostic,) = raised.value.diagnostics
    assert diagnostic.code == "RJ427"
    assert diagnostic.location is not None and diagnostic.location.path.endswith("out.txt")
    assert list(tmp_path.iterdir()) == []


def test_an_old_file_survives_a_failed_overwrite(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the old letter", encoding="utf-8")
    _full_disk(monkeypatch)
    with pytest.raises(rejectlet.RejectletError):
        write_atomic(target, "the new letter", overwrite=True)
    assert target.read_text(encoding="utf-8") == "the old letter"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_piecewise_write_that_fails_is_rj427(tmp_path: Path) -> None:
    target = tmp_path / "combined.txt"
    with pytest.raises(rejectlet.RejectletError) as raised, \
            atomic_file(target, durable=False) as handle:
        handle.write(b"first letter")
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))
    assert [d.code for d in raised.value.diagnostics] == ["RJ427"]
    assert list(tmp_path.iterdir()) == []


def test_an_error_that_is_not_the_systems_passes_unchanged(tmp_path: Path) -> None:
    with pytest.raises(KeyError), atomic_file(tmp_path / "x.txt") as handle:
        handle.write(b"x")
        raise KeyError("not a write failure")
    assert list(tmp_path.iterdir()) == []


def _limited(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command line, run with a file-size limit far below a letter's size."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300))

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "rejectlet", *args], cwd=cwd, env=env,
                          preexec_fn=limit, capture_output=True, text=True, timeout=600,
                          check=False)


@pytest.mark.skipif(sys.platform == "win32", reason="no file-size limit to set")
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_the_command_line_reports_a_file_size_limit(tmp_path: Path, fmt: str) -> None:
    result = _limited("render", str(LETTER), "-f", fmt, "-o", f"out.{fmt}", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "RJ427" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="no file-size limit to set")
def test_a_batch_reports_each_row_whose_file_cannot_be_written(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("recipient.name,organization\nAnn Lee,Acme\nBen Ode,Initech\n",
                     encoding="utf-8")
    (tmp_path / "out").mkdir()
    result = _limited("batch", str(table), "--profile", str(LETTER), "-f", "text",
                      "--each", "out/{n}.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("RJ427") == 2
    assert list((tmp_path / "out").iterdir()) == []


def test_a_folder_that_cannot_be_synced_loses_no_letter(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from rejectlet.output import flush_to_disk

    target = write_atomic(tmp_path / "a.txt", "a letter", durable=False)
    real_open = os.open

    def refuse_folders(path: object, flags: int, *args: object) -> int:
        if flags & getattr(os, "O_DIRECTORY", 0):
            raise OSError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse_folders)
    flush_to_disk([target])  # no exception: the letter is already whole and in place
    assert target.read_text(encoding="utf-8") == "a letter"
