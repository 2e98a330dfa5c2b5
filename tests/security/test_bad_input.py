"""Bad input never shows a traceback: each is a located RejectletError with exit
status 2, and in a batch the bad row fails alone while the other rows render.
Output never lands on an input, a pack, or through a dangling link; and text from
packs or data cannot drive the terminal or reach a calendar raw."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main, terminal_safe
from rejectlet.data import MAX_STRING_CHARS
from rejectlet.reminders import reminder
from tests.conftest import EXAMPLE
from tests.security._support import base_data, codes, compose, write_pack

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "batch" / "profile.yaml"
HEADER = "recipient.name,recipient.email,organization,role,date\n"
GOOD_ROWS = ["Elena Marsh,elena.marsh@example.com,Northwind,Analyst,2026-11-23\n",
             "Ana Lima,ana.lima@example.com,Cedar Rail,Scientist,2026-11-25\n"]


def run(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"a traceback: {result.exception!r}"
    return result


def batch_text(table: Path, out: Path, *extra: str) -> Any:
    return run("batch", str(table), "--profile", str(PROFILE), "-f", "text",
               "--each", str(out / "{name}.txt"), *extra)


# -- CSV tables --------------------------------------------------------------------------

@pytest.mark.parametrize("bad_row", [
    "Marc\xe9 Bell,marcus@example.com,Bluewater,Planner,2026-11-24\n".encode("latin-1"),
    b"Marcus Bell,marcus@example.com," + b"x" * 140_000 + b",Planner,2026-11-24\n",
], ids=["not-utf8", "over-the-csv-field-limit"])
def test_an_unreadable_csv_row_fails_alone(tmp_path: Path, bad_row: bytes) -> None:
    table = tmp_path / "rows.csv"
    table.write_bytes(HEADER.encode() + GOOD_ROWS[0].encode() + bad_row
                      + GOOD_ROWS[1].encode())
    out = tmp_path / "out"
    out.mkdir()
    result = batch_text(table, out)
    assert result.exit_code == 1, result.output
    assert "row 3: " in result.output and "rows.csv:3:" in result.output
    assert "RJ213" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["ana-lima.txt", "elena-marsh.txt"]


def test_a_cell_that_is_not_utf8_is_located_at_its_column(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_bytes(HEADER.encode() + "Ana,ana@example.com,Caf\xe9,Chef,2026-11-25\n"
                      .encode("latin-1"))
    result = batch_text(table, tmp_path)
    assert "rows.csv:2:3: RJ213" in result.output


def test_a_header_that_is_not_utf8_stops_the_batch_with_status_2(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_bytes("recipient.n\xe4me,role\nAna,Chef\n".encode("latin-1"))
    result = batch_text(table, tmp_path)
    assert result.exit_code == 2
    assert "rows.csv:1:1: RJ213" in result.output


# -- values ------------------------------------------------------------------------------

def test_a_list_item_over_the_text_limit_is_refused_at_the_item(tmp_path: Path) -> None:
    data = tmp_path / "note.yaml"
    folder = write_pack(tmp_path / "pack")
    data.write_text(f"pack: {folder}\nletter: note\nname: Ann\nitems:\n  - short\n  - "
                    + "y" * (MAX_STRING_CHARS + 1) + "\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as raised:
        rejectlet.compose(rejectlet.load_pack(folder), "note", rejectlet.read_data_file(data))
    assert codes(raised.value) == ["RJ205"]
    location = raised.value.diagnostics[0].location
    assert location is not None and location.line == 6


def test_list_items_within_the_limit_still_compose(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    compose(folder, base_data(items=["y" * MAX_STRING_CHARS, "b"]))


# -- reminders ---------------------------------------------------------------------------

def late_example(tmp_path: Path, line: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = [("date: " + line) if row.startswith("date:") else row
             for row in text.splitlines()]
    data = tmp_path / "late.yaml"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def test_a_follow_up_past_the_last_calendar_day_is_located_not_a_crash(tmp_path: Path) -> None:
    data = late_example(tmp_path, "9999-12-31")
    result = run("render", str(data), "--reminder", str(tmp_path / "late.ics"),
                 "-o", str(tmp_path / "late.txt"))
    assert result.exit_code == 2
    line = next(n for n, row in enumerate(data.read_text().splitlines(), 1)
                if row.startswith("date:"))
    assert f"late.yaml:{line}:" in result.output and "RJ442" in result.output
    assert not (tmp_path / "late.ics").exists()


def test_an_explicit_follow_up_on_the_last_day_is_refused_too() -> None:
    pack = rejectlet.load_pack("classic")
    letter = rejectlet.compose(pack, "reply", rejectlet.read_data_file(EXAMPLE))
    letter = type(letter)(**{**{f: getattr(letter, f) for f in letter.__dataclass_fields__},
                             "data": {**letter.data, "follow_up_date": dt.date.max}})
    with pytest.raises(rejectlet.RenderError) as raised:
        reminder(letter)
    assert codes(raised.value) == ["RJ442"]


@pytest.mark.parametrize("mark", ["\x0b", "\x85", "\u2028", "\u2029", "\x1b[2J", "\x0c"])
def test_calendar_text_never_holds_raw_line_separators_or_controls(mark: str) -> None:
    pack = rejectlet.load_pack("classic")
    letter = rejectlet.compose(pack, "reply", rejectlet.read_data_file(EXAMPLE))
    data = {**letter.data, "recipient.name": f"Elena{mark}Marsh",
            "organization": f"North{mark}wind", "role": f"Data{mark}Analyst"}
    letter = type(letter)(**{**{f: getattr(letter, f) for f in letter.__dataclass_fields__},
                             "data": data})
    ics = reminder(letter, data_file=f"a{mark}b.yaml").to_ical().decode("utf-8")
    unfolded = ics.replace("\r\n ", "")
    for bad in ("\x0b", "\x85", "\u2028", "\u2029", "\x1b", "\x0c"):
        assert bad not in unfolded
    assert "Elena" in unfolded and "Marsh" in unfolded


# -- where output may go -------------------------------------------------------------------

def test_two_recipients_with_the_same_name_get_two_files(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text(HEADER + "Elena Marsh,elena.marsh@example.com,Northwind,Analyst,"
                     "2026-11-23\n" + "Eléna  Marsh!,em@example.org,Bluewater,Planner,"
                     "2026-11-24\n", encoding="utf-8")
    for extra in ((), ("--force",)):
        out = tmp_path / f"out{len(extra)}"
        out.mkdir()
        result = batch_text(table, out, *extra)
        assert result.exit_code == 0, result.output
        files = sorted(out.iterdir())
        assert [p.name for p in files] == ["elena-marsh-2.txt", "elena-marsh.txt"]
        assert "Northwind" in (out / "elena-marsh.txt").read_text()
        assert "Bluewater" in (out / "elena-marsh-2.txt").read_text()


def test_a_profile_the_data_includes_is_never_overwritten(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    data = tmp_path / "reply.yaml"
    data.write_text("include: profile.yaml\nrole: Planner\n", encoding="utf-8")
    before = profile.read_bytes()
    for option in ("-o", "--reminder"):
        args = ["render", str(data), option, str(profile), "--force"]
        if option == "--reminder":
            args += ["-o", str(tmp_path / "letter.txt")]
        result = run(*args)
        assert result.exit_code == 2 and "RJ421" in result.output, result.output
    assert profile.read_bytes() == before


def test_a_batch_never_writes_over_a_file_its_profile_includes(tmp_path: Path) -> None:
    shared = tmp_path / "shared.yaml"
    shared.write_text(PROFILE.read_text(encoding="utf-8"), encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text("include: shared.yaml\n", encoding="utf-8")
    table = tmp_path / "rows.csv"
    table.write_text(HEADER + GOOD_ROWS[0], encoding="utf-8")
    before = shared.read_bytes()
    result = run("batch", str(table), "--profile", str(profile), "-f", "text", "-o",
                 str(shared), "--force")
    assert result.exit_code == 2 and "RJ421" in result.output
    assert shared.read_bytes() == before


def child_pack(tmp_path: Path) -> tuple[Path, Path]:
    parent = write_pack(tmp_path / "parent")
    child = tmp_path / "child"
    child.mkdir()
    (child / "pack.yaml").write_text("pack: child\nversion: 1.0.0\nextends: ../parent\n",
                                     encoding="utf-8")
    return parent, child


def test_output_never_lands_in_the_folder_of_a_pack_the_pack_extends(tmp_path: Path) -> None:
    parent, child = child_pack(tmp_path)
    data = tmp_path / "note.yaml"
    data.write_text(f"pack: {child}\nletter: note\nname: Ann\n", encoding="utf-8")
    result = run("render", str(data), "-o", str(parent / "body.md"), "--force",
                 "--allow-errors")
    assert result.exit_code == 2 and "RJ421" in result.output, result.output
    assert (parent / "body.md").read_text(encoding="utf-8").startswith("Thank you")


def test_new_letter_never_writes_into_the_pack(tmp_path: Path) -> None:
    parent, child = child_pack(tmp_path)
    for target in (child / "pack.yaml", parent / "pack.yaml", child / "new.yaml"):
        before = target.read_bytes() if target.exists() else None
        result = run("new", "letter", "--pack", str(child), "--letter", "note", "-o",
                     str(target), "--force")
        assert result.exit_code == 2 and "RJ421" in result.output, result.output
        assert (target.read_bytes() if target.exists() else None) == before


def test_output_through_a_dangling_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "letter.txt"
    link.symlink_to(tmp_path / "elsewhere" / "made.txt")
    (tmp_path / "elsewhere").mkdir()
    for force in ((), ("--force",)):
        result = run("render", str(EXAMPLE), "-o", str(link), *force)
        assert result.exit_code == 2 and "RJ423" in result.output, result.output
    assert not (tmp_path / "elsewhere" / "made.txt").exists()
    assert link.is_symlink()


# -- the terminal ------------------------------------------------------------------------

ESCAPES = ["\x1b]0;owned\x07", "\x1b[2J", "\x9b31m", "\x07", "\x1bP+q\x1b\\", "\u202e"]


def test_escape_sequences_are_made_visible() -> None:
    for sequence in ESCAPES:
        shown = terminal_safe(f"before{sequence}after")
        assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e")
        assert shown.startswith("before") and shown.endswith("after")
    assert terminal_safe("a\tb\nc") == "a\tb\nc"


def test_escape_sequences_in_data_never_reach_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "reply.yaml"
    data.write_text(EXAMPLE.read_text(encoding="utf-8")
                    + '"owned\\e]0;title\\a\\e[2J\\x9b31m": 1\n', encoding="utf-8")
    result = run("check", str(data))
    assert "RJ202" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b" in result.output


def test_escape_sequences_in_a_pack_message_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text(encoding="utf-8").replace(
        "  name: {type: string, required: true}",
        '  name: {type: string, required: true, help: "\\e[2Jwho\\e]0;x\\a"}'),
        encoding="utf-8")
    data = tmp_path / "note.yaml"
    data.write_text(f"pack: {folder}\nletter: note\n", encoding="utf-8")
    result = run("render", str(data))
    assert result.exit_code == 2 and "RJ201" in result.output, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    shown = run("packs", "show", str(folder))
    assert "\x1b" not in shown.output


# -- stylesheets: every image-set() candidate ---------------------------------------------

@pytest.mark.parametrize("css", [
    'p { background-image: image-set("a.png" 1x, "https://evil.example/b.png" 2x); }',
    "p { background-image: -webkit-image-set('a.png' 1x, 'file:///etc/passwd' 2x); }",
    'p { background-image: image-set(url(a.png) 1x, url("//evil.example/b.png") 2x); }',
    'p { background-image: image-set("a.png" type("image/png"), "../../b.png" 2x); }',
    'p { background: cross-fade(url(a.png), "https://evil.example/c.png", 50%); }',
])
def test_html_refuses_a_stylesheet_if_any_image_set_candidate_leaves_the_pack(
        tmp_path: Path, css: str) -> None:
    folder = write_pack(tmp_path / "pack", style=css, files={"a.png": b"\x89PNG"})
    with pytest.raises(rejectlet.RenderError) as raised:
        rejectlet.render(compose(folder), "html", force=True)
    assert codes(raised.value) == ["RJ433"]


def test_html_accepts_image_set_candidates_inside_the_pack(tmp_path: Path) -> None:
    css = 'p { background-image: image-set("a.png" 1x, "b.png" 2x); }'
    folder = write_pack(tmp_path / "pack", style=css,
                        files={"a.png": b"\x89PNG", "b.png": b"\x89PNG"})
    assert "image-set" in rejectlet.render(compose(folder), "html", force=True)


# -- include: fan-out ----------------------------------------------------------------------

def test_includes_that_fan_out_are_bounded_in_all(tmp_path: Path) -> None:
    from rejectlet.data import MAX_INCLUDED_FILES, read_data_file

    fan = "include: [" + ", ".join(["b.yaml"] * 20) + "]\n"
    (tmp_path / "a.yaml").write_text(fan + "name: Ann\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(fan.replace("b.yaml", "c.yaml"), encoding="utf-8")
    (tmp_path / "c.yaml").write_text("note: hello\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as raised:
        read_data_file(tmp_path / "a.yaml")
    assert codes(raised.value) == ["RJ210"]
    assert str(MAX_INCLUDED_FILES) in raised.value.diagnostics[0].message
    location = raised.value.diagnostics[0].location
    assert location is not None and location.path.endswith(".yaml")
    (tmp_path / "a.yaml").write_text("include: [c.yaml, c.yaml]\nname: Ann\n", encoding="utf-8")
    assert read_data_file(tmp_path / "a.yaml")["note"] == "hello"


# -- text that is not valid Unicode ----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["email", "mailto"])
def test_a_lone_surrogate_is_a_located_refusal_not_an_encoding_crash(fmt: str) -> None:
    from rejectlet.yamlio import load_yaml_file

    data = {str(k): v for k, v in load_yaml_file(EXAMPLE).items()}
    data["role"] = "Ana\ud800lyst"
    # compose refuses it first, at its key (RJ204)...
    with pytest.raises(rejectlet.DataError) as refused:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", data)
    assert codes(refused.value) == ["RJ204"]
    assert refused.value.diagnostics[0].key == "role"
    # ...and a letter built some other way is still refused by the renderer
    good = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                             {**data, "role": "Analyst"})
    letter = dataclasses.replace(good, subject=f"The {data['role']} position",
                                 data={**good.data, "role": data["role"]})
    with pytest.raises(rejectlet.RenderError) as raised:
        rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
    assert codes(raised.value) == ["RJ436"]
    assert "role" in raised.value.diagnostics[0].message


def test_a_file_is_never_written_with_a_lone_surrogate(tmp_path: Path) -> None:
    from rejectlet.output import write_atomic

    target = tmp_path / "letter.txt"
    with pytest.raises(rejectlet.OutputError) as raised:
        write_atomic(target, "Dear Ana\udc80,")
    assert codes(raised.value) == ["RJ425"]
    assert list(tmp_path.iterdir()) == []


def test_escape_sequences_in_a_batch_row_never_reach_the_terminal(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    # the cell is refused at its column for the control it holds, and named by code point
    table.write_text(HEADER + GOOD_ROWS[0] + "Ana Lima,ana.lima@example.com,"
                     "[Company\x07 Name\x1b]0;x\x07],Sci,2026-11-25\n", encoding="utf-8")
    result = batch_text(table, tmp_path)
    assert result.exit_code == 1 and "row 3: " in result.output and "RJ215" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "U+0007" in result.output
