"""Findings of the fourth independent campaign, part A, kept closed: typed values
passed through the Python API (integers of any length, subclasses of int and of
date) and output file names longer than the file system allows."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.cli import main
from rejectlet.output import MAX_NAME_BYTES, write_atomic

from ._support import PACK_YAML, base_data, codes, write_pack

# -- typed values from a mapping get the same checks as text -------------------------


class LoudInt(int):
    def __repr__(self) -> str:
        raise RuntimeError("repr refused")

    __str__ = __repr__


class LoudDate(dt.date):
    def __repr__(self) -> str:
        raise RuntimeError("repr refused")

    __str__ = __repr__


class LoudDateTime(dt.datetime):
    def __repr__(self) -> str:
        raise RuntimeError("repr refused")

    def date(self) -> dt.date:
        raise RuntimeError("date refused")


def _dated_pack(tmp_path: Path) -> rejectlet.Pack:
    folder = write_pack(tmp_path / "pack", "Thanks, {{ name }}: {{ count }} on {{ when }}.")
    (folder / "pack.yaml").write_text(
        PACK_YAML.replace("@STYLES@", "").replace(
            "  count: {type: integer}\n", "  count: {type: integer}\n  when: {type: date}\n"),
        "utf-8")
    return rejectlet.load_pack(folder)


@pytest.mark.parametrize("digits", [4301, 5001, 20000])
def test_an_integer_too_long_to_write_out_is_rj205_at_its_key(tmp_path: Path,
                                                             digits: int) -> None:
    pack = _dated_pack(tmp_path)
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(pack, "note", base_data(count=10 ** (digits - 1)))
    assert codes(caught.value) == ["RJ205"]
    assert caught.value.diagnostics[0].key == "count"


@pytest.mark.parametrize("value", [LoudInt(7), LoudDate(2026, 11, 23),
                                   LoudDateTime(2026, 11, 23, 9, 30)],
                         ids=["int", "date", "datetime"])
def test_subclassed_numbers_and_dates_become_their_base_type(tmp_path: Path,
                                                             value: Any) -> None:
    pack = _dated_pack(tmp_path)
    field = "count" if isinstance(value, int) else "when"
    letter = rejectlet.compose(pack, "note", base_data(**{field: value}))
    rejectlet.validate(letter)
    text = rejectlet.render(letter, "text", force=True)
    stored = letter.data[field]
    assert type(stored) in (int, dt.date)
    assert (": 7 on" if field == "count" else "November 23, 2026") in text


def test_typed_values_are_checked_in_a_thread_too(tmp_path: Path) -> None:
    pack = _dated_pack(tmp_path)
    outcome: list[Any] = []

    def work() -> None:
        try:
            rejectlet.compose(pack, "note", base_data(count=10 ** 5000))
        except rejectlet.RejectletError as exc:
            outcome.append(codes(exc))
        letter = rejectlet.compose(pack, "note", base_data(count=LoudInt(4),
                                                           when=LoudDate(2026, 1, 2)))
        outcome.append(rejectlet.render(letter, "text", force=True))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome[0] == ["RJ205"]
    assert "4 on January 2, 2026" in outcome[1]


# -- names too long for the file system ----------------------------------------------


def test_a_name_too_long_is_a_located_error_before_anything_is_written(
        tmp_path: Path) -> None:
    target = tmp_path / ("a" * (MAX_NAME_BYTES + 1) + ".txt")
    with pytest.raises(rejectlet.OutputError) as caught:
        write_atomic(target, "text")
    assert codes(caught.value) == ["RJ427"]
    assert caught.value.diagnostics[0].location is not None
    assert caught.value.diagnostics[0].hint
    assert list(tmp_path.iterdir()) == []


def test_a_name_that_fits_is_written_however_long(tmp_path: Path) -> None:
    # the temporary neighbour must not push a name that fits over the limit
    target = tmp_path / ("é" * ((MAX_NAME_BYTES - 4) // 2) + ".txt")
    write_atomic(target, "text")
    assert target.read_text("utf-8") == "text"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_the_command_line_reports_a_long_output_name(tmp_path: Path) -> None:
    write_pack(tmp_path / "pack")
    data = tmp_path / "data.yaml"
    data.write_text(yaml.safe_dump({"pack": "./pack", "letter": "note", **base_data()}),
                    "utf-8")
    result = CliRunner().invoke(main, ["render", str(data), "-f", "text", "--allow-errors",
                                       "-o", str(tmp_path / ("x" * 300 + ".txt"))])
    assert result.exit_code != 0
    assert "RJ427" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


ROW_PACK = """\
pack: rows
version: 1.0.0
language: en
variables:
  recipient.name: {type: string, required: true}
sections:
  thanks:
    kind: gratitude
    text: "Thank you, {{ recipient.name }}, for your time and the interview."
  interest:
    kind: interest
    text: "I remain keen on the team and would be glad to stay in touch."
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ recipient.name }},"
    body: [thanks, interest]
    closing: "Best regards,"
    signature: "Sam Ortiz"
"""


@pytest.mark.parametrize("fmt", ["text", "html", "pdf"])
def test_a_batch_row_whose_file_name_is_too_long_fails_alone(tmp_path: Path,
                                                             fmt: str) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(ROW_PACK, "utf-8")
    pack = rejectlet.load_pack(folder)
    table = tmp_path / "rows.csv"
    long_name = "B" * 3000  # its slug is cut to 60 characters; five make 300 bytes
    table.write_text(f"recipient.name\nAnn Lee\n{long_name}\nCy Diaz\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    report = run_batch(BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)),
                                inputs=(table,), fmt=fmt,
                                pattern=str(out / "{name}-{name}-{name}-{name}-{name}.x")))
    assert list(report.failed) == [3]
    assert [d.code for d in report.failed[3]] == ["RJ427"]
    assert report.rendered == 2
    assert len(list(out.iterdir())) == 2
