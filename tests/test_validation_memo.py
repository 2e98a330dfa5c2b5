"""A letter's findings are kept on the letter: render after validate runs no rule again,
and a kept outcome is never used once the data or the registered rules changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import rejectlet
from rejectlet.rules import base
from rejectlet.rules.base import Finding, find_rule


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The length rule, counting its runs and refusing any letter to 'Refused Ltd'."""
    seen: list[str] = []
    length = find_rule("RJ008")
    assert length is not None

    def check(letter: rejectlet.Letter, options: dict[str, Any]) -> Iterator[Finding]:
        seen.append(str(letter.data.get("organization")))
        if letter.data.get("organization") == "Refused Ltd":
            yield Finding("the organization refuses letters", None)
        yield from length.check(letter, options)

    monkeypatch.setitem(base._REGISTRY, "RJ008", dataclasses.replace(length, check=check))
    yield seen


def _letter(classic: rejectlet.Pack, example_data: dict[str, Any]) -> rejectlet.Letter:
    return rejectlet.compose(classic, "reply", example_data)


def test_render_after_validate_runs_no_rule_again(
        classic: rejectlet.Pack, example_data: dict[str, Any], calls: list[str]) -> None:
    letter = _letter(classic, example_data)
    first = rejectlet.validate(letter)
    rejectlet.render(letter, "text")
    rejectlet.render(letter, "html")
    assert len(calls) == 1
    assert rejectlet.validate(letter) == first
    assert len(calls) == 1


def test_render_alone_validates_once_for_many_formats(
        classic: rejectlet.Pack, example_data: dict[str, Any], calls: list[str]) -> None:
    letter = _letter(classic, example_data)
    for _ in range(3):
        rejectlet.render(letter, "text")
    assert len(calls) == 1


def _refusals(letter: rejectlet.Letter) -> list[str]:
    return [d.message for d in rejectlet.validate(letter) if "refuses" in d.message]


def test_changed_data_is_validated_again(
        classic: rejectlet.Pack, example_data: dict[str, Any], calls: list[str]) -> None:
    letter = _letter(classic, example_data)
    rejectlet.render(letter, "text")
    assert _refusals(letter) == []
    letter.data["organization"] = "Refused Ltd"
    assert _refusals(letter) == ["the organization refuses letters"]
    assert len(calls) == 2


def test_a_changed_rule_set_is_applied_to_a_validated_letter(
        classic: rejectlet.Pack, example_data: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    letter = _letter(classic, example_data)
    rejectlet.render(letter, "text")
    length = find_rule("RJ008")
    assert length is not None

    def refuse(letter: rejectlet.Letter, options: dict[str, Any]) -> Iterator[Finding]:
        yield Finding("every letter is refused now", None)

    monkeypatch.setitem(base._REGISTRY, "RJ008", dataclasses.replace(length, check=refuse))
    assert "every letter is refused now" in [d.message for d in rejectlet.validate(letter)]


def test_a_replaced_letter_does_not_inherit_the_outcome(
        classic: rejectlet.Pack, example_data: dict[str, Any], calls: list[str]) -> None:
    letter = _letter(classic, example_data)
    rejectlet.validate(letter)
    changed = dataclasses.replace(letter, data={**letter.data, "organization": "Refused Ltd"})
    assert _refusals(changed) == ["the organization refuses letters"]
    assert _refusals(letter) == []


def test_threads_validating_one_letter_all_get_the_whole_findings(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    letter = _letter(classic, {**example_data, "organization": "Acme"})
    expected = [str(d) for d in rejectlet.validate(_letter(classic, {**example_data,
                                                                     "organization": "Acme"}))]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: [str(d) for d in rejectlet.validate(letter)],
                                range(64)))
    assert all(result == expected for result in results)


def test_the_kept_outcome_is_not_part_of_the_letter_value(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    letter = _letter(classic, example_data)
    twin = _letter(classic, example_data)
    rejectlet.validate(letter)
    assert "_validation" not in repr(letter)
    assert letter == twin
    rebuilt = type(letter)(**{name: getattr(letter, name) for name in letter.__dataclass_fields__})
    assert rebuilt == letter
