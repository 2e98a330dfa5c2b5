"""The names the rules read from letter data are bounded.

The rules turn the names of the organisation and of the people on its side
into class words, one pattern per name form. Data that lists thousands of
people, or a "name" of thousands of words, once made every paragraph compile
and scan hundreds of thousands of patterns, far past a host's Limits. Only the
first forms in the data's order are read, and a value too long to be a name
gives none.
"""

from __future__ import annotations

from rejectlet.rules import their_side
from rejectlet.rules.their_side import names_in


def _crowd(items: int, words: int) -> list[str]:
    return [" ".join(f"Qa{k}x{j}" for j in range(words)) for k in range(items)]


def test_thousands_of_people_give_a_bounded_number_of_name_forms() -> None:
    orgs, people = names_in({"organization": "Quarrow Freight Ltd",
                             "met_with": ["Tomás Ortega", *_crowd(5000, 2)]})
    assert len(people) <= their_side._MOST_FORMS
    assert "Tomás Ortega" in people and "Ortega" in people  # the first ones are kept
    assert "Quarrow Freight" in orgs


def test_a_value_too_long_to_be_a_name_gives_no_form() -> None:
    orgs, people = names_in({"organization": "Quarrow " * 100, "recipient.name": "Zed " * 100,
                             "met_with": _crowd(3, 1800)})
    assert orgs == () and people == ()


def test_the_cap_holds_across_every_key_together() -> None:
    data = {"panel": [{"name": n} for n in _crowd(40, 2)], "cc": _crowd(40, 2),
            "interviewers": _crowd(40, 3), "recipient.name": "Jordan Park"}
    _, people = names_in(data)
    assert len(people) <= their_side._MOST_FORMS
    assert "Jordan Park" in people
