"""Costs that grew with the size or the repetition of one upload, counted.

- The CSV reader asked the file for its whole size limit at once, which made a
  50 MB buffer before the first byte of even a tiny table; it now reads in
  bounded pieces, and the row and size limits still hold.
- A SARIF log recounted the lines of a file once per fix; each file is now
  read and indexed once per log.
- A stylesheet naming one file in many ``url()``\\ s read that file once per
  mention; each file is now read once per render.

Each test counts the work (bytes asked for, files read), never the time.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet import batch, reports
from rejectlet.diagnostics import Diagnostic, Fix, Location, Severity
from rejectlet.renderers import html_assets
from tests.security._support import compose, write_pack

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
       b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
       b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


# -- CSV -----------------------------------------------------------------------------------

def _table(tmp_path: Path, rows: int) -> Path:
    table = tmp_path / "rows.csv"
    lines = ["recipient.name,organization"] + [f"Person {n},Org {n}" for n in range(rows)]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return table


def test_a_small_table_is_read_without_a_buffer_of_the_whole_limit(tmp_path: Path) -> None:
    table = _table(tmp_path, 3)
    tracemalloc.start()
    try:
        rows = list(batch.read_csv_rows(table, set()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(rows) == 3
    # the limit is 50,000,000 bytes; a three-row table needs a tiny fraction of it
    assert peak < batch.MAX_CSV_BYTES // 10, f"{peak:,} bytes at the peak"


def test_the_table_is_asked_for_in_bounded_pieces(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    table = _table(tmp_path, 2_000)
    asked: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        if self != table:
            return handle
        real_read = handle.read

        class Counted:
            def __enter__(self) -> Counted:
                return self

            def __exit__(self, *exc: object) -> None:
                handle.close()

            def read(self, size: int = -1) -> str:
                asked.append(size)
                return str(real_read(size))

        return Counted()

    monkeypatch.setattr(batch, "CSV_PIECE_CHARS", 4_096)
    monkeypatch.setattr(Path, "open", counting_open)
    rows = list(batch.read_csv_rows(table, set()))
    assert len(rows) == 2_000
    assert asked and all(0 < size <= 4_096 for size in asked)
    assert len(asked) >= table.stat().st_size // 4_096


def test_a_table_longer_than_the_limit_as_read_is_refused(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """The size found on disk is checked first; the characters read are counted too,
    so a table that grows while it is read still stops at the limit."""
    table = _table(tmp_path, 200)
    size = table.stat().st_size
    monkeypatch.setattr(batch, "CSV_PIECE_CHARS", 64)
    monkeypatch.setattr(batch, "MAX_CSV_BYTES", size - 10)
    real_stat = Path.stat

    def small_stat(self: Path, *args: Any, **kwargs: Any) -> Any:
        found = real_stat(self, *args, **kwargs)
        if self != table:
            return found

        class Shown:
            st_size = 1

            def __getattr__(self, name: str) -> Any:
                return getattr(found, name)

        return Shown()

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(rejectlet.DataError) as caught:
        list(batch.read_csv_rows(table, set()))
    assert [d.code for d in caught.value.diagnostics] == ["RJ205"]


# -- SARIF ---------------------------------------------------------------------------------

def test_a_sarif_log_reads_each_file_once_however_many_fixes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = tmp_path / "reply.yaml"
    lines = [f"line{n}: I am sorry for bothering you again {n}\n" for n in range(400)]
    letter.write_text("".join(lines), encoding="utf-8")
    read: list[str] = []
    real = reports.source_text

    def counting(path: str) -> str | None:
        read.append(path)
        return real(path)

    monkeypatch.setattr(reports, "source_text", counting)
    found = [Diagnostic("RJ004", Severity.WARNING, "apologetic", Location(str(letter), n + 1, 1),
                        fix=Fix("sorry", "glad"))
             for n in range(400)]
    log = reports.sarif_log(found)
    results = log["runs"][0]["results"]
    assert all("fixes" in result for result in results)
    assert len(read) == 1
    # the regions are where the words are: line n, just after "lineN: I am "
    for n in (0, 199, 399):
        region = results[n]["fixes"][0]["artifactChanges"][0]["replacements"][0][
            "deletedRegion"]
        column = len(f"line{n}: I am ") + 1
        assert region == {"startLine": n + 1, "startColumn": column, "endLine": n + 1,
                          "endColumn": column + len("sorry")}


def test_a_fix_past_the_last_line_is_left_out(tmp_path: Path) -> None:
    letter = tmp_path / "reply.yaml"
    letter.write_text("a: sorry\nb: sorry", encoding="utf-8")
    found = [Diagnostic("RJ004", Severity.WARNING, "x", Location(str(letter), line, 1),
                        fix=Fix("sorry", "glad")) for line in (2, 3)]
    results = reports.sarif_log(found)["runs"][0]["results"]
    assert "fixes" in results[0] and "fixes" not in results[1]


# -- a stylesheet naming one file many times ----------------------------------------------

def test_a_file_named_by_many_urls_is_read_once_per_render(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = "\n".join(f".c{n} {{ background: url(logo.png{'?v=' + str(n) if n % 2 else ''}) }}"
                      for n in range(300))
    pack = write_pack(tmp_path / "pack", style=rules, files={"logo.png": PNG})
    letter = compose(pack)
    read: list[Path] = []
    real = html_assets.read_inside

    def counting(root: Path, path: Path, limit: int) -> bytes:
        read.append(path)
        return real(root, path, limit)

    monkeypatch.setattr(html_assets, "read_inside", counting)
    html = rejectlet.render(letter, "html", force=True)
    assert html.count("data:image/png;base64,") == 300
    assert len(read) == 1
