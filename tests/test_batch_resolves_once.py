"""A batch resolves the folders and files it protects once, not once per letter.

Every output file is checked against the pack's folder and the run's inputs; a
batch of many letters resolves those paths the first time and keeps them, and
still refuses a target inside the pack or over an input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.batch import BatchJob, load_profile, read_rows, run_batch
from rejectlet.errors import OutputError

ROWS = "\n".join(
    ["recipient.name,recipient.email,organization,role"]
    + [f"Dana Hale{i},dana{i}@example.com,Northwind,Analyst" for i in range(6)]) + "\n"
PROFILE = ("sender:\n  name: Priya Raman\n  email: priya@example.com\n"
           "strengths: Six years of forecasting freight demand.\n")


def _job(tmp_path: Path, pattern: str) -> BatchJob:
    table = tmp_path / "rows.csv"
    table.write_text(ROWS, encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text(PROFILE, encoding="utf-8")
    pack = rejectlet.load_pack("classic")
    return BatchJob(pack=pack, kind="reply", rows=read_rows(table, pack),
                    profile=load_profile(profile), fmt="text", pattern=pattern,
                    inputs=(table, profile))


def test_the_pack_folder_and_inputs_are_resolved_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = _job(tmp_path, str(tmp_path / "out-{n}.txt"))
    watched = {Path(job.pack.root), tmp_path / "rows.csv", tmp_path / "profile.yaml"}
    seen: list[Path] = []
    real = Path.resolve

    def resolve(self: Path, strict: bool = False) -> Path:
        if self in watched:
            seen.append(self)
        return real(self, strict=strict)

    monkeypatch.setattr(Path, "resolve", resolve)
    report = run_batch(job)
    assert report.rendered == 6 and len(report.written) == 6
    # the run's checks resolve each once for all six files (reading the table may
    # resolve it once more), never once per file
    counts = {path: seen.count(path) for path in watched}
    assert counts[Path(job.pack.root)] == 1
    assert all(1 <= count <= 2 for count in counts.values()), counts


def test_a_target_inside_the_pack_is_still_refused(tmp_path: Path) -> None:
    pack_root = Path(rejectlet.load_pack("classic").root)
    job = _job(tmp_path, str(pack_root / "out-{n}.txt"))
    with pytest.raises(OutputError) as caught:
        run_batch(job)
    assert [d.code for d in caught.value.diagnostics] == ["RJ421"]
    assert not list(pack_root.glob("out-*.txt"))


def test_an_input_is_still_never_written_over(tmp_path: Path) -> None:
    job = _job(tmp_path, str(tmp_path / "rows.csv"))
    report = run_batch(job)
    assert (tmp_path / "rows.csv").read_text(encoding="utf-8") == ROWS
    assert report.failed and all(d.code == "RJ421" for ds in report.failed.values() for d in ds)
