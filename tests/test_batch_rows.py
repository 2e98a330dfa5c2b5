"""A batch holds each row to the limits of a single letter, and a row that fails
fails alone: the page limit of a PDF, a YAML row that is not a mapping, and data
passed to compose that is not a mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.renderers.pdf import MAX_PAGES
from tests.security._support import codes
from tests.security._support import write_pack as write_attack_pack


def write_pack(folder: Path, body: str = "Thank you, {{ name }}.", **options: str) -> Path:
    """The security suite's small pack, with the structure rules (which want a whole
    reply) turned down to warnings: these rows are about limits, not content."""
    written = write_attack_pack(folder, body, **options)
    pack_yaml = written / "pack.yaml"
    text = pack_yaml.read_text(encoding="utf-8")
    pack_yaml.write_text(text.replace("\nletters:", "\nrules:\n  RJ002: warning\n"
                                      "letters:", 1), encoding="utf-8")
    return written


#: Type this large fits a few words on a page: a long note runs past the page limit.
GIANT_TYPE = "body { font-size: 160px }"


@pytest.mark.pdf
def test_a_batch_letter_over_the_page_limit_fails_alone(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{{ note }}", style=GIANT_TYPE)
    table = tmp_path / "rows.yaml"
    long_note = "word " * 400
    table.write_text(
        "- {name: Ann, note: Thanks.}\n"
        f"- {{name: Ben, note: '{long_note}'}}\n"
        "- {name: Cy, note: Thanks again.}\n", encoding="utf-8")
    pack = rejectlet.load_pack(folder)
    out = tmp_path / "out"
    out.mkdir()
    job = BatchJob(pack=pack, kind="note", rows=list(read_rows(table, pack)), fmt="pdf",
                   pattern=str(out / "{n}.pdf"))
    report = run_batch(job)
    assert list(report.failed) == [2]
    [problem] = report.failed[2]
    assert problem.code == "RJ417"
    assert str(MAX_PAGES) in problem.message
    assert report.rendered == 2
    assert sorted(p.name for p in out.iterdir()) == ["001.pdf", "002.pdf"]


def test_a_yaml_row_that_is_not_a_mapping_fails_alone(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    table = tmp_path / "rows.yaml"
    table.write_text("- {name: Ann}\n- just text\n- {name: Cy}\n", encoding="utf-8")
    pack = rejectlet.load_pack(folder)
    job = BatchJob(pack=pack, kind="note", rows=list(read_rows(table, pack)), fmt="text",
                   output=tmp_path / "all.txt")
    report = run_batch(job)
    assert list(report.failed) == [2]
    assert [d.code for d in report.failed[2]] == ["RJ212"]
    assert report.rendered == 2
    text = (tmp_path / "all.txt").read_text(encoding="utf-8")
    assert "Ann" in text and "Cy" in text


@pytest.mark.parametrize("data", [[1, 2], 5, ("a", "b")], ids=["list", "number", "tuple"])
def test_data_that_is_not_a_mapping_is_a_located_data_error(data: object) -> None:
    pack = rejectlet.load_pack("classic")
    with pytest.raises(rejectlet.DataError) as raised:
        rejectlet.compose(pack, "reply", data)  # type: ignore[arg-type]
    assert codes(raised.value) == ["RJ201"]
    assert raised.value.diagnostics[0].location is not None
