"""Reminders follow the pack: its language for words and dates, and its names for
the organisation and the role."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import vobject

import rejectlet
from tests.conftest import EXAMPLE, ROOT, PackFactory

SENT = dt.date(2026, 11, 23)

BRITISH_PACK = """
pack: british
version: 0.1.0
language: {language}
variables:
  name: {{type: string, required: true}}
  {org_name}: {{type: string, required: true}}
  {role_name}: {{type: string, required: true}}
  date: {{type: date}}
  follow_up_days: {{type: integer, default: 30}}
sections:
  thanks:
    kind: gratitude
    text: "Thank you, {{{{ name }}}}, for your time at {{{{ {org_name} }}}}."
  fit: {{kind: resell, text: "I still believe I would fit the {{{{ {role_name} }}}} role well."}}
  interest: {{kind: interest, text: "I remain keen on {{{{ {org_name} }}}}."}}
  promise: {{kind: followup, text: "I will be in touch again in a few weeks."}}
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{{{ name }}}},"
    body: [thanks, fit, interest, promise]
    closing: "Best regards,"
    signature: "Sam"
"""


def event_of(letter: rejectlet.Letter) -> Any:
    calendar = vobject.readOne(rejectlet.reminder(letter).to_ical().decode("utf-8"))
    [event] = calendar.contents["vevent"]
    return event


def british_letter(make_pack: PackFactory, *, language: str = "en-GB",
                   org_name: str = "organisation", role_name: str = "role"
                   ) -> rejectlet.Letter:
    folder = make_pack(BRITISH_PACK.format(language=language, org_name=org_name,
                                           role_name=role_name))
    pack = rejectlet.load_pack(str(folder))
    return rejectlet.compose(pack, "reply", {
        "name": "Ms. Lee", org_name: "Acme Ltd", role_name: "Analyst", "date": SENT})


@pytest.mark.parametrize(("org_name", "role_name"), [
    ("organisation", "role"), ("organization", "position"), ("company", "role")])
def test_the_organisation_and_role_are_found_under_the_packs_own_names(
        make_pack: PackFactory, org_name: str, role_name: str) -> None:
    event = event_of(british_letter(make_pack, org_name=org_name, role_name=role_name))
    assert "(Acme Ltd)" in str(event.summary.value)
    first = str(event.description.value).splitlines()[0]
    assert "Acme Ltd" in first
    assert "Analyst" in first


def test_an_en_gb_pack_writes_the_day_before_the_month(make_pack: PackFactory) -> None:
    description = str(event_of(british_letter(make_pack)).description.value)
    assert "23 November 2026" in description
    assert "November 23, 2026" not in description


def test_a_us_english_pack_keeps_the_month_first(make_pack: PackFactory) -> None:
    description = str(event_of(british_letter(make_pack, language="en")).description.value)
    assert "November 23, 2026" in description


def test_a_german_pack_gets_a_german_reminder_with_a_german_date() -> None:
    [letter] = rejectlet.letters_from_file(ROOT / "examples" / "de-formell-reply.yaml")
    assert letter.pack.language == "de"
    event = event_of(letter)
    sent = letter.data["date"]
    description = str(event.description.value)
    assert f"{sent.day}. " in description  # German day-first date, such as '23. November'
    assert "Schreiben Sie" in description
    assert "Rheinwerk Energie AG" in description
    assert str(event.summary.value).startswith("Bei ")
    assert "Write to" not in description


def test_english_reminders_keep_their_words() -> None:
    [letter] = rejectlet.letters_from_file(EXAMPLE)
    description = str(event_of(letter).description.value)
    assert description.startswith("Write to ")
    assert "you promised to check in" in description
