"""One file per letter: a name that is an input of the run (the table itself)
fails that row alone, as any other obstacle at a row's name does, and a row that
wrote nothing claims no name and no number of the rows after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet import batch as batch_module
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.errors import OutputError
from tests.security.test_nothing_lost import keeper

TABLE = """\
name,organization,count,recipient.name,recipient.email
Ann Lee,Northwind,4,Ann Lee,ann@example.com
Cy Diaz,Fabrikam,2,Cy Diaz,cy@example.com
Fay Gil,Umbrella,10,Fay Gil,fay@example.com
"""


def _job(tmp_path: Path, table: Path, pattern: str, fmt: str) -> BatchJob:
    pack = rejectlet.load_pack(keeper(tmp_path))
    return BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)), fmt=fmt,
                    pattern=pattern, inputs=(table,), overwrite=True)


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_row_named_as_the_table_fails_alone(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    table = out / "001.csv"
    table.write_text(TABLE, "utf-8")
    before = table.read_bytes()
    report = run_batch(_job(tmp_path, table, str(out / "{n}.csv"), fmt))
    assert {row: [d.code for d in problems] for row, problems in report.failed.items()} == \
        {2: ["RJ421"]}
    assert report.rendered == 2
    assert table.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["001.csv", "002.csv", "003.csv"]


def test_a_pattern_that_is_the_table_fails_every_row_and_writes_nothing(
        tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(TABLE, "utf-8")
    report = run_batch(_job(tmp_path, table, str(table), "text"))
    assert sorted(report.failed) == [2, 3, 4]
    assert report.rendered == 0
    assert table.read_text("utf-8") == TABLE
    assert sorted(p.name for p in tmp_path.glob("rows*")) == ["rows.csv"]


def test_a_row_that_wrote_nothing_claims_no_name(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(TABLE.replace("Cy Diaz", "Ann Lee"), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    real = batch_module.write_atomic
    calls: list[Path] = []

    def first_fails(path: Any, *args: Any, **kwargs: Any) -> Path:
        calls.append(Path(path))
        if len(calls) == 1:  # the disk is full for the first letter only
            raise OutputError(f"cannot write {path}", None, code="RJ427")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(batch_module, "write_atomic", first_fails)
    report = run_batch(_job(tmp_path, table, str(out / "{name}.txt"), "text"))
    assert sorted(report.failed) == [2]
    assert sorted(p.name for p in out.iterdir()) == ["ann-lee.txt", "fay-gil.txt"]
