"""The fifth attack on data, tables and files: a core YAML tag forced onto text
it cannot read, an ``include:`` naming a NUL, and a row whose follow-up date
passes the calendar, each a located error; in a batch, that row alone fails."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch, split_profile
from rejectlet.cli import main

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "batch" / "profile.yaml"
HEADER = "recipient.name,recipient.email,organization,role,date\n"


def run(*args: str | Path) -> Any:
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"a traceback: {result.exception!r}"
    return result


TAGGED = ["follow_up: !!bool maybe", "date: !!timestamp abc", "follow_up_days: !!int ''",
          "follow_up_days: !!int '-'", "follow_up_days: !!float ''", "!!bool maybe: x",
          "date: !!timestamp ''", "follow_up: !!bool ''", "follow_up_days: !!int '0x'"]


@pytest.mark.parametrize("line", TAGGED)
def test_a_core_tag_on_text_it_cannot_read_is_located(tmp_path: Path, line: str) -> None:
    data = tmp_path / "d.yaml"
    data.write_text(f"pack: classic\nletter: reply\n{line}\n", "utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.letter_from_file(data)
    [finding] = caught.value.diagnostics
    assert finding.code == "RJ100" and finding.location is not None
    assert finding.location.line == 3
    result = run("check", data)
    assert result.exit_code == 2 and "d.yaml:3:" in result.output


def test_a_tagged_cell_in_a_yaml_table_fails_its_row_alone_cleanly(tmp_path: Path) -> None:
    table = tmp_path / "rows.yaml"
    table.write_text("- recipient: {name: Elena Marsh, email: elena.marsh@example.com}\n"
                     "  organization: Northwind\n  role: Analyst\n  date: 2026-11-23\n"
                     "- recipient: {name: Ana Lima, email: ana@example.com}\n"
                     "  organization: Cedar\n  role: DS\n  date: !!timestamp abc\n", "utf-8")
    result = run("batch", table, "--profile", PROFILE, "-f", "text", "--each",
                 tmp_path / "{n}.txt")
    # the row is reported at the cell, and the other row is still written
    assert result.exit_code == 1 and "RJ100" in result.output
    assert f"{table.name}:8:" in result.output
    assert (tmp_path / "001.txt").is_file()


def test_an_include_naming_a_nul_is_located(tmp_path: Path) -> None:
    data = tmp_path / "d.yaml"
    data.write_text('pack: classic\nletter: reply\ninclude: "a\\0b.yaml"\n', "utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.read_data_file(data)
    [finding] = caught.value.diagnostics
    assert finding.code == "RJ210" and finding.location is not None
    assert (finding.location.line, finding.location.column) == (3, 10)
    result = run("check", data)
    assert result.exit_code == 2 and "RJ210" in result.output


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_row_past_the_calendar_fails_alone(tmp_path: Path, fmt: str) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(HEADER + "Elena Marsh,elena.marsh@example.com,Northwind,Analyst,2026-11-23\n"
                     "Ana Lima,ana@example.com,Cedar,DS,9999-12-31\n"
                     "Marcus Bell,marcus.bell@example.com,Bluewater,Planner,2026-11-24\n",
                     "utf-8")
    pack = rejectlet.load_pack("classic")
    shared, _, _ = split_profile(PROFILE)
    out = tmp_path / "out"
    out.mkdir()
    report = run_batch(BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)),
                                profile=shared, inputs=(table,), fmt=fmt,
                                pattern=str(out / ("{n}." + fmt))))
    assert list(report.failed) == [3]
    assert [d.code for d in report.failed[3]] == ["RJ442"]
    assert report.rendered == 2 and len(list(out.iterdir())) == 2


def test_the_command_line_reports_the_row_and_writes_the_rest(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(HEADER + "Ana Lima,ana@example.com,Cedar,DS,9999-12-31\n"
                     "Marcus Bell,marcus.bell@example.com,Bluewater,Planner,2026-11-24\n",
                     "utf-8")
    result = run("batch", table, "--profile", PROFILE, "-f", "text", "-o", tmp_path / "all.txt")
    assert result.exit_code == 1 and "row 2: " in result.output and "RJ442" in result.output
    assert "Bluewater" in (tmp_path / "all.txt").read_text("utf-8")


# -- what a program passes: read within the limits, through base types ---------------

class Endless(Mapping[str, Any]):
    """A mapping that yields keys without end, and says it has ten."""

    def __getitem__(self, key: str) -> str:
        return "x"

    def __len__(self) -> int:
        return 10

    def __iter__(self) -> Iterator[str]:
        return (f"k{number}" for number in itertools.count(1))


class LyingList(list[str]):
    """A list whose own iteration never ends and whose length lies."""

    def __iter__(self) -> Iterator[str]:
        return itertools.repeat("x")

    def __len__(self) -> int:
        return 2


class LoudKey(str):
    def __str__(self) -> str:
        raise RuntimeError("a key that will not be written")


def example() -> dict[str, Any]:
    return dict(rejectlet.read_data_file(ROOT / "examples" / "reply.yaml"))


@pytest.mark.parametrize("where", ["top", "group"])
def test_a_mapping_without_end_stops_at_the_data_limit(where: str) -> None:
    data: Any = Endless() if where == "top" else {**example(), "sender": Endless()}
    outcome: list[Any] = []

    def work() -> None:
        try:
            rejectlet.compose(rejectlet.load_pack("classic"), "reply", data)
        except rejectlet.RejectletError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "compose read a mapping without end"
    assert "RJ205" in [d.code for d in outcome[0].diagnostics]


def test_a_list_is_read_as_it_stores_its_items() -> None:
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               {**example(), "met_with": LyingList(["Ana", "Ben"])})
    assert letter.data["met_with"] == ["Ana", "Ben"]


def test_a_key_whose_str_raises_is_read_through_its_base_type() -> None:
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                          {**example(), LoudKey("organisation"): "x"})
    assert [(d.code, d.key) for d in caught.value.diagnostics] == [("RJ202", "organisation")]


def test_a_key_holding_a_lone_surrogate_is_reported_printably() -> None:
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                          {**example(), "A\ud800B": "x"})
    [finding] = caught.value.diagnostics
    assert finding.code == "RJ202"
    str(caught.value).encode("utf-8")
    json.dumps([d.to_dict() for d in caught.value.diagnostics], ensure_ascii=False).encode()
    assert "\\ud800" in finding.key


@pytest.mark.parametrize("kind", [None, 5, ["reply"], {"kind": "reply"}, b"reply"])
def test_a_letter_kind_that_is_not_a_name_is_rj120(kind: Any) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), kind, example())
    assert [d.code for d in caught.value.diagnostics] == ["RJ120"]


# -- no header line longer than mail allows -----------------------------------------

@pytest.mark.parametrize(("key", "value"), [
    ("recipient.name", "A" * 19_000), ("sender.name", "B" * 19_000),
    ("recipient.name", "Ann " + "C" * 5_000), ("cc", "D" * 300 + " <dana@example.com>")])
def test_a_name_too_long_for_a_header_is_rj430_at_its_key(key: str, value: str) -> None:
    data = example()
    group, _, leaf = key.partition(".")
    if leaf:
        data[group] = {**data[group], leaf: value}
    else:
        data[key] = [value]
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply", data)
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "email", force=True)
    assert [(d.code, d.key) for d in caught.value.diagnostics] == [("RJ430", key)]


@pytest.mark.parametrize("role", ["R" * 19_000, "Analyst " + "é" * 9_000])
def test_every_header_line_of_a_message_fits_the_mail_limit(role: str) -> None:
    from rejectlet.renderers.email import message_bytes

    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               {**example(), "role": role})
    try:
        message = rejectlet.render(letter, "email", force=True)
    except rejectlet.RenderError as exc:
        assert {d.code for d in exc.diagnostics} <= {"RJ430", "RJ435"}
        return
    head = message_bytes(message).split(b"\r\n\r\n", 1)[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 998


def test_a_follow_up_before_the_first_calendar_day_says_so(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("recipient.name,recipient.email,organization,role,date,follow_up_days\n"
                     "Ana Lima,ana@example.com,Cedar,DS,0001-01-02,-5000\n"
                     "Marcus Bell,marcus.bell@example.com,Bluewater,Planner,2026-11-24,30\n",
                     "utf-8")
    result = run("batch", table, "--profile", PROFILE, "-f", "text", "-o", tmp_path / "all.txt")
    assert result.exit_code == 1 and "row 2: " in result.output and "RJ442" in result.output
    assert "before 1 January of year 1" in result.output
    assert "Bluewater" in (tmp_path / "all.txt").read_text("utf-8")
