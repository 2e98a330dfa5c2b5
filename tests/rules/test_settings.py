"""One answer to "what does rule X do for letter kind K of pack P": the resolver,
its floors, and the pack check and letter check agreeing on it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

import rejectlet
from rejectlet.diagnostics import Severity
from rejectlet.pack_check import static_findings
from rejectlet.pack_info import describe_pack
from rejectlet.rules import base
from rejectlet.rules.base import Rule, find_rule
from rejectlet.rules.settings import rule_settings
from rejectlet.validation import validate
from tests.conftest import PackFactory


def pack_with(make_pack: PackFactory, text: str, old: str = "", new: str = "") -> rejectlet.Pack:
    folder = make_pack(text.replace(old, new, 1) if old else text)
    return rejectlet.load_pack(str(folder))


def with_rules(text: str, table: str) -> str:
    return text + "rules:\n" + "".join(f"  {line}\n" for line in table.splitlines())


def test_the_letter_kind_overrides_the_pack_which_overrides_the_rule(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = with_rules(minimal_pack_text, "length: {severity: error, max_words: 300}")
    text = text.replace("    ps: [feedback]\n",
                        "    ps: [feedback]\n    rules:\n      length: {max_words: 120}\n")
    pack = pack_with(make_pack, text)
    settings = rule_settings(pack, "reply", "RJ008")
    assert settings.severity is Severity.ERROR
    assert settings.options["max_words"] == 120
    assert rule_settings(pack, "reply", "tone").severity is Severity.ERROR


def test_off_disables_the_rule_for_validation_and_the_pack_check(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = with_rules(minimal_pack_text, 'continued-interest: "off"')
    pack = pack_with(make_pack, text, "body: [thanks, fit, interest]", "body: [thanks, fit]")
    settings = rule_settings(pack, "reply", "RJ002")
    assert not settings.enabled and settings.severity_word == "off"
    assert "RJ002" not in {d.code for d in static_findings(pack)}
    letter = rejectlet.compose(pack, "reply", {"name": "Ana", "organization": "Acme"})
    assert "RJ002" not in {d.code for d in validate(letter)}


def test_a_decision_is_made_once_per_pack(make_pack: PackFactory,
                                          minimal_pack_text: str) -> None:
    pack = pack_with(make_pack, minimal_pack_text)
    first = rule_settings(pack, "reply", "RJ008")
    assert rule_settings(pack, "reply", find_rule("length") or "") is first
    other = pack_with(make_pack, with_rules(minimal_pack_text, "length: {max_words: 99}"))
    assert rule_settings(other, "reply", "RJ008").options["max_words"] == 99
    assert rule_settings(pack, "reply", "RJ008").options["max_words"] != 99


def test_the_locked_rule_is_an_error_in_the_pack_check_too(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    pack = pack_with(make_pack, minimal_pack_text, "thanks: {kind: gratitude, text:",
                     "thanks: {kind: gratitude, when: ask, text:")
    found = [d for d in static_findings(pack) if d.code == "RJ001"]
    assert [d.severity for d in found] == [Severity.ERROR]
    assert "opening thanks has a condition" in found[0].message
    assert found[0].rule == "gratitude-first"


def test_pack_check_and_letter_check_follow_the_same_settings(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("    ps: [feedback]\n",
                                     "    ps: [feedback]\n    rules:\n      RJ003: warning\n")
    pack = pack_with(make_pack, text, "body: [thanks, fit, interest]",
                     "body: [thanks, fit, interest, feedback]")
    static = [d for d in static_findings(pack) if d.code == "RJ003"]
    letter = rejectlet.compose(pack, "reply", {"name": "Ana", "organization": "Acme",
                                               "ask": True})
    composed = [d for d in validate(letter) if d.code == "RJ003"]
    assert [d.severity for d in static] == [Severity.WARNING]
    assert [d.severity for d in composed] == [Severity.WARNING]
    assert static[0].location == composed[0].location


@pytest.fixture
def floored_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[Rule]:
    """The length rule, given a floor of warning for every letter and error for replies."""
    length = find_rule("RJ008")
    assert length is not None
    floored = dataclasses.replace(length, floor=Severity.WARNING,
                                  type_floors={"reply": Severity.ERROR})
    monkeypatch.setitem(base._REGISTRY, "RJ008", floored)
    yield floored


def test_a_floor_refuses_a_pack_that_would_silence_the_rule(
        make_pack: PackFactory, minimal_pack_text: str, floored_rule: Rule) -> None:
    folder = make_pack(with_rules(minimal_pack_text, 'length: "off"'))
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(str(folder))
    codes = [d.code for d in raised.value.diagnostics]
    assert codes == ["RJ117"]
    assert raised.value.diagnostics[0].location is not None
    assert raised.value.diagnostics[0].location.path.endswith("pack.yaml")


def test_a_letter_type_floor_keeps_its_severity_whatever_the_pack_asks(
        make_pack: PackFactory, minimal_pack_text: str, floored_rule: Rule) -> None:
    pack = pack_with(make_pack, with_rules(minimal_pack_text, "length: warning"),
                     "    ps: [feedback]\n", "    ps: [feedback]\n    type: reply\n")
    settings = rule_settings(pack, "reply", floored_rule)
    assert settings.severity is Severity.ERROR and settings.floored
    assert rule_settings(pack, "reply", floored_rule, "check-in").severity is Severity.WARNING
    assert not rule_settings(pack, "reply", floored_rule, "check-in").floored


def test_packs_show_reports_the_resolved_settings(make_pack: PackFactory,
                                                    minimal_pack_text: str) -> None:
    pack = pack_with(make_pack, with_rules(minimal_pack_text,
                                           "length: {severity: error, max_words: 210}"))
    shown = describe_pack(pack)
    assert "  RJ008 length: error (max_words=210)" in shown
    assert "  RJ001 gratitude-first: error" in shown


def test_every_structure_rule_is_judged_from_the_definition_too() -> None:
    for code in ("RJ001", "RJ002", "RJ003", "RJ004"):
        rule = find_rule(code)
        assert rule is not None and rule.outline_check is not None, code


def test_the_pack_check_holds_no_copy_of_a_structure_rule() -> None:
    source = (Path(rejectlet.__file__).parent / "pack_check.py").read_text(encoding="utf-8")
    for word in ("GRATITUDE", "INTEREST", "FEEDBACK", "SectionKind"):
        assert word not in source
