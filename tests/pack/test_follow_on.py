"""One mistake is reported once: checks that depend on something already reported
as wrong (a misspelt table, an unreadable section, a parent that cannot be found)
stay quiet, and the one message left points at the mistake itself."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import rejectlet
from rejectlet.checks import Problems, subject

PackFactory = Callable[..., Path]


def errors_of(folder: Path) -> list[rejectlet.Diagnostic]:
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    return [d for d in raised.value.diagnostics if d.is_error]


def line_of(text: str, needle: str) -> int:
    lines = textwrap.dedent(text).lstrip("\n").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def test_a_misspelt_sections_key_is_one_message_not_one_per_section(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("\nsections:", "\nsectons:")
    found = errors_of(make_pack(text))
    assert [d.code for d in found] == ["RJ111"]
    assert "'sections'" in found[0].hint
    assert found[0].location is not None
    assert found[0].location.line == line_of(text, "sectons:")


def test_a_misspelt_variables_key_does_not_make_every_name_undeclared(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("\nvariables:", "\nvariabls:")
    assert [d.code for d in errors_of(make_pack(text))] == ["RJ111"]


def test_a_misspelt_text_key_is_not_also_missing_nor_its_section_unknown(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace('fit: {kind: resell, text:', 'fit: {kind: resell, txt:')
    found = errors_of(make_pack(text))
    assert [d.code for d in found] == ["RJ111"]
    assert "'text'" in found[0].hint


def test_a_section_without_text_is_reported_once(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace(
        'fit: {kind: resell, text: "I still believe I would fit well."}', "fit: {kind: resell}")
    found = errors_of(make_pack(text))
    assert [d.code for d in found] == ["RJ112"]
    assert found[0].location is not None
    assert found[0].location.line == line_of(text, "fit: {kind: resell}")


def test_a_misspelt_letter_key_is_not_also_a_missing_one(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("    closing:", "    closin:")
    found = errors_of(make_pack(text))
    assert [d.code for d in found] == ["RJ111"]
    assert "'closing'" in found[0].hint


def test_an_unknown_parent_is_one_message_for_a_child_that_changes_one_subject(
        make_pack: PackFactory) -> None:
    text = """
        pack: child
        version: 0.1.0
        extends: clasic
        sections:
          interest:
            kind: interest
            text: |
              I would still be glad to work at {{ organization }}.
        letters:
          reply:
            subject: "Thank you, {{ recipient.name }}"
        """
    found = errors_of(make_pack(text, name="child"))
    assert [d.code for d in found] == ["RJ119"]
    assert "'classic'" in found[0].hint


def test_mistakes_that_do_not_depend_on_each_other_are_all_still_reported(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = (minimal_pack_text.replace("\nsections:", "\nsectons:")
            .replace("{{ name }},\"", "{{ nmae }},\""))
    codes = sorted(d.code for d in errors_of(make_pack(text)))
    assert codes == ["RJ111", "RJ303"]


def test_a_section_id_that_is_simply_missing_is_still_unknown(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("body: [thanks, fit, interest]",
                                     "body: [thanks, fit, intrest]")
    found = errors_of(make_pack(text))
    assert [d.code for d in found] == ["RJ121"]
    assert "'interest'" in found[0].hint


def test_problems_drop_a_finding_whose_cause_is_already_broken() -> None:
    problems = Problems("RJ110")
    problems.add("first", None, breaks=(subject("pack.yaml", "sections"),))
    problems.add("follows", None, cause=(subject("pack.yaml", "sections"),))
    problems.add("independent", None, cause=(subject("pack.yaml", "letters"),))
    assert [d.message for d in problems.items] == ["first", "independent"]


def test_a_warning_breaks_nothing() -> None:
    problems = Problems("RJ110")
    problems.add("only a warning", None, severity=rejectlet.Severity.WARNING,
                 breaks=("x.y",))
    problems.add("still reported", None, cause=("x.y",))
    assert len(problems.items) == 2
