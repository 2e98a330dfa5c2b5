"""Follow-up reminders: the .ics calendar a letter's promise turns into.

Calendars are read back with vobject, a parser independent of the icalendar
library rejectlet writes them with, so a file only passes if another program
would read the same event from it.
"""

from __future__ import annotations

import datetime as dt
import shlex
import shutil
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject
from click.testing import CliRunner, Result

import rejectlet
from rejectlet import RenderError, Severity
from rejectlet.cli import main
from tests.conftest import EXAMPLE, ROOT, PackFactory

EXAMPLES = ROOT / "examples"
FOLLOW_UP_DAY = dt.date(2026, 12, 23)  # 2026-11-23 plus follow_up_days: 30
NEW_LETTER = "rejectlet new letter --pack classic --letter check-in"


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def read_calendar(data: bytes | str) -> Any:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return vobject.readOne(text)


def the_event(calendar: Any) -> Any:
    assert calendar.name == "VCALENDAR"
    events = calendar.contents.get("vevent", [])
    assert len(events) == 1, f"{len(events)} events"
    return events[0]


def description_lines(event: Any) -> list[str]:
    return [line.strip() for line in str(event.description.value).splitlines()]


def check_follow_up_event(calendar: Any, *, day: dt.date, person: str,
                          organization: str = "Northwind Logistics") -> Any:
    """The checks every reminder must pass; returns the event for more."""
    event = the_event(calendar)
    start = event.dtstart.value
    assert type(start) is dt.date, f"not an all-day date: {start!r}"
    assert start == day
    assert event.dtstart.params.get("VALUE") == ["DATE"]
    end = event.dtend.value
    assert type(end) is dt.date
    assert end == day + dt.timedelta(days=1)
    assert event.uid.value
    assert event.dtstamp.value
    summary = str(event.summary.value)
    assert person in summary
    assert organization in summary
    alarms = event.contents.get("valarm", [])
    assert len(alarms) == 1
    alarm = alarms[0]
    assert alarm.action.value == "DISPLAY"
    trigger = alarm.trigger.value
    assert isinstance(trigger, dt.timedelta)
    assert dt.timedelta(0) <= trigger < dt.timedelta(days=1), "the alarm is not on the day"
    assert person in str(alarm.description.value)
    return event


# -- the example letter, from the command line and the API -----------------------------------

@pytest.fixture(scope="module")
def cli_calendar(tmp_path_factory: pytest.TempPathFactory) -> Any:
    target = tmp_path_factory.mktemp("ics") / "follow-up.ics"
    result = run_cli("render", str(EXAMPLE), "-f", "text", "--reminder", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Subject: Priya Raman")
    return read_calendar(target.read_bytes())


@pytest.fixture(scope="module")
def api_calendar() -> Any:
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               rejectlet.read_data_file(EXAMPLE))
    calendar = rejectlet.reminder(letter)
    assert isinstance(calendar, icalendar.Calendar)
    return read_calendar(calendar.to_ical())


@pytest.fixture(params=["cli", "api"])
def calendar(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue(f"{request.param}_calendar")


def test_reminder_is_one_all_day_event_on_the_promised_day(calendar: Any) -> None:
    check_follow_up_event(calendar, day=FOLLOW_UP_DAY, person="Elena Marsh")


def test_reminder_summary_names_the_person_and_company(calendar: Any) -> None:
    assert the_event(calendar).summary.value == "Check in with Elena Marsh (Northwind Logistics)"


def test_reminder_description_says_whom_what_and_which_letter(calendar: Any) -> None:
    text = " ".join(description_lines(the_event(calendar)))
    assert "Elena Marsh <elena.marsh@example.com>" in text
    assert "Senior Data Analyst" in text
    assert "the check-in letter" in text
    assert "November 23, 2026" in text


def test_reminder_description_gives_the_exact_commands(calendar: Any) -> None:
    lines = description_lines(the_event(calendar))
    start = [line for line in lines if line.startswith(NEW_LETTER)]
    assert len(start) == 1
    words = shlex.split(start[0])
    assert words[words.index("-o") + 1] == "check-in.yaml"
    assert "rejectlet render check-in.yaml" in lines


def test_the_command_in_the_reminder_starts_a_check_in_letter(
        api_calendar: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    line = next(line for line in description_lines(the_event(api_calendar))
                if line.startswith("rejectlet new letter"))
    words = shlex.split(line)
    assert words[0] == "rejectlet"
    monkeypatch.chdir(tmp_path)
    result = run_cli(*words[1:])
    assert result.exit_code == 0, result.output
    started = (tmp_path / "check-in.yaml").read_text(encoding="utf-8")
    assert "pack: classic" in started
    assert "letter: check-in" in started


def test_command_line_and_api_describe_the_same_event(cli_calendar: Any,
                                                      api_calendar: Any) -> None:
    cli_event, api_event = the_event(cli_calendar), the_event(api_calendar)
    for field in ("uid", "summary", "dtstart", "dtend"):
        assert getattr(cli_event, field).value == getattr(api_event, field).value, field
    cli_lines = description_lines(cli_event)
    sent = [line for line in cli_lines if line.startswith("(The letter you sent:")]
    assert len(sent) == 1
    assert "reply.yaml" in sent[0]
    assert [line for line in cli_lines if line not in sent] == description_lines(api_event)


def test_the_reminder_is_written_to_the_named_file_only(tmp_path: Path) -> None:
    target = tmp_path / "remind-me.ics"
    result = run_cli("render", str(EXAMPLE), "-o", str(tmp_path / "reply.txt"),
                     "--reminder", str(target))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["remind-me.ics", "reply.txt"]
    assert f"wrote {target}" in result.output
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


# -- the date ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("days", "day", "spelled"), [
    (14, dt.date(2026, 12, 7), "December 7, 2026"),
    (45, dt.date(2027, 1, 7), "January 7, 2027"),
    (30, dt.date(2026, 12, 23), "December 23, 2026"),
], ids=["14-days", "45-days", "30-days"])
def test_follow_up_days_moves_the_reminder_with_the_promise(
        classic: rejectlet.Pack, example_data: dict[str, Any], days: int, day: dt.date,
        spelled: str) -> None:
    example_data["follow_up_days"] = days
    letter = rejectlet.compose(classic, "reply", example_data)
    calendar = read_calendar(rejectlet.reminder(letter).to_ical())
    check_follow_up_event(calendar, day=day, person="Elena Marsh")
    assert f"I will be in touch again around {spelled}." in " ".join(
        rejectlet.render(letter, "text").split())


def test_a_different_letter_date_moves_the_reminder(classic: rejectlet.Pack,
                                                    example_data: dict[str, Any]) -> None:
    example_data["date"] = dt.date(2027, 2, 20)
    letter = rejectlet.compose(classic, "reply", example_data)
    calendar = read_calendar(rejectlet.reminder(letter).to_ical())
    check_follow_up_event(calendar, day=dt.date(2027, 3, 22), person="Elena Marsh")


# -- letters with nothing to remind of -------------------------------------------------------

def test_a_letter_without_the_promise_has_no_reminder(classic: rejectlet.Pack,
                                                      example_data: dict[str, Any]) -> None:
    example_data["follow_up"] = False
    letter = rejectlet.compose(classic, "reply", example_data)
    with pytest.raises(RenderError) as caught:
        rejectlet.reminder(letter)
    assert [d.code for d in caught.value.diagnostics] == ["RJ440"]


def test_command_line_refuses_a_reminder_for_no_promise(tmp_path: Path) -> None:
    data = tmp_path / "no-promise.yaml"
    data.write_text(EXAMPLE.read_text(encoding="utf-8")
                    .replace("follow_up: true", "follow_up: false"), encoding="utf-8")
    result = run_cli("render", str(data), "-o", str(tmp_path / "out.txt"),
                     "--reminder", str(tmp_path / "out.ics"))
    assert result.exit_code == 2
    assert "RJ440" in result.output
    assert not (tmp_path / "out.ics").exists()


PROMISE_PACK = """
pack: promises
version: 0.1.0
language: en
variables:
  name: {type: string, required: true}
  organization: {type: string, required: true}
  date: {type: date}
  follow_up_days: {type: integer}
sections:
  thanks: {kind: gratitude, text: "Thank you, {{ name }}, for your time at {{ organization }}."}
  fit: {kind: resell, text: "I still believe I would fit well."}
  interest: {kind: interest, text: "I remain keen on {{ organization }}."}
  promise: {kind: followup, text: "I will be in touch again in a few weeks."}
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ name }},"
    body: [thanks, fit, interest, promise]
    closing: "Best regards,"
    signature: "Sam"
"""


@pytest.mark.parametrize("given", [{}, {"date": dt.date(2026, 11, 23)},
                                   {"follow_up_days": 30}],
                         ids=["neither", "date-only", "days-only"])
def test_a_promise_without_a_date_is_rj014_and_has_no_reminder(
        make_pack: PackFactory, given: dict[str, Any]) -> None:
    folder = make_pack(PROMISE_PACK)
    pack = rejectlet.load_pack(str(folder))
    letter = rejectlet.compose(pack, "reply", {"name": "Ms. Lee", "organization": "Acme",
                                               **given})
    found = [d for d in rejectlet.validate(letter) if d.code == "RJ014"]
    assert len(found) == 1
    assert found[0].severity is Severity.ERROR
    assert found[0].location is not None
    assert Path(found[0].location.path).name == "pack.yaml"
    pack_lines = (folder / "pack.yaml").read_text(encoding="utf-8").splitlines()
    assert "promise" in pack_lines[found[0].location.line - 1]
    with pytest.raises(RenderError) as caught:
        rejectlet.reminder(letter)
    assert [d.code for d in caught.value.diagnostics] == ["RJ441"]


def test_the_same_pack_with_a_date_and_days_is_clean_and_reminds(make_pack: PackFactory) -> None:
    pack = rejectlet.load_pack(str(make_pack(PROMISE_PACK)))
    letter = rejectlet.compose(pack, "reply", {"name": "Ms. Lee", "organization": "Acme",
                                               "date": dt.date(2026, 11, 23),
                                               "follow_up_days": 10})
    assert [d for d in rejectlet.validate(letter) if d.code == "RJ014"] == []
    calendar = read_calendar(rejectlet.reminder(letter).to_ical())
    assert the_event(calendar).dtstart.value == dt.date(2026, 12, 3)


# -- one reminder per person ------------------------------------------------------------------

PANEL = {"elena-marsh": ("Elena Marsh", "elena.marsh@example.com"),
         "tomas-ortega": ("Tomás Ortega", "tomas.ortega@example.com"),
         "dana-whitfield": ("Dana Whitfield", "dana.whitfield@example.com")}

PANEL_WITH_PROMISE = """
pack: panelpromise
version: 0.1.0
extends: classic
letters:
  panel-thanks:
    description: One note for each person, each promising to check in.
    each: panel
    as: person
    subject: "Thank you — {{ role }} interviews"
    salutation: "Dear {{ person.name }},"
    body: [panel_thanks, panel_fit, panel_interest, promise]
    closing: "With thanks,"
    signature: "{{ sender.name }}"
"""


def panel_data(folder: Path, pack_line: str) -> Path:
    """The panel-thanks example, copied beside its shared file, naming PACK_LINE's pack."""
    shared = folder / "shared"
    shared.mkdir(exist_ok=True)
    shutil.copy(EXAMPLES / "shared" / "priya.yaml", shared / "priya.yaml")
    text = (EXAMPLES / "panel-thanks.yaml").read_text(encoding="utf-8")
    assert "pack: classic\n" in text
    data = folder / "panel-thanks.yaml"
    data.write_text(text.replace("pack: classic\n", f"{pack_line}\n"), encoding="utf-8")
    return data


def test_panel_thanks_writes_one_reminder_per_person(make_pack: PackFactory,
                                                     tmp_path: Path) -> None:
    make_pack(PANEL_WITH_PROMISE, name="panelpromise")
    data = panel_data(tmp_path, "pack: ./panelpromise")
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("render", str(data), "-o", str(out / "note.txt"),
                     "--reminder", str(out / "check-in.ics"))
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.glob("*.ics"))
    assert written == sorted(f"check-in-{slug}.ics" for slug in PANEL)
    uids = set()
    for slug, (name, address) in PANEL.items():
        calendar = read_calendar((out / f"check-in-{slug}.ics").read_bytes())
        event = check_follow_up_event(calendar, day=dt.date(2026, 12, 24), person=name)
        assert f"{name} <{address}>" in description_lines(event)[0]
        others = [other for other, _ in PANEL.values() if other != name]
        assert not any(other in str(event.summary.value) for other in others)
        uids.add(event.uid.value)
    assert len(uids) == 3, "calendar programs merge events that share a UID"


def test_classic_panel_thanks_promises_nothing_so_no_reminder_is_written(
        tmp_path: Path) -> None:
    data = panel_data(tmp_path, "pack: classic")
    result = run_cli("render", str(data), "-o", str(tmp_path / "note.txt"),
                     "--reminder", str(tmp_path / "check-in.ics"))
    assert result.exit_code == 2
    assert "RJ440" in result.output
    assert list(tmp_path.glob("*.ics")) == []


def test_reminder_is_typed_as_returning_a_calendar() -> None:
    import typing

    import icalendar

    from rejectlet.reminders import reminder

    hints = typing.get_type_hints(reminder, localns={"Calendar": icalendar.Calendar})
    assert hints["return"] is icalendar.Calendar
