"""A batch that writes one file per letter waits for the disk once, at its end.

Waiting for every file to reach the disk cost as much per letter as composing it.
Each file still appears under its name only whole (written aside, then renamed);
the contents and the renames are flushed together when the run finishes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from rejectlet.batch import run_batch
from rejectlet.output import flush_to_disk, write_atomic
from tests.security.test_nothing_lost import GOOD, job, keeper, leftovers, table


def count_waits(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    calls: dict[str, list[Any]] = {"fsync": [], "sync": []}
    real_fsync, real_sync = os.fsync, os.sync

    def fsync(fd: int) -> None:
        calls["fsync"].append(fd)
        real_fsync(fd)

    def sync() -> None:
        calls["sync"].append(None)
        real_sync()

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "sync", sync)
    return calls


def test_a_batch_of_files_flushes_once_and_syncs_each_folder_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    calls = count_waits(monkeypatch)
    report = run_batch(job(pack, rows, fmt="text", pattern=str(out / "{n}-{name}.txt")))
    assert len(report.written) == len(GOOD) > 1
    assert len(calls["sync"]) == 1
    assert len(calls["fsync"]) == 1  # the one folder, not each letter
    assert leftovers(tmp_path) == []


def test_a_batch_into_one_file_waits_for_that_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    calls = count_waits(monkeypatch)
    run_batch(job(pack, rows, fmt="text", output=tmp_path / "all.txt"))
    assert len(calls["fsync"]) == 1 and calls["sync"] == []


def test_a_single_write_is_durable_before_its_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_waits(monkeypatch)
    write_atomic(tmp_path / "letter.txt", "Dear Ann,")
    assert len(calls["fsync"]) == 1


def test_flushing_nothing_waits_for_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_waits(monkeypatch)
    flush_to_disk([])
    assert calls == {"fsync": [], "sync": []}
