"""Reading their side's names once per set of names gives the answer of reading
them afresh for every paragraph.

The masking works out each name's plain form and pattern once per set of names,
and skips the pattern scan for a paragraph that does not hold the form at all;
these tests compare it with the long way on paragraphs that hold the names,
hold them inside other words, in lower case, with accents, and not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectlet.rules import their_side
from rejectlet.rules.linear import escape, linear
from rejectlet.rules.reading import Plain, plain
from rejectlet.rules.their_side import ORG, PERSON, names_in, read


def _names_long_way(data: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names read straight from the data, every time."""
    take, forms = their_side._take, (their_side._org_forms, their_side._person_forms)
    orgs: dict[str, None] = {}
    for key in their_side._ORG_KEYS:
        take(orgs, forms[0], data.get(key))
    people: dict[str, None] = {}
    for key in their_side._PERSON_KEYS:
        take(people, forms[1], data.get(key))
    for key in their_side._PEOPLE_KEYS:
        value = data.get(key)
        if isinstance(value, list):
            for item in value[:their_side._MOST_ITEMS]:
                if isinstance(item, str):
                    take(people, forms[1], item.split("<")[0])
                elif isinstance(item, Mapping):
                    for field in ("name", "given_name", "family_name", "salutation_name"):
                        take(people, forms[1], item.get(field))
    longest = their_side._longest_first
    return longest(orgs), longest(name for name in people if name not in orgs)


def _long_way(text: str, orgs: tuple[str, ...], people: tuple[str, ...]) -> Plain:
    """Every form's pattern run over the whole paragraph, as the rules once did."""
    base = plain(text)
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(base.lower)
    for names, word in ((orgs, ORG), (people, PERSON)):
        for name in names:
            form = plain(name).lower.strip()
            if not form:
                continue
            needle = linear(r"(?:^|[^\w])(" + escape(form) + r")(?:[^\w]|$)")
            for hit in needle.finditer(base.lower):
                start = base.lower.find(form, hit.start, hit.end)
                end = start + len(form)
                if start < 0 or any(taken[start:end]):
                    continue
                if " " not in form and not base.text[start:start + 1].isupper():
                    continue
                spans.append((start, end, word))
                for i in range(start, end):
                    taken[i] = True
    if not spans:
        return base
    spans.sort()
    out: list[str] = []
    lower: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end, word in spans:
        out.append(base.text[at:start])
        lower.append(base.lower[at:start])
        origin.extend(base.origin[at:start])
        first, last = base.origin[start], base.origin[end - 1]
        out.append(word[:1].upper() + word[1:])
        lower.append(word)
        origin.extend([first] * (len(word) - 1) + [last])
        at = end
    out.append(base.text[at:])
    lower.append(base.lower[at:])
    origin.extend(base.origin[at:])
    return Plain(text, "".join(out), "".join(lower), tuple(origin))


DATA = [
    {"organization": "Quarrow Freight Ltd", "recipient.name": "Tomás Ortega",
     "met_with": ["you", "Ines García López", "the forecasting team"]},
    {"organization": "Open Harbour Systems", "recipient.name": "Dr. Anna Open"},
    {"organization": "Brask & Moe GmbH", "panel": [{"name": "Jörg Brask"}]},
    {"organization": "Ab", "recipient.name": "Ab Cd"},
]

PARAGRAPHS = [
    "I won't apply to Quarrow Freight again, Mr. Ortega.",
    "Thank you, Tomás, and thanks to Ines García López and the team.",
    "The quarrow freight people and ortega were kind; Quarrowfreight is not a name.",
    "ORTEGA and Ortegas and (Ortega) and Ortega's notes.",
    "I am open to a similar role at Open Harbour Systems, Dr. Open.",
    "Brask & Moe, Brask und Jörg Brask; Joerg Brask; brask.",
    "Ab Cd wrote to Ab about ab and abc.",
    "Nothing here names anyone at all.",
    "",
]


@pytest.mark.parametrize("data", DATA)
@pytest.mark.parametrize("text", PARAGRAPHS)
def test_masking_matches_the_long_way(data: dict[str, object], text: str) -> None:
    orgs, people = names_in(data)
    assert read(text, orgs, people) == _long_way(text, orgs, people)


_NAMES = st.sampled_from(["Quarrow", "Ortega", "García", "Open", "Brask", "Moe", "Ab", "x"])
_WORDS = st.lists(st.one_of(_NAMES, st.sampled_from(["the", "and", "-", ",", "'s", "é"]),
                            st.text(alphabet="aAbBéÉ &.,'-\n", max_size=6)), max_size=12)


@settings(max_examples=200, deadline=None)
@given(org=st.lists(_NAMES, min_size=1, max_size=3), person=st.lists(_NAMES, max_size=3),
       words=_WORDS, upper=st.booleans())
def test_masking_matches_the_long_way_on_any_paragraph(
        org: list[str], person: list[str], words: list[str], upper: bool) -> None:
    orgs, people = names_in({"organization": " ".join(org),
                             "recipient.name": " ".join(p.title() for p in person)})
    text = " ".join(w.upper() if upper else w for w in words)
    assert read(text, orgs, people) == _long_way(text, orgs, people)


ODD_DATA: list[dict[str, Any]] = [
    *DATA,
    {"organization": ["Quarrow"], "recipient.name": 7, "met_with": ("Tomás Ortega",)},
    {"company": "Lindenhof Kliniken AG", "firma": "Brask & Moe",
     "interviewers": ["Anna Berg <anna@example.com>", {"name": 3, "family_name": "Berg"},
                      None, ["Nested Name"], {"given_name": "Jörg"}],
     "cc": [{"name": "Ines García"}], "hiring_manager": "Dr. Paul Weiss"},
    {"organization": "Q" * 121, "recruiter": "Mara Lind", "panel": [f"Person{i} Name{i}"
                                                                     for i in range(40)]},
    {"met_with": ["you", "the team"], "organisation": "Kestrel & Co. KG"},
]


@pytest.mark.parametrize("data", ODD_DATA)
def test_names_match_the_long_way_twice(data: dict[str, Any]) -> None:
    assert names_in(data) == _names_long_way(data)
    assert names_in(data) == _names_long_way(data)  # the kept answer, too


def test_changed_data_gives_the_new_names() -> None:
    data: dict[str, Any] = {"organization": "Quarrow", "met_with": [{"name": "Tomás Ortega"}]}
    assert "Ortega" in names_in(data)[1]
    data["met_with"][0]["name"] = "Anna Berg"
    assert names_in(data) == _names_long_way(data)
    assert "Ortega" not in names_in(data)[1]
