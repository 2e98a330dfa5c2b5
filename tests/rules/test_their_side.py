"""The letter's own names are one word class: the frames know the company from the data.

No frame may know which company a corpus named; a letter to any organisation,
named in its data, is read the same way, and a finding still quotes the
writer's own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.rules.stance import tone_concerns
from rejectlet.rules.their_side import ORG, PERSON, names_in, read

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
RULES = Path(rejectlet.__file__).resolve().parent / "rules"


def test_the_data_names_the_company_in_its_legal_and_short_forms() -> None:
    orgs, people = names_in({"organization": "Quarrow Freight Ltd",
                             "recipient.name": "Ines García López",
                             "met_with": ["you", "Tomás Ortega", "the forecasting team"]})
    assert {"Quarrow Freight Ltd", "Quarrow Freight", "Quarrow"} <= set(orgs)
    assert {"Ines García López", "García", "López", "Tomás Ortega", "Ortega"} <= set(people)
    assert not {"you", "the forecasting team", "the"} & set(people)


def test_a_name_becomes_a_class_word_and_still_quotes_the_writer() -> None:
    text = read("I won't apply to Quarrow Freight again, Mr. Ortega.",
                *names_in({"organization": "Quarrow Freight Ltd",
                           "recipient.name": "Tomás Ortega"}))
    assert f"to {ORG} again" in text.lower
    assert f"mr. {PERSON}." in text.lower
    start = text.lower.index(ORG)
    assert text.quote(start, start + len(ORG)) == "Quarrow Freight"


def test_an_ordinary_word_that_begins_a_name_is_not_taken_for_it() -> None:
    names = names_in({"organization": "Open Harbour Systems"})
    text = read("I am open to a similar role at Open Harbour Systems.", *names)
    assert text.lower.startswith("i am open to")
    assert text.lower.endswith(f"at {ORG}.")


@pytest.mark.parametrize("company", ["Quarrow Freight", "Lindenhof Kliniken", "Brask & Moe"])
def test_a_closed_door_reads_the_same_whatever_the_company(company: str) -> None:
    names = names_in({"organization": company + " GmbH"})
    found = {c.category for c in tone_concerns(
        read(f"I will not be applying to {company} again.", *names), "en")}
    assert "closing-door" in found


def test_the_company_written_to_is_found_through_the_letter_data() -> None:
    pack = rejectlet.load_pack(CORPUS / "pack-en")
    sentence = "I will never again work for Quarrow."
    named = rejectlet.compose(pack, "reply", {"resell": sentence, "organization": "Quarrow"})
    found = [d for d in rejectlet.validate(named) if d.code == "RJ007"]
    assert found and found[0].severity.value == "error"
    assert found[0].fix is not None and "Quarrow" in found[0].fix.old


def test_no_frame_names_a_company_of_the_corpus() -> None:
    source = "\n".join(p.read_text(encoding="utf-8").lower() for p in RULES.glob("*.py"))
    for name in ("northwind", "nordwind", "acme", "brightline", "kestrel"):
        assert name not in source, name
