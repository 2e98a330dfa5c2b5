"""A control character or a bidirectional override in a data value is refused at
its key, whichever road the value took: a YAML escape (``"\\e"``), a raw CSV
cell, or a mapping a program passes. Tabs and line breaks stay allowed, a line
break written as CR LF is one line break, and the direction marks that names
in Arabic or Hebrew need are kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch, split_profile
from tests.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "batch" / "profile.yaml"
HEADER = "recipient.name,recipient.email,organization,role,date\n"

#: What YAML writes for each escape, and the character the value then holds.
ESCAPES = {"\\0": "\x00", "\\a": "\x07", "\\e": "\x1b", "\\x07": "\x07", "\\b": "\x08",
           "\\v": "\x0b", "\\f": "\x0c", "\\r": "\r", "\\x7f": "\x7f", "\\N": "\x85",
           "\\x9b": "\x9b", "\\u202e": "\u202e", "\\u2066": "\u2066", "\\u202a": "\u202a"}
RAW = ["\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\r", "\u202e", "\u202d", "\u2067",
       "\u2069"]


def codes_and_keys(error: rejectlet.RejectletError) -> list[tuple[str, str | None]]:
    return [(d.code, d.key) for d in error.diagnostics]


def example_values() -> dict[str, Any]:
    return dict(rejectlet.read_data_file(EXAMPLE))


@pytest.mark.parametrize("escape", list(ESCAPES))
def test_a_yaml_escape_that_writes_a_control_is_refused_at_its_line_and_key(
        tmp_path: Path, escape: str) -> None:
    lines = EXAMPLE.read_text("utf-8").splitlines()
    line = next(n for n, row in enumerate(lines, 1) if row.startswith("detail:"))
    lines[line - 1] = f'detail: "Thanks {escape}again"'
    data = tmp_path / "letter.yaml"
    data.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.letter_from_file(data)
    [finding] = caught.value.diagnostics
    assert (finding.code, finding.key) == ("RJ215", "detail")
    assert finding.location is not None and finding.location.line == line
    assert f"U+{ord(ESCAPES[escape]):04X}" in finding.message
    assert finding.hint


@pytest.mark.parametrize("char", RAW, ids=[f"U+{ord(c):04X}" for c in RAW])
@pytest.mark.parametrize("where", ["string", "text", "list item", "record field", "email"])
def test_the_api_refuses_a_control_in_any_value_at_its_key_path(char: str, where: str) -> None:
    values = example_values()
    pack, kind = rejectlet.load_pack("classic"), "reply"
    if where == "string":
        values["organization"], key = f"North{char}wind", "organization"
    elif where == "text":
        values["strengths"], key = f"First line\n\tand {char} the next", "strengths"
    elif where == "list item":
        values["met_with"], key = ["you", f"the {char}team"], "met_with[1]"
    elif where == "email":
        values["recipient"] = {**values["recipient"], "email": f"elena{char}@example.com"}
        key = "recipient.email"
    else:
        kind = "panel-thanks"
        values = dict(rejectlet.read_data_file(ROOT / "examples" / "panel-thanks.yaml"))
        panel = [dict(person) for person in values["panel"]]
        panel[1]["discussed"] = f"our {char}session"
        values["panel"], key = panel, "panel[1].discussed"
    with pytest.raises(rejectlet.DataError) as caught:
        if kind == "reply":
            rejectlet.compose(pack, kind, values)
        else:
            rejectlet.compose_all(pack, kind, values)
    assert codes_and_keys(caught.value) == [("RJ215", key)]


def test_a_control_in_a_csv_cell_fails_its_row_alone_at_its_column(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(HEADER
                     + "Elena Marsh,elena.marsh@example.com,North\x1bwind,Analyst,2026-11-23\n"
                     + "Ana Lima,ana.lima@example.com,Cedar Rail,Scientist,2026-11-25\n"
                     + "Bo\u202eLee,bo.lee@example.com,Oak,Planner,2026-11-26\n",
                     "utf-8")
    pack = rejectlet.load_pack("classic")
    shared, _, _ = split_profile(PROFILE)
    out = tmp_path / "out"
    out.mkdir()
    report = run_batch(BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)),
                                profile=shared, inputs=(table,), fmt="text",
                                pattern=str(out / "{n}.txt")))
    assert sorted(report.failed) == [2, 4]
    [organization] = report.failed[2]
    assert (organization.code, organization.key) == ("RJ215", "organization")
    assert organization.location is not None
    assert (organization.location.line, organization.location.column) == (2, 3)
    [name] = report.failed[4]
    assert (name.code, name.key) == ("RJ215", "recipient.name")
    assert report.rendered == 1


def test_tabs_line_breaks_crlf_and_direction_marks_are_kept() -> None:
    values = example_values()
    values["strengths"] = "A first line,\r\n\tand a second."
    values["organization"] = "\u05d3\u05e0\u05d4\u200f Labs\u200e"
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply", values)
    assert letter.data["strengths"] == "A first line,\n\tand a second."
    assert letter.data["organization"] == "\u05d3\u05e0\u05d4\u200f Labs\u200e"


def test_a_lone_carriage_return_in_a_one_line_value_is_refused() -> None:
    values = example_values()
    values["role"] = "Analyst\rBcc: x@evil.example"
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", values)
    assert codes_and_keys(caught.value) == [("RJ215", "role")]
