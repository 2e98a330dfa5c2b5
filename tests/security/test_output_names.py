"""Names too long for the file system: in a batch the row alone fails, whatever the
format; in ``render`` every file (letters and their ``--reminder`` calendars) is
checked before the first is written, so a bad name leaves nothing behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from rejectlet.cli import main
from tests.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[2]
LONG = "x" * 300


def run(*args: str | Path) -> Any:
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"a traceback: {result.exception!r}"
    return result


def reply(tmp_path: Path) -> Path:
    data = tmp_path / "reply.yaml"
    data.write_text(EXAMPLE.read_text("utf-8"), "utf-8")
    return data


def test_a_long_letter_name_stops_the_run_before_its_reminder_is_written(
        tmp_path: Path) -> None:
    data = reply(tmp_path)
    result = run("render", data, "--reminder", tmp_path / "r.ics",
                 "-o", tmp_path / f"{LONG}.txt")
    assert result.exit_code == 2 and "RJ427" in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reply.yaml"]


def test_a_long_reminder_name_is_located_and_nothing_is_written(tmp_path: Path) -> None:
    data = reply(tmp_path)
    result = run("render", data, "--reminder", tmp_path / f"{LONG}.ics",
                 "-o", tmp_path / "letter.txt")
    assert result.exit_code == 2 and "RJ427" in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reply.yaml"]


PANEL_PACK = """\
pack: panel
version: 1.0.0
language: en
variables:
  date: {type: date, required: true}
  follow_up_days: {type: integer, default: 30}
  panel:
    type: records
    fields:
      name: {type: string, required: true}
sections:
  thanks:
    kind: gratitude
    text: "Thank you, {{ person.name }}, for your time and the interview."
  promise:
    kind: followup
    text: "I will be in touch again in a month or so."
letters:
  notes:
    type: panel-thanks
    each: panel
    as: person
    subject: "Thank you"
    salutation: "Dear {{ person.name }},"
    body: [thanks, promise]
    closing: "With thanks,"
    signature: "Sam Ortiz"
"""


def panel(tmp_path: Path, last_name: str) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(PANEL_PACK, "utf-8")
    content = {"pack": "./pack", "letter": "notes", "date": "2026-11-24",
               "panel": [{"name": "Elena Marsh"}, {"name": "Tom Ortega"},
                         {"name": last_name}]}
    data = tmp_path / "panel.yaml"
    data.write_text(yaml.safe_dump(content, allow_unicode=True), "utf-8")
    return data


def test_one_person_whose_reminder_name_is_too_long_stops_every_file(tmp_path: Path) -> None:
    # a slug is cut to 60 characters; five of them make a name over 255 bytes
    data = panel(tmp_path, "Dana " + "W" * 3000)
    out = tmp_path / "out"
    out.mkdir()
    names = "{name}-{name}-{name}-{name}-{name}"
    result = run("render", data, "--allow-errors", "--reminder", out / f"{names}.ics",
                 "-o", out / "{n}.txt")
    assert result.exit_code == 2 and "RJ427" in result.output, result.output
    assert list(out.iterdir()) == []


def test_a_reminder_sharing_a_letters_name_is_refused_before_anything_is_written(
        tmp_path: Path) -> None:
    data = panel(tmp_path, "Dana Whitfield")
    out = tmp_path / "out"
    out.mkdir()
    result = run("render", data, "--allow-errors", "--reminder", out / "{n}.txt",
                 "-o", out / "{n}.txt")
    assert result.exit_code == 2 and "RJ421" in result.output, result.output
    assert list(out.iterdir()) == []


def test_names_that_fit_are_all_written(tmp_path: Path) -> None:
    data = panel(tmp_path, "Dana Whitfield")
    out = tmp_path / "out"
    out.mkdir()
    result = run("render", data, "--allow-errors", "--reminder", out / "{name}.ics",
                 "-o", out / "{name}.txt")
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.ics"))) == 3 and len(list(out.glob("*.txt"))) == 3
