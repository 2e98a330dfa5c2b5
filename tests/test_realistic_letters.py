"""Every letter of every built-in pack, filled with the data real people bring.

Names from several cultures (double surnames, particles, suffixes, initials,
titles typed into the name), organisations ending in "s" or starting with
"the", roles that already end in "Position", one or many people met, one or
many questions. Each composed letter must keep the invariants a careful
reader checks first. Text rendering only, so a few thousand letters stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet.model import Letter

#: letters composed per pack: each example writes every letter kind of the pack
EXAMPLES = 80


@dataclass(frozen=True)
class Person:
    """A name as typed, and what a careful writer would greet them with."""

    fields: tuple[tuple[str, str], ...]
    formal: str    # after "Dear" in a formal English letter
    friendly: str  # after "Dear" in a friendly one


ENGLISH_PEOPLE = [
    Person((("name", "María José García López"), ("title", "Ms.")),
           "Ms. García López", "María"),
    Person((("name", "Martin Luther King Jr."), ("title", "Dr.")), "Dr. King", "Dr. King"),
    Person((("name", "Elena Marsh, PhD"), ("title", "Dr")), "Dr Marsh", "Dr Marsh"),
    Person((("name", "Dr. Elena Marsh"),), "Dr. Marsh", "Elena"),
    Person((("name", "J. Robert Smith"), ("title", "Mr")), "Mr Smith", "Robert"),
    Person((("name", "Ludwig van Beethoven"), ("title", "Mr.")), "Mr. van Beethoven",
           "Ludwig"),
    Person((("name", "Ursula von der Leyen"), ("title", "Prof.")), "Prof. von der Leyen",
           "Prof. von der Leyen"),
    Person((("name", "Ngozi Okonjo-Iweala"), ("title", "Ms")), "Ms Okonjo-Iweala", "Ngozi"),
    Person((("name", "Zhang Wei"), ("given_name", "Wei"), ("family_name", "Zhang"),
            ("title", "Mr.")), "Mr. Zhang", "Wei"),
    Person((("name", "Siobhán Ní Bhriain"), ("family_name", "Ní Bhriain"), ("title", "Ms.")),
           "Ms. Ní Bhriain", "Siobhán"),
    Person((("name", "Priya Raman"),), "Priya Raman", "Priya"),
    Person((("name", "Kwame Mensah"), ("title", "Mx.")), "Mx. Mensah", "Kwame"),
    Person((("name", "Tomás Ortega III"), ("title", "Mr.")), "Mr. Ortega", "Tomás"),
]

GERMAN_PEOPLE = [
    Person((("name", "Elena Marsch"), ("anrede", "Frau"), ("titel", "Prof. Dr.")),
           "Sehr geehrte Frau Prof. Marsch", ""),
    Person((("name", "Martin Albrecht"), ("anrede", "Herr"), ("titel", "Dr.")),
           "Sehr geehrter Herr Dr. Albrecht", ""),
    Person((("name", "Jan von der Heide"), ("anrede", "Herr")),
           "Sehr geehrter Herr von der Heide", ""),
    Person((("name", "Ana García López"), ("family_name", "García López"), ("anrede", "Frau"),
            ("titel", "Professorin")),
           "Sehr geehrte Frau Professorin García López", ""),
    Person((("name", "Sabine Kühn"),), "Guten Tag Sabine Kühn", ""),
]

ORGANISATIONS = ["Siemens", "Acme Systems", "the Wellcome Trust", "Northwind Logistics",
                 "Atlas Partners", "the Open University", "Fernhill Software"]
ROLES = ["Senior Data Analyst", "Senior Data Analyst Position", "Community Manager",
         "Data Engineer (m/w/d)", "Product Owner Role"]
MET = ["you", "Tomás Ortega", "the forecasting team", "Dana Whitfield", "Li Na"]
QUESTIONS = ["Which part of the case study needed more depth?",
             "Is route optimisation something the team expects to need soon?",
             "would more SQL practice have changed the outcome?"]
NEWS = ["My team shipped the new planner.", "I finished a course in cloud data engineering.",
        "the forecast I rebuilt now runs unattended"]
INTERESTS = ["your open-source tools and public roadmap", "the way it shares its data openly",
             "its focus on access"]
REASONS = ["it covers the questions your team raised", "because it speaks to your winter routes"]


def english_data(draw: st.DrawFn) -> dict[str, Any]:
    recipient = draw(st.sampled_from(ENGLISH_PEOPLE))
    panel = draw(st.lists(st.sampled_from(ENGLISH_PEOPLE), min_size=1, max_size=3))
    return {
        "sender": {"name": "Amara Osei"},
        "recipient": dict(recipient.fields),
        "organization": draw(st.sampled_from(ORGANISATIONS)),
        "role": draw(st.sampled_from(ROLES)),
        "new_role": draw(st.sampled_from(ROLES)),
        "met_with": draw(st.lists(st.sampled_from(MET), min_size=1, max_size=3, unique=True)),
        "detail": "hearing how the team rebuilt its forecasts",
        "strengths": "I build forecasts that people trust.",
        "interest_in": draw(st.sampled_from(INTERESTS)),
        "questions": draw(st.lists(st.sampled_from(QUESTIONS), min_size=1, max_size=3,
                                   unique=True)),
        "news": draw(st.sampled_from(NEWS)),
        "topics": "how your team plans its forecasting work",
        "share_type": draw(st.sampled_from(["article", "referral"])),
        "share_what": "a field study on freight demand",
        "share_why": draw(st.sampled_from(REASONS)),
        "feedback_received": "my examples spoke more about tools than results",
        "feedback_addressed": "My last two projects were judged by the decisions they changed.",
        "panel": [{**dict(p.fields), "discussed": "your account of the dispatch floor",
                   "takeaway": "a sharper sense of what dispatchers need",
                   "recruiter": draw(st.booleans())} for p in panel],
        "date": "2026-11-24",
    }, recipient, panel


def german_data(draw: st.DrawFn) -> dict[str, Any]:
    recipient = draw(st.sampled_from(GERMAN_PEOPLE))
    panel = draw(st.lists(st.sampled_from(GERMAN_PEOPLE), min_size=1, max_size=3))
    return {
        "sender": {"name": "Jonas Petersen"},
        "recipient": dict(recipient.fields),
        "organization": draw(st.sampled_from(["Siemens AG", "Nordwind Logistik GmbH"])),
        "role": draw(st.sampled_from(["Senior Data Analyst (m/w/d)", "Referentin (w/m/d)",
                                      "Data Engineer"])),
        "new_role": "Teamleitung Analytics (m/w/d)",
        "met_with": draw(st.lists(st.sampled_from(["Sie", "Herr Ortega", "Frau Yilmaz",
                                                   "das Prognoseteam"]),
                                  min_size=1, max_size=3, unique=True)),
        "strengths": "Ich entwickle Prognosen, denen man vertraut.",
        "questions": draw(st.lists(st.sampled_from(["Welcher Teil der Fallstudie war zu knapp?",
                                                    "Wird Routenplanung bald gebraucht?"]),
                                   min_size=1, max_size=2, unique=True)),
        "news": "Ich habe ein Zertifikat abgeschlossen.",
        "topics": "wie Ihr Team seine Prognosen ausbaut",
        "share_type": draw(st.sampled_from(["article", "referral"])),
        "share_what": draw(st.sampled_from(["eine Studie zur Frachtnachfrage",
                                            "Herr Jonas Brandt, Disponent bei Hanse Cargo"])),
        "feedback_addressed": "Ich habe zwei Projekte geleitet.",
        "panel": [{**dict(p.fields), "discussed": "Ihre Schilderung der Disposition",
                   "takeaway": "den Gedanken, Prognosen an der Disposition zu messen",
                   "recruiter": draw(st.booleans())} for p in panel],
        "date": "2026-11-24",
    }, recipient, panel


DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
S_APOSTROPHE_S = re.compile(r"s['’]s\b")
SENTENCE_THEN_LOWER = re.compile(r"[.?!]\s+([a-zäöü])")
CAPITAL_MID_SENTENCE = re.compile(r"[a-z,;] (My|Our|The|This|These|We) ")


def body_paragraphs(letter: Letter) -> list[str]:
    return [paragraph.text for block in letter.body for paragraph in block.paragraphs]


def check_letter(letter: Letter, expected_greeting: str, data: dict[str, Any],
                 english: bool) -> None:
    where = f"{letter.pack.name} {letter.kind}"
    assert letter.salutation == f"{expected_greeting},", where
    paragraphs = body_paragraphs(letter)
    text = "\n".join([letter.subject, *paragraphs])
    assert not S_APOSTROPHE_S.search(text), (where, text)
    assert not DOUBLED.search(text), (where, DOUBLED.search(text))
    assert "(m/w/d)" not in text and "(w/m/d)" not in text, where
    for index, paragraph in enumerate(paragraphs):
        first = paragraph.lstrip("([“\"")[:1]
        # a German letter's first sentence continues the salutation in lower case
        if english or index:
            assert not first.islower(), (where, paragraph)
        assert not SENTENCE_THEN_LOWER.search(paragraph), (where, paragraph)
        if english:
            assert not CAPITAL_MID_SENTENCE.search(paragraph), (where, paragraph)
    if english and not letter.pack.letters[letter.kind].each:
        # a panel note is about one conversation, whoever else was met
        one_met = len(data["met_with"]) == 1
        assert not (one_met and re.search(r"\b(our conversations|my interviews)\b", text)), \
            (where, text)
        assert not (not one_met and re.search(r"\bour conversation\b", text)), (where, text)
        assert not re.search(r"\band \w+ roadmap is\b|tools and public roadmap is", text), where
    bullets = sum(1 for block in letter.body for paragraph in block.paragraphs
                  if paragraph.kind == "bullet")
    if letter.kind == "feedback-followup":
        assert bullets == (0 if len(data["questions"]) == 1 else len(data["questions"])), where


def compose_every_kind(pack_name: str, data: dict[str, Any], recipient: Person,
                       panel: list[Person]) -> int:
    pack = rejectlet.load_pack(pack_name)
    english = pack.language.startswith("en")
    count = 0
    for kind in pack.letters:
        letters = rejectlet.compose_all(pack, kind, data)
        people = panel if pack.letters[kind].each else [recipient]
        assert len(letters) == len(people)
        for letter, person in zip(letters, people, strict=True):
            greeting = person.formal
            if english:
                greeting = "Dear " + (person.friendly if pack_name == "warm" else person.formal)
            check_letter(letter, greeting, data, english)
            rejectlet.render(letter, "text")
            count += 1
    return count


@pytest.mark.parametrize("pack_name", ["classic", "warm"])
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_english_letters_hold_up_with_realistic_data(pack_name: str, data: st.DataObject) -> None:
    values, recipient, panel = data.draw(st.composite(english_data)())
    assert compose_every_kind(pack_name, values, recipient, panel) >= 7


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_german_letters_hold_up_with_realistic_data(data: st.DataObject) -> None:
    values, recipient, panel = data.draw(st.composite(german_data)())
    assert compose_every_kind("de-formell", values, recipient, panel) >= 7


def test_each_pack_writes_at_least_500_letters_a_run() -> None:
    """80 examples of every letter kind (seven kinds, panel notes per person)."""
    kinds = min(len(rejectlet.load_pack(name).letters) for name in ("classic", "warm",
                                                                   "de-formell"))
    assert EXAMPLES * kinds >= 500
