"""Letter values must be what their variable says: text is a str, a number or a date, in
valid Unicode; an email is an address the email renderer accepts too. Anything else is a
DataError that names the value's key path, before any renderer sees it."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet import DataError
from rejectlet.addresses import is_email_address
from rejectlet.rules.base import find_rule


class Opaque:
    def __str__(self) -> str:
        return "looks like text"


def refusal(pack: rejectlet.Pack, data: dict[str, Any], kind: str = "reply",
            **values: Any) -> rejectlet.Diagnostic:
    with pytest.raises(DataError) as caught:
        rejectlet.compose_all(pack, kind, data, **values)
    (problem,) = caught.value.diagnostics
    return problem


@pytest.mark.parametrize("value", [b"Acme", bytearray(b"Acme"), print, lambda: "Acme",
                                   Opaque(), object(), {1, 2}],
                         ids=["bytes", "bytearray", "builtin", "lambda", "str-able object",
                              "object", "set"])
def test_a_value_that_is_not_text_is_refused_at_its_key(
        classic: rejectlet.Pack, example_data: dict[str, Any], value: Any) -> None:
    example_data["organization"] = value
    problem = refusal(classic, example_data)
    assert problem.code == "RJ204"
    assert problem.key == "organization"
    assert str(problem).startswith("organization: RJ204 error: 'organization' should be text")
    for shown in (repr(value), "b'Acme'", "looks like text", "built-in"):
        assert shown not in str(problem)


def test_a_list_item_that_is_not_text_is_refused_at_its_index(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["met_with"] = ["you", b"Tom\xc3\xa1s"]
    problem = refusal(classic, example_data)
    assert (problem.code, problem.key) == ("RJ204", "met_with[1]")
    assert "b'" not in str(problem)


@pytest.mark.parametrize("value", [42, 3.5, Decimal("12.50")], ids=["int", "float", "decimal"])
def test_numbers_stand_for_text_as_written(
        classic: rejectlet.Pack, example_data: dict[str, Any], value: Any) -> None:
    example_data["role"] = value
    letter = rejectlet.compose(classic, "reply", example_data)
    assert letter.data["role"] == str(value)


SURROGATE = "Northwind \udce9 Logistics"


@pytest.mark.parametrize(("where", "key"), [
    (lambda d: d.update(organization=SURROGATE), "organization"),
    (lambda d: d["recipient"].update(name=SURROGATE), "recipient.name"),
    (lambda d: d.update(met_with=["you", SURROGATE]), "met_with[1]"),
], ids=["value", "grouped value", "list item"])
def test_invalid_unicode_is_refused_at_its_key_before_rendering(
        classic: rejectlet.Pack, example_data: dict[str, Any], where: Any, key: str) -> None:
    where(example_data)
    problem = refusal(classic, example_data)
    assert (problem.code, problem.key) == ("RJ204", key)
    assert "position 11" in problem.message
    str(problem).encode("utf-8")  # the report itself can be printed anywhere


def test_invalid_unicode_in_a_panel_entry_names_the_entry_and_field(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["panel"] = [{"name": "Elena Marsh", "discussed": "forecasts"},
                             {"name": "Tomás Ortega", "discussed": "forecasts"},
                             {"name": "Dana", "discussed": SURROGATE}]
    problem = refusal(classic, example_data, "panel-thanks")
    assert (problem.code, problem.key) == ("RJ204", "panel[2].discussed")
    assert str(problem).startswith("panel[2].discussed: ")


def test_keyword_values_are_checked_the_same_way(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    problem = refusal(classic, example_data, role=b"Analyst")
    assert (problem.code, problem.key) == ("RJ204", "role")


# -- every diagnostic about dict data names its key ----------------------------------------

def test_data_problems_of_a_mapping_name_their_keys_not_a_file(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    del example_data["sender"]["name"]
    example_data["sender"]["nmae"] = "Priya"
    example_data["follow_up_days"] = "thirty"
    with pytest.raises(DataError) as caught:
        rejectlet.compose(classic, "reply", example_data)
    keys = {d.key for d in caught.value.diagnostics}
    assert keys == {"sender.name", "sender.nmae", "follow_up_days"}
    for diagnostic in caught.value.diagnostics:
        assert str(diagnostic).startswith(f"{diagnostic.key}: ")
        assert "<data>" not in str(diagnostic)
        assert diagnostic.to_dict()["path"] is None


def test_rule_findings_carry_their_rule_name_and_key(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["strengths"] = "Though the process was unfair, I build models."
    example_data["recipient"]["name"] = "{{ name }}"
    found = rejectlet.validate(rejectlet.compose(classic, "reply", example_data))
    assert found
    for diagnostic in found:
        rule = find_rule(diagnostic.code)
        assert rule is not None and diagnostic.rule == rule.name
    (tone,) = [d for d in found if d.code == "RJ007"]
    assert tone.key == "strengths"
    assert str(tone).startswith("strengths: RJ007 ")


# -- one email check for compose and the email renderer ------------------------------------

ADDRESSES = ["priya.raman@example.com", "a+tag@sub.example.org", "a@x.c0m",
             "x@localhost", "a..b@example.com", "ü@example.de", "a@bücher.de",
             '"q"@example.com', "a@[192.0.2.1]", "Ana <a@example.com>", "a@-x.com",
             "a@example.invalid", "a@example", "a @example.com", "a@example.com.",
             ".a@example.com", "a@exa_mple.com"]


def _outcomes(pack: rejectlet.Pack, base: dict[str, Any], address: str) -> tuple[bool, bool]:
    """(compose accepted it, the email renderer accepted it)."""
    data = copy.deepcopy(base)
    data["recipient"]["email"] = address
    try:
        letter = rejectlet.compose(pack, "reply", data)
    except DataError as exc:
        assert [d.key for d in exc.diagnostics] == ["recipient.email"]
        return False, False
    try:
        rejectlet.render(letter, "email")
    except rejectlet.RenderError:
        return True, False
    return True, True


@pytest.mark.parametrize("address", ADDRESSES)
def test_compose_and_the_email_renderer_agree_on_addresses(
        classic: rejectlet.Pack, example_data: dict[str, Any], address: str) -> None:
    composed, rendered = _outcomes(classic, example_data, address)
    assert composed == rendered == is_email_address(address)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(local=st.text(alphabet="ab.+-_\"ü ", min_size=0, max_size=6),
       domain=st.text(alphabet="exampl.-_ü0", min_size=0, max_size=10))
def test_no_address_composes_that_the_email_renderer_refuses(
        classic: rejectlet.Pack, example_data: dict[str, Any], local: str, domain: str) -> None:
    composed, rendered = _outcomes(classic, example_data, f"{local}@{domain}.com")
    assert composed == rendered


def test_a_render_problem_with_a_dict_value_names_its_key(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    del example_data["recipient"]["email"]
    letter = rejectlet.compose(classic, "reply", example_data)
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "email")
    (problem,) = caught.value.diagnostics
    assert (problem.code, problem.key) == ("RJ430", "recipient.email")
    assert str(problem).startswith("recipient.email: RJ430")


def test_an_empty_required_dict_value_is_found_at_its_key(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["role"] = ""
    (empty,) = [d for d in rejectlet.validate(rejectlet.compose(classic, "reply", example_data))
                if d.code == "RJ005"]
    assert (empty.key, empty.rule) == ("role", "required-filled")
