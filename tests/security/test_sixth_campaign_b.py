"""The sixth attack on data and reports: a file name that is not UTF-8 in a JSON
report, and records entries full of made-up fields.

A report is valid UTF-8 whatever the file names it carries (SARIF percent-encodes
them, JSON shows U+FFFD), and one letter's unknown names are reported one by one
only up to the same count wherever they are written, records entries included.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.data import MAX_UNKNOWN_REPORTED
from rejectlet.diagnostics import Diagnostic, Location, Severity
from rejectlet.reports import json_report, sarif_log

BAD_NAME = os.fsdecode(b"l\xff.yaml")


@pytest.mark.parametrize("form", ["json", "sarif"])
def test_a_report_naming_a_file_that_is_not_utf8_is_utf8_json(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path(BAD_NAME).write_text("pack: classic\nletter: reply\nrole: 1\n", "utf-8")
    result = CliRunner().invoke(main, ["check", BAD_NAME, "--format", form])
    assert result.exit_code in (1, 2), result.output
    report = json.loads(result.stdout_bytes.decode("utf-8"))
    text = json.dumps(report, ensure_ascii=False)
    assert "\ufffd" in text or "%FF" in text
    text.encode("utf-8")


@pytest.mark.parametrize("make", [json_report, sarif_log])
def test_every_text_of_a_report_is_valid_unicode(make: Any) -> None:
    lone = "\udcff"
    found = Diagnostic("RJ202", Severity.ERROR, f"unknown value 'a{lone}'",
                       Location(f"x{lone}.yaml", 2, 3, key=f"k{lone}"), hint=f"h{lone}")
    report = make([found])
    json.dumps(report, ensure_ascii=False).encode("utf-8")  # no lone surrogate anywhere
    [entry] = [found.to_dict()]
    assert entry["message"] == "unknown value 'a\ufffd'"
    assert entry["path"] == "x\ufffd.yaml" and entry["key"] == "k\ufffd"
    assert entry["hint"] == "h\ufffd"


def _panel(entries: int, fields: int) -> list[dict[str, Any]]:
    return [{"name": f"N{i}", **{f"made_up_{j}": "x" for j in range(fields)}}
            for i in range(entries)]


def _base() -> dict[str, Any]:
    data = rejectlet.read_data_file(Path(__file__).resolve().parents[2] / "examples" /
                                    "reply.yaml")
    return dict(data)


def test_made_up_fields_in_records_are_counted_not_listed() -> None:
    pack = rejectlet.load_pack("classic")
    data = {**_base(), "panel": _panel(50, 200)}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(pack, "panel-thanks", data)
    unknown = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert len(unknown) == MAX_UNKNOWN_REPORTED + 1
    [summary] = [d for d in unknown if "more unknown" in d.message]
    assert f"{50 * 200 - MAX_UNKNOWN_REPORTED:,}" in summary.message
    assert summary.key.startswith("panel[0].")


def test_unknown_names_and_fields_share_one_count() -> None:
    pack = rejectlet.load_pack("classic")
    data = {**_base(), **{f"zz_{i}": "x" for i in range(15)}, "panel": _panel(3, 4)}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(pack, "panel-thanks", data)
    unknown = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert len(unknown) == MAX_UNKNOWN_REPORTED + 1
    assert sum("more unknown" in d.message for d in unknown) == 1


def test_a_few_made_up_fields_are_each_named_with_a_hint() -> None:
    pack = rejectlet.load_pack("classic")
    data = {**_base(), "panel": [{"name": "Ann", "discused": "x"}]}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(pack, "panel-thanks", data)
    [unknown] = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert unknown.key == "panel[0].discused"
    assert "discussed" in unknown.hint


# -- a text value is printed as written, whatever YAML or a CSV reader make of it --------

AS_WRITTEN = ["010", "0x1F", "1_000", "1.50", "+5", "1e3", ".5", "-0", "yes", "No", "on",
              "off", "2026-1-5", "2026-11-23", "007"]


def _secpack(tmp_path: Path) -> rejectlet.Pack:
    from ._support import write_pack

    return rejectlet.load_pack(write_pack(tmp_path / "pack"))


@pytest.mark.parametrize("written", AS_WRITTEN)
def test_a_yaml_text_value_keeps_its_written_text(tmp_path: Path, written: str) -> None:
    pack = _secpack(tmp_path)
    data = tmp_path / "letter.yaml"
    data.write_text(f"name: {written}\nnote: {written}\nitems: [{written}, Ann]\n"
                    "count: 010\n", "utf-8")
    letter = rejectlet.compose(pack, "note", rejectlet.read_data_file(data))
    assert letter.data["name"] == written
    assert letter.data["note"] == written
    assert letter.data["items"] == [written, "Ann"]
    assert letter.data["count"] == 8  # a number variable reads YAML's number


def test_a_records_text_field_keeps_its_written_text(tmp_path: Path) -> None:
    data = tmp_path / "letter.yaml"
    text = (Path(__file__).resolve().parents[2] / "examples" / "reply.yaml").read_text("utf-8")
    data.write_text(text.replace("letter: reply", "letter: panel-thanks")
                    + "panel:\n  - {name: Ann Lee, discussed: 0x1F}\n", "utf-8")
    letters = rejectlet.letters_from_file(data)
    assert letters[0].data["panel"][0]["discussed"] == "0x1F"


def test_csv_cells_in_text_columns_stay_text(tmp_path: Path) -> None:
    from rejectlet.batch import read_rows

    pack = _secpack(tmp_path)
    table = tmp_path / "rows.csv"
    table.write_text("name,note,count\n004512,no,007\n-0,TRUE,12\n", "utf-8")
    rows = list(read_rows(table, pack))
    assert [(r.values["name"], r.values["note"], r.values["count"]) for r in rows] == \
        [("004512", "no", 7), ("-0", "TRUE", 12)]
    letters = [rejectlet.compose(pack, "note", {**_base_sec(), **row.values}) for row in rows]
    assert [letter.data["name"] for letter in letters] == ["004512", "-0"]


def _base_sec() -> dict[str, Any]:
    from ._support import base_data

    return base_data()


def test_a_yaml_table_row_keeps_written_text_beside_a_profile(tmp_path: Path) -> None:
    from rejectlet.batch import read_rows, split_profile
    from rejectlet.data import merge_maps

    pack = _secpack(tmp_path)
    profile = tmp_path / "profile.yaml"
    profile.write_text("sender: {name: Sam Ortiz, email: sam@example.com}\n"
                       "recipient: {name: Ann Lee, email: ann@example.com}\n", "utf-8")
    table = tmp_path / "rows.yaml"
    table.write_text("- {name: 0123, note: 1.50}\n", "utf-8")
    shared, _, _ = split_profile(profile)
    assert shared is not None
    [row] = list(read_rows(table, pack))
    [letter] = rejectlet.compose_all(pack, "note", merge_maps(shared, row.values))
    assert (letter.data["name"], letter.data["note"]) == ("0123", "1.50")


# -- a mailto: link from data fills in no hidden copies and no text ------------------------

MAILTOS = {
    "mailto:ann@example.com?bcc=eve@evil.example": "mailto:ann@example.com",
    "mailto:ann@example.com?cc=eve@evil.example&body=Please%20pay": "mailto:ann@example.com",
    "mailto:ann@example.com?subject=Hello&BCC=eve@evil.example":
        "mailto:ann@example.com?subject=Hello",
    "mailto:ann@example.com?%62cc=eve@evil.example#x": "mailto:ann@example.com",
    "mailto:ann@example.com?to=eve@evil.example": "mailto:ann@example.com",
}


@pytest.mark.parametrize(("given", "kept"), MAILTOS.items(), ids=range(len(MAILTOS)))
def test_a_mailto_link_keeps_only_its_address_and_subject(tmp_path: Path, given: str,
                                                          kept: str) -> None:
    from ._support import base_data, parse_html, render_email_html, render_html, write_pack

    folder = write_pack(tmp_path / "pack", "Write to [me]({{ url }}).")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data(url=given))
    for html in (render_html(letter), render_email_html(letter)):
        hrefs = [e.attrs.get("href") for e in parse_html(html).elements if e.tag == "a"]
        assert hrefs == [kept]
    text = str(rejectlet.render(letter, "text", force=True))
    assert "evil" not in text and "pay" not in text.lower()


# -- a huge key or kind name is quoted short, never copied into the diagnostic -------------

@pytest.mark.parametrize("size", [201, 1_000_000])
def test_a_huge_unknown_key_is_quoted_short(size: int) -> None:
    pack = rejectlet.load_pack("classic")
    key = "k" * size
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(pack, "reply", {**_base(), key: "x"})
    [problem] = [d for d in caught.value.diagnostics if d.code == "RJ202"]
    assert len(str(caught.value)) < 2_000
    assert len(problem.key) <= 201 and problem.key.startswith("k" * 200)


def test_many_near_miss_keys_make_a_bounded_report() -> None:
    pack = rejectlet.load_pack("classic")
    keys = {f"organization{'x' * 100_000}{i}": "x" for i in range(25)}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(pack, "reply", {**_base(), **keys})
    assert len(str(caught.value)) < 25 * 1_000


def test_a_huge_letter_kind_is_quoted_short() -> None:
    pack = rejectlet.load_pack("classic")
    with pytest.raises(rejectlet.PackError) as caught:
        rejectlet.compose(pack, "r" * 1_000_000, _base())
    assert [d.code for d in caught.value.diagnostics] == ["RJ120"]
    assert len(str(caught.value)) < 2_000


# -- splitting text into sentences reads the letter's clock ------------------------------------

def test_splitting_many_sentences_reads_the_letter_clock() -> None:
    from rejectlet.limits import BudgetExceeded, letter_meter
    from rejectlet.rules import reading

    text = ". " * 20_000 + "x"
    with letter_meter() as meter, pytest.raises(BudgetExceeded):
        meter._until = float("-inf")
        reading._sentences(text)


def test_a_rule_looping_over_sentences_reads_the_letter_clock() -> None:
    from rejectlet.limits import BudgetExceeded, letter_meter
    from rejectlet.rules import reading

    text = reading.plain(". " * 2_000 + "x")
    found = reading.sentences(text)  # split while the letter has time
    with letter_meter() as meter, pytest.raises(BudgetExceeded):
        meter._until = float("-inf")
        for _ in found:
            pass
