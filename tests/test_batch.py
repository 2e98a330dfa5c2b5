"""Mail merge: one letter per row of a CSV or YAML table, through the command line
and the API. Good rows render in order while bad rows are reported by number;
output files are written whole or not at all."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest
import yaml
from click.testing import CliRunner

import rejectlet
import rejectlet.output
from rejectlet.batch import BatchJob, load_profile, read_rows, run_batch
from rejectlet.cli import main

pytestmark = pytest.mark.pdf

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "examples" / "batch" / "replies.csv"
PROFILE = ROOT / "examples" / "batch" / "profile.yaml"
#: the recipients of the table's good rows, in row order (row 5 has a placeholder)
GOOD = ["Elena Marsh", "Marcus Bell", "Ana Lima"]
BAD_ROW = re.compile(r"^row 5: \S*replies\.csv:5:5: RJ006 error: .*\[Company\]", re.MULTILINE)


def run_cli(*args: str, catch: bool = False) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=catch)


def batch(*args: str, table: Path = TABLE, catch: bool = False) -> Any:
    return run_cli("batch", str(table), "--profile", str(PROFILE), *args, catch=catch)


def page_texts(pdf: bytes | Path) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    with pdfplumber.open(source) as document:
        return [" ".join((page.extract_text() or "").split()) for page in document.pages]


def assert_one_recipient_per_page(texts: list[str], names: list[str]) -> None:
    assert len(texts) == len(names), f"{len(texts)} pages for {len(names)} letters"
    for number, (text, name) in enumerate(zip(texts, names, strict=True), start=1):
        assert name in text, f"page {number} should be to {name}: {text[:200]}"
        others = [other for other in names if other != name and other in text]
        assert others == [], f"page {number} also names {others}"


# -- the example table -------------------------------------------------------------
@pytest.fixture(scope="module")
def combined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """The example table rendered once into a single PDF."""
    target = tmp_path_factory.mktemp("combined") / "replies.pdf"
    return batch("-o", str(target)), target


def test_the_example_table_renders_its_good_rows_in_order_into_one_pdf(
        combined: tuple[Any, Path]) -> None:
    result, target = combined
    assert target.is_file(), result.output
    assert_one_recipient_per_page(page_texts(target), GOOD)


def test_a_bad_row_is_reported_by_its_number_and_the_run_exits_1(
        combined: tuple[Any, Path]) -> None:
    result, _ = combined
    assert result.exit_code == 1
    assert BAD_ROW.search(result.stderr), result.stderr
    assert "rendered 3 letter(s) from 4 row(s); 1 row(s) failed: 5" in result.stderr


def test_each_letter_can_go_to_a_file_of_its_own(tmp_path: Path) -> None:
    result = batch("--each", str(tmp_path / "{n}-{name}.pdf"))
    assert result.exit_code == 1
    assert BAD_ROW.search(result.stderr)
    names = ["001-elena-marsh.pdf", "002-marcus-bell.pdf", "003-ana-lima.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    for name, recipient in zip(names, GOOD, strict=True):
        assert_one_recipient_per_page(page_texts(tmp_path / name), [recipient])


def test_the_output_pattern_can_name_the_organization(tmp_path: Path) -> None:
    result = batch("--each", str(tmp_path / "{organization}.txt"), "-f", "text")
    assert result.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bluewater-freight.txt", "cedar-rail.txt", "northwind-logistics.txt"]


def test_a_dry_run_checks_every_row_and_writes_nothing(tmp_path: Path) -> None:
    result = batch("--dry-run", "-o", str(tmp_path / "replies.pdf"))
    assert result.exit_code == 1
    assert BAD_ROW.search(result.stderr)
    assert "checked 3 letter(s) from 4 row(s); 1 row(s) failed: 5" in result.stderr
    assert "wrote" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_limit_renders_only_the_first_good_rows(tmp_path: Path) -> None:
    target = tmp_path / "two.pdf"
    result = batch("--limit", "2", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "rendered 2 letter(s) from 2 row(s)" in result.stderr
    assert_one_recipient_per_page(page_texts(target), GOOD[:2])


def test_the_api_reports_failed_rows_without_rendering() -> None:
    pack = rejectlet.load_pack("classic")
    job = BatchJob(pack=pack, kind="reply", rows=list(read_rows(TABLE, pack)),
                   profile=load_profile(PROFILE), dry_run=True)
    report = run_batch(job)
    assert report.checked == 4
    assert report.rendered == 0
    assert report.written == []
    assert not report.ok
    assert list(report.failed) == [5]
    assert [d.code for d in report.failed[5]] == ["RJ006"]


def test_a_row_spanning_several_lines_is_reported_at_the_line_it_starts_on(
        tmp_path: Path) -> None:
    table = tmp_path / "multiline.csv"
    table.write_text(
        "recipient.name,recipient.address,organization,role,date\n"
        'Elena Marsh,"1200 Harbor Way\nSeattle, WA 98101",[Company],Analyst,2026-11-23\n'
        "Ana Lima,55 Rail Street,Cedar Rail,Data Scientist,2026-11-25\n", encoding="utf-8")
    result = batch("--dry-run", table=table)
    assert result.exit_code == 1
    # the record holding the placeholder starts on line 2 (and ends on line 3)
    assert re.search(r"^row 2: \S*multiline\.csv:\d+:\d+: RJ006", result.stderr,
                     re.MULTILINE), result.stderr
    assert "1 row(s) failed: 2" in result.stderr


def test_a_row_whose_address_misses_the_window_fails_alone(tmp_path: Path) -> None:
    table = tmp_path / "addresses.csv"
    table.write_text(
        "recipient.name,recipient.address,organization,role,date\n"
        "Elena Marsh,1200 Harbor Way,Northwind Logistics,Senior Data Analyst,2026-11-23\n"
        "Marcus Bell,Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenkassenamt,"
        "Bluewater Freight,Planning Analyst,2026-11-24\n"
        "Ana Lima,55 Rail Street,Cedar Rail,Data Scientist,2026-11-25\n", encoding="utf-8")
    target = tmp_path / "window.pdf"
    result = batch("--layout", "us-10-window", "-o", str(target), table=table)
    assert re.search(r"^row 3: \S*addresses\.csv:3:\d+: RJ453", result.stderr,
                     re.MULTILINE), result.stderr
    assert result.exit_code == 1
    assert_one_recipient_per_page(page_texts(target), ["Elena Marsh", "Ana Lima"])


# -- a YAML table --------------------------------------------------------------------
def _yaml_table(target: Path) -> int:
    """The example CSV as a YAML list of rows; returns the line of the bad row."""
    lists = {"met_with"}
    chunks: list[str] = []
    bad_line = 0
    line = 1
    with TABLE.open(newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            row: dict[str, Any] = {}
            for key, cell in record.items():
                if not cell:
                    continue
                value: Any = [p for p in cell.split(";") if p] if key in lists else cell
                *groups, leaf = key.split(".")
                node = row
                for group in groups:
                    node = node.setdefault(group, {})
                node[leaf] = value
            if row["organization"] == "[Company]":
                bad_line = line
            chunk = yaml.safe_dump([row], allow_unicode=True, sort_keys=False)
            chunks.append(chunk)
            line += chunk.count("\n")
    target.write_text("".join(chunks), encoding="utf-8")
    return bad_line


def test_a_yaml_table_gives_the_same_letters_as_the_csv(
        tmp_path: Path, combined: tuple[Any, Path]) -> None:
    table = tmp_path / "replies.yaml"
    bad_line = _yaml_table(table)
    assert bad_line > 1
    target = tmp_path / "replies.pdf"
    result = batch("-o", str(target), table=table)
    assert result.exit_code == 1
    assert re.search(rf"^row {bad_line}: \S*replies\.yaml:\d+:\d+: RJ006", result.stderr,
                     re.MULTILINE), result.stderr
    assert page_texts(target) == page_texts(combined[1])


# -- worker processes ----------------------------------------------------------------
def test_two_worker_processes_give_the_same_pages_as_one(tmp_path: Path,
                                                         combined: tuple[Any, Path]) -> None:
    target = tmp_path / "parallel.pdf"
    result = batch("--jobs", "2", "-o", str(target))
    assert result.exit_code == 1
    assert page_texts(target) == page_texts(combined[1])
    assert len(pypdf.PdfReader(target).pages) == 3


def _info(path: Path) -> dict[str, Any]:
    metadata = pypdf.PdfReader(path).metadata
    assert metadata is not None
    return {"title": metadata.title, "author": metadata.author, "subject": metadata.subject,
            "created": metadata.creation_date}


def test_a_pdf_laid_out_in_parts_keeps_its_title_author_and_date(tmp_path: Path) -> None:
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    assert batch("--jobs", "1", "--fixed-date", "2026-01-15", "-o", str(one)).exit_code == 1
    assert batch("--jobs", "2", "--fixed-date", "2026-01-15", "-o", str(two)).exit_code == 1
    expected = _info(one)
    assert expected["author"] == "Priya Raman"
    assert expected["created"] == dt.datetime(2026, 1, 15, tzinfo=dt.UTC)
    assert _info(two) == expected


def test_each_letters_own_file_describes_that_letter(tmp_path: Path) -> None:
    assert batch("--each", str(tmp_path / "{n}.pdf")).exit_code == 1
    roles = ["Senior Data Analyst", "Planning Analyst", "Data Scientist"]
    for number, role in enumerate(roles, start=1):
        info = _info(tmp_path / f"{number:03d}.pdf")
        expected = f"Priya Raman — {role} Position"
        assert (info["title"], info["subject"]) == (expected, expected), f"letter {number}"
        assert info["author"] == "Priya Raman"


# -- text output ---------------------------------------------------------------------
def test_text_output_goes_into_one_file_or_one_file_each(tmp_path: Path) -> None:
    combined_text = tmp_path / "all.txt"
    assert batch("-f", "text", "-o", str(combined_text)).exit_code == 1
    each = tmp_path / "each"
    each.mkdir()
    assert batch("-f", "text", "--each", str(each / "{n}-{name}.txt")).exit_code == 1
    letters = combined_text.read_text(encoding="utf-8").split("\f\n")
    assert len(letters) == 3
    files = sorted(each.iterdir())
    assert [p.name for p in files] == ["001-elena-marsh.txt", "002-marcus-bell.txt",
                                       "003-ana-lima.txt"]
    for letter, path, name in zip(letters, files, GOOD, strict=True):
        assert path.read_text(encoding="utf-8") == letter
        assert letter.startswith("Subject: Priya Raman — ")
        surname = name.split()[-1]
        assert re.search(rf"^Dear \w+\. {surname},$", letter, re.MULTILINE), letter[:200]


# -- never losing a file -------------------------------------------------------------
def test_an_existing_output_is_kept_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "replies.pdf"
    target.write_bytes(b"the user's own file")
    result = batch("-o", str(target))
    assert result.exit_code == 2
    assert "RJ422" in result.stderr
    assert target.read_bytes() == b"the user's own file"
    forced = batch("-o", str(target), "--force")
    assert forced.exit_code == 1
    assert_one_recipient_per_page(page_texts(target), GOOD)


def test_a_write_failing_midway_fails_its_row_and_leaves_no_partial_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace: Callable[..., None] = rejectlet.output.os.replace
    calls: list[str] = []

    def failing_replace(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        if Path(target).parent == tmp_path.resolve():
            calls.append(Path(target).name)
            if len(calls) == 2:
                raise OSError(28, "No space left on device")
        real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(rejectlet.output.os, "replace", failing_replace)
    result = batch("--each", str(tmp_path / "{n}-{name}.pdf"), catch=True)
    assert result.exit_code == 1  # the run finishes; the row whose file failed is reported
    assert re.search(r"^row 3: \S*002-marcus-bell\.pdf: RJ427 error: cannot write",
                     result.stderr, re.MULTILINE), result.stderr
    assert calls == ["001-elena-marsh.pdf", "002-marcus-bell.pdf", "003-ana-lima.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["001-elena-marsh.pdf",
                                                          "003-ana-lima.pdf"]
    for name, person in (("001-elena-marsh.pdf", GOOD[0]), ("003-ana-lima.pdf", GOOD[2])):
        whole = (tmp_path / name).read_bytes()
        assert whole.rstrip().endswith(b"%%EOF")
        assert_one_recipient_per_page(page_texts(whole), [person])


# -- many letters --------------------------------------------------------------------
def test_a_long_table_renders_every_letter_in_order_across_chunks(tmp_path: Path) -> None:
    names = [f"Reader {chr(ord('A') + i % 26)}{i:02d}" for i in range(1, 31)]
    table = tmp_path / "many.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["recipient.name", "organization", "role", "date"])
        for number, name in enumerate(names, start=1):
            writer.writerow([name, f"Depot {number}", "Analyst", "2026-11-23"])
    target = tmp_path / "many.pdf"
    result = batch("-o", str(target), table=table)
    assert result.exit_code == 0, result.output
    assert "rendered 30 letter(s) from 30 row(s)" in result.stderr
    # pypdf reads thirty pages in a fraction of pdfplumber's time
    texts = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(target).pages]
    assert_one_recipient_per_page(texts, names)
