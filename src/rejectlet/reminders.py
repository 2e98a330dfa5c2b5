"""Follow-up reminders: the promise in the letter, written into the user's calendar.

The advice behind the letters ends with "follow up in about 30 days — and then
do it". When a letter promises a follow-up, :func:`reminder` returns an
iCalendar calendar with one all-day event on that date and an alarm; the
event says whom to write, about which role, which letter to send next, and the
commands that start and render it.

The reminder speaks the pack's language: its words (English or German, by the
language tag's first part) and its dates (``en-GB`` writes 23 December 2026,
``en`` December 23, 2026). It reads the organisation and the role under any of
the names packs give them (``organization`` or ``organisation``, ``role`` or
``position``), so a pack in British spelling gets a complete reminder too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from typing import TYPE_CHECKING, Any

from .controls import without_bidi
from .errors import RenderError
from .model import Letter, SectionKind
from .shell_words import command_line

if TYPE_CHECKING:
    from icalendar import Calendar

#: Which letter comes next in the sequence after each letter type.
NEXT_LETTER = {
    "reply": "check-in",
    "panel-thanks": "check-in",
    "feedback-followup": "check-in",
    "check-in": "keep-in-touch",
    "coffee-request": "keep-in-touch",
    "keep-in-touch": "keep-in-touch",
    "reapply": "check-in",
    "custom": "check-in",
}
#: Hour of the day the alarm goes off on the follow-up date.
ALARM_HOUR = 9

#: The names packs give the values a reminder names, in the order they are tried.
VALUE_NAMES = {
    "organization": ("organization", "organisation", "company", "employer"),
    "role": ("role", "position", "job_title"),
}

#: The reminder's words by language (the tag's first part); English for any other.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "write": "Write to {name}",
        "at": " at {organization}",
        "about": " about the {role} position.",
        "promised": "In your letter of {date} you promised to check in; send the {following} "
                    "letter: brief, with anything new since (a skill gained, a project "
                    "finished).",
        "commands": "Start it and render it with:",
        "sent": "(The letter you sent: {file})",
        "summary": "Check in with {name}",
        "alarm": "Time to send the {following} letter to {name}",
        "no_date": "your last letter",
    },
    "de": {
        "write": "Schreiben Sie an {name}",
        "at": " bei {organization}",
        "about": " zur Stelle als {role}.",
        "promised": "In Ihrem Brief vom {date} haben Sie angekündigt, sich wieder zu melden; "
                    "senden Sie den Brief {following}: kurz, mit allem, was seitdem neu ist "
                    "(eine neue Fähigkeit, ein abgeschlossenes Projekt).",
        "commands": "So beginnen und erstellen Sie ihn:",
        "sent": "(Ihr gesendeter Brief: {file})",
        "summary": "Bei {name} melden",
        "alarm": "Zeit, den Brief {following} an {name} zu senden",
        "no_date": "Ihrem letzten Brief",
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language.replace("_", "-").split("-")[0].lower(), _WORDS["en"])


def _value(letter: Letter, meaning: str) -> Any:
    """The letter's value for ``meaning`` under whichever name its pack uses."""
    for name in VALUE_NAMES[meaning]:
        value = letter.data.get(name)
        if value not in (None, ""):
            return value
    return None


def promises_follow_up(letter: Letter) -> bool:
    """Whether the letter says the writer will be in touch again."""
    return any(block.kind is SectionKind.FOLLOWUP for block in letter.blocks)


def follow_up_date(letter: Letter) -> dt.date | None:
    """``follow_up_date`` if the data gives one, else the letter's date plus
    ``follow_up_days``; None when neither can be worked out."""
    explicit = letter.data.get("follow_up_date")
    if isinstance(explicit, dt.date):
        return explicit
    start = letter.data.get("date")
    days = letter.data.get("follow_up_days")
    if isinstance(start, dt.date) and isinstance(days, int) and not isinstance(days, bool):
        try:  # the same ten-year bound as the letter's own date arithmetic
            return start + dt.timedelta(days=max(-3650, min(days, 3650)))
        except OverflowError:
            raise _past_the_calendar(letter, "date", early=days < 0) from None
    return None


def _past_the_calendar(letter: Letter, key: str, *, early: bool = False) -> RenderError:
    edge = "before 1 January of year 1" if early else "after 31 December 9999"
    return RenderError(
        f"the follow-up date falls outside the calendar ({edge})",
        letter.location_of_value(key) or letter.data_source, code="RJ442",
        hint="check the year of the date")


_NOT_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(value: Any) -> str:
    """Calendar text without control characters or line separators of any kind:
    iCalendar escapes only the newline, and a vertical tab, NEL or U+2028 left in
    would reach calendar programs raw. Bidirectional controls are dropped, as in
    email headers, so a name cannot reorder the summary a calendar shows."""
    text = _LONE_SURROGATE.sub("\ufffd", without_bidi(str(value or "")))
    return " ".join(_NOT_TEXT.sub(" ", text).split())


#: Half of a surrogate pair on its own: a file name read from bytes that are not
#: UTF-8 holds them, and no calendar file can; each is shown as U+FFFD.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def next_letter(letter: Letter) -> str:
    """The letter kind to send next; falls back to one the pack has."""
    wanted = NEXT_LETTER.get(letter.letter_type, "check-in")
    if wanted in letter.pack.letters:
        return wanted
    return next((k for k in ("check-in", "keep-in-touch") if k in letter.pack.letters),
                letter.kind)


def _who(letter: Letter) -> tuple[str, str]:
    kind = letter.pack.letters.get(letter.kind)
    prefix = kind.item_name if kind is not None and kind.each else "recipient"
    name = str(letter.data.get(f"{prefix}.name") or "")
    address = str(letter.data.get(f"{prefix}.email") or "")
    return name, address


def reminder(letter: Letter, *, data_file: str | None = None) -> Calendar:
    """An :class:`icalendar.Calendar` with the follow-up event and its alarm.

    ``data_file`` (the letter's data file, when it came from one) makes the
    commands in the description exact. Raises :class:`RenderError` when the
    letter promises nothing, or promises with no date to compute.
    """
    from icalendar import Alarm, Calendar, Event

    from .arguments import path_argument
    from .letter_shape import expect_letter

    expect_letter(letter, "reminder(letter)")
    named = path_argument(data_file, "reminder(data_file)", optional=True)
    data_file = os.fspath(named) if named is not None else None
    from .validation import refuse_malformed_language

    refuse_malformed_language(letter.pack)  # the reminder speaks the letter's language
    if not promises_follow_up(letter):
        raise RenderError("this letter does not promise a follow-up, so there is nothing to "
                          "remind you of", letter.data_source, code="RJ440",
                          hint="a reminder needs a letter with a section of kind followup "
                               "(in the built-in packs: follow_up: true)")
    when = follow_up_date(letter)
    if when is None:
        raise RenderError("the letter promises a follow-up but gives no date to compute it from",
                          letter.data_source, code="RJ441",
                          hint="give date and follow_up_days, or follow_up_date")
    try:
        end = when + dt.timedelta(days=1)
    except OverflowError:
        raise _past_the_calendar(
            letter, "follow_up_date" if isinstance(letter.data.get("follow_up_date"), dt.date)
            else "date") from None
    name, address = (_one_line(part) for part in _who(letter))
    organization = _one_line(_value(letter, "organization"))
    role = _one_line(_value(letter, "role"))
    words = _words(letter.pack.language)
    following = _one_line(next_letter(letter))
    # the pack is named exactly in the command, quoted, and the line then made plain
    pack = letter.pack.name if letter.pack.source != "folder" else str(letter.pack.root)
    data_file = _one_line(data_file) if data_file else None
    start_file = f"{following}.yaml"
    sent_on = letter.data.get("date")
    lines = [
        words["write"].format(name=name) + (f" <{address}>" if address else "")
        + (words["at"].format(organization=organization) if organization else "")
        + (words["about"].format(role=role) if role else "."),
        words["promised"].format(
            date=_long(sent_on, letter.pack.language) if isinstance(sent_on, dt.date)
            else words["no_date"], following=following),
        "",
        words["commands"],
        "  " + _one_line(command_line("rejectlet", "new", "letter", "--pack", pack,
                                     "--letter", following, "-o", start_file)),
        "  " + _one_line(command_line("rejectlet", "render", start_file)),
    ]
    if data_file:
        lines.insert(3, words["sent"].format(file=data_file))
    calendar = Calendar()
    calendar.add("prodid", "-//rejectlet//follow-up reminders//EN")
    calendar.add("version", "2.0")
    event = Event()
    seed = f"{letter.pack.name}|{letter.kind}|{name}|{address}|{role}|{when.isoformat()}"
    event.add("uid", hashlib.sha256(seed.encode()).hexdigest()[:32] + "@rejectlet")
    event.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    event.add("dtstart", when)
    event.add("dtend", end)
    event.add("summary", words["summary"].format(name=name)
              + (f" ({organization})" if organization else ""))
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", words["alarm"].format(following=following, name=name))
    alarm.add("trigger", dt.timedelta(hours=ALARM_HOUR))
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar


def _long(value: dt.date, language: str) -> str:
    from .textfmt import long_date

    return long_date(value, language)


__all__ = ["follow_up_date", "next_letter", "promises_follow_up", "reminder"]
