"""In a batch of PDFs, a row whose own data makes its letter slow to lay out
fails alone; the other rows are still written.

Letters are laid out many to a document, and a document that runs out of time
stops the run: the stylesheet that made it endless is the same for every
document. But a few rows of long values in many scripts cost seconds each, and
twenty-five of them to a document ran the run's one limit out, blaming the
stylesheet and losing every row. A letter long enough to cost that much is now
laid out on its own document; when that one runs out of time, its row fails
alone (RJ416 at the row) and the rest render.

The layout worker is replaced by one that runs out of time on the marked letter
only, so nothing here depends on how fast the machine is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
import rejectlet.renderers.isolation as isolation_module
from rejectlet.batch import CHUNK_CHARS, BatchJob, _chunks, read_rows, run_batch
from rejectlet.errors import RenderError

MARK = "Slowmark"
LONG = " ".join([MARK] + ["forecasting"] * 2_000)[:19_990]


def _rows(heavy_at: int, count: int) -> str:
    rows = []
    for number in range(count):
        strengths = LONG if number == heavy_at else "I build demand models."
        detail = LONG if number == heavy_at else "the tour"
        rows.append(f"- {{recipient: {{name: Dana Whit{number}}}, organization: Acme,"
                    f" role: Analyst, strengths: '{strengths}', detail: '{detail}',"
                    " sender: {name: Alex Morgan}}\n")
    return "".join(rows)


@pytest.fixture
def slow_on_the_mark(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    real = isolation_module.call_isolated
    calls: list[int] = []

    def worker(function: Any, args: tuple[Any, ...], timeout: float | None,
               where: Any = None) -> Any:
        task = args[0]
        calls.append(task.count)
        if MARK in task.html_text:
            raise RenderError(f"rendering took longer than {timeout:g} s and was stopped",
                              where, code="RJ416")
        return real(function, args, timeout, where)

    monkeypatch.setattr(isolation_module, "call_isolated", worker)
    return calls


def test_a_row_slow_on_its_own_fails_alone(tmp_path: Path,
                                           slow_on_the_mark: list[int]) -> None:
    table = tmp_path / "rows.yaml"
    table.write_text(_rows(heavy_at=1, count=4), encoding="utf-8")
    pack = rejectlet.load_pack("classic")
    job = BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)), fmt="pdf",
                   output=tmp_path / "all.pdf")
    report = run_batch(job)
    assert list(report.failed) == [2], report.failed
    [problem] = report.failed[2]
    assert problem.code == "RJ416"
    assert problem.location is not None and problem.location.line == 2
    assert report.rendered == 3 and (tmp_path / "all.pdf").read_bytes().startswith(b"%PDF")
    assert 1 in slow_on_the_mark  # the long letter was laid out on its own


def test_a_long_letter_is_laid_out_apart_from_the_rest() -> None:
    short, long = "x" * 100, "y" * (CHUNK_CHARS + 1)
    chunks = _chunks([short, short, long, short, long, long, short], 25)
    assert [len(chunk) for _, chunk in chunks] == [2, 1, 1, 1, 1, 1]
    assert [start for start, _ in chunks] == [0, 2, 3, 4, 5, 6]
    assert [len(chunk) for _, chunk in _chunks([short] * 7, 3)] == [3, 3, 1]
