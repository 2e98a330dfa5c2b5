"""Salutations and address lines built from people's names as real data gives them."""

from __future__ import annotations

import pytest

import rejectlet
from rejectlet.names import address_name, family_name, formal_name, friendly_name, given_name

CLASSIC_DATA = {
    "sender": {"name": "Priya Raman"}, "organization": "Northwind Logistics",
    "role": "Senior Data Analyst", "strengths": "I build forecasts people trust.",
}


@pytest.mark.parametrize(("person", "expected"), [
    ({"name": "María José García López", "title": "Ms."}, "Ms. García López"),
    ({"name": "Martin Luther King Jr.", "title": "Dr."}, "Dr. King"),
    ({"name": "Elena Marsh, PhD", "title": "Dr."}, "Dr. Marsh"),
    ({"name": "Ludwig van Beethoven", "title": "Mr"}, "Mr van Beethoven"),
    ({"name": "Ursula von der Leyen", "title": "Dr"}, "Dr von der Leyen"),
    ({"name": "Ana de la Vega", "title": "Ms"}, "Ms de la Vega"),
    ({"name": "Elena Marsh", "title": "Prof."}, "Prof. Marsh"),
    ({"name": "Dr. Elena Marsh"}, "Dr. Marsh"),
    ({"name": "Gabriel García Márquez", "family_name": "García Márquez", "title": "Mr."},
     "Mr. García Márquez"),
    ({"name": "Sam Lee", "salutation_name": "Professor Lee"}, "Professor Lee"),
    ({"name": "Elena Marsh"}, "Elena Marsh"),
])
def test_formal_salutation_uses_title_and_family_name(person: dict[str, str],
                                                      expected: str) -> None:
    assert formal_name(person) == expected


@pytest.mark.parametrize(("person", "expected"), [
    ({"name": "Dr. Elena Marsh"}, "Elena"),
    ({"name": "J. Robert Smith"}, "Robert"),
    ({"name": "Rachel Kim", "title": "Ms."}, "Rachel"),
    ({"name": "Elena Marsh", "title": "Dr."}, "Dr. Marsh"),
    ({"name": "Prof. Elena Marsh", "title": "Prof"}, "Prof Marsh"),
    ({"name": "Martin Luther King Jr."}, "Martin"),
    ({"name": "Grace Liu", "salutation_name": "Gracie"}, "Gracie"),
])
def test_friendly_salutation_never_uses_a_title_or_initial_as_first_name(
        person: dict[str, str], expected: str) -> None:
    assert friendly_name(person) == expected


@pytest.mark.parametrize(("person", "expected"), [
    ({"name": "Elena Marsch", "anrede": "Frau", "titel": "Prof. Dr."}, "Frau Prof. Marsch"),
    ({"name": "Elena Marsch", "anrede": "Frau", "titel": "Professorin"},
     "Frau Professorin Marsch"),
    ({"name": "Martin Albrecht", "anrede": "Herr", "titel": "Dr."}, "Herr Dr. Albrecht"),
    ({"name": "Jan von der Heide", "anrede": "Herr"}, "Herr von der Heide"),
])
def test_german_salutation_names_only_the_highest_title(person: dict[str, str],
                                                        expected: str) -> None:
    assert formal_name(person) == expected


def test_german_address_keeps_every_title_and_says_herrn() -> None:
    person = {"name": "Martin Albrecht", "anrede": "Herr", "titel": "Prof. Dr."}
    assert address_name(person, "de") == "Herrn Prof. Dr. Martin Albrecht"
    assert address_name({"name": "Elena Marsh, PhD", "title": "Dr."}) == \
        "Dr. Elena Marsh, PhD"
    assert address_name({"name": "Martin Luther King Jr."}) == "Martin Luther King Jr."


def test_plain_strings_are_parsed_too() -> None:
    assert family_name("María José García López") == "García López"
    assert given_name("Dr. Elena Marsh") == "Elena"


def _salutation(pack: str, kind: str = "reply", **recipient: str) -> str:
    loaded = rejectlet.load_pack(pack)
    data = {**CLASSIC_DATA, "recipient": recipient, "follow_up": False,
            "ask_feedback": False}
    return rejectlet.compose(loaded, kind, data).salutation


def test_classic_reply_addresses_double_surname() -> None:
    assert _salutation("classic", name="María José García López", title="Ms.") == \
        "Dear Ms. García López,"
    assert _salutation("classic", name="Martin Luther King Jr.", title="Dr.") == \
        "Dear Dr. King,"
    assert _salutation("classic", name="Elena Marsh, PhD", title="Dr.") == "Dear Dr. Marsh,"


def test_classic_accepts_prof_and_uk_titles() -> None:
    assert _salutation("classic", name="Elena Marsh", title="Prof.") == "Dear Prof. Marsh,"
    assert _salutation("classic", name="Jane Doe", title="Ms") == "Dear Ms Doe,"


def test_warm_reply_uses_a_first_name_never_a_title() -> None:
    assert _salutation("warm", name="Dr. Elena Marsh") == "Dear Elena,"
    assert _salutation("warm", name="J. Robert Smith") == "Dear Robert,"
    assert _salutation("warm", name="Elena Marsh", title="Dr.") == "Dear Dr. Marsh,"


def test_german_reply_salutation_and_address() -> None:
    pack = rejectlet.load_pack("de-formell")
    data = {**CLASSIC_DATA, "organization": "Nordwind Logistik GmbH",
            "recipient": {"name": "Elena Marsch", "anrede": "Frau", "titel": "Prof. Dr."},
            "follow_up": False, "ask_feedback": False}
    letter = rejectlet.compose(pack, "reply", data)
    assert letter.salutation == "Sehr geehrte Frau Prof. Marsch,"
    assert "Frau Prof. Dr. Elena Marsch" in letter.recipient_lines
