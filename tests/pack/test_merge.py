"""The merge stage: a child overrides by name, and a letter key by key."""

from __future__ import annotations

from typing import Any

import pytest

import rejectlet
from rejectlet.pack.merge import merge
from rejectlet.pack.read import read_pack
from tests.conftest import PackFactory

DATA = {"name": "Ana", "organization": "Acme"}


def _child(make_pack: PackFactory, letters: str) -> rejectlet.Pack:
    return rejectlet.load_pack(make_pack(f"""
        pack: child
        version: 0.1.0
        extends: ../testpack
        letters:
{letters}
    """, name="child"))


def test_a_child_may_change_only_the_subject_of_a_parents_letter(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    parent = rejectlet.load_pack(make_pack(minimal_pack_text))
    child = _child(make_pack, '          reply:\n            subject: "A new subject"')
    kind, base = child.letters["reply"], parent.letters["reply"]
    assert kind.subject is not None and kind.subject.source == "A new subject"
    assert kind.salutation == base.salutation
    assert kind.body == base.body and kind.ps == base.ps
    letter = rejectlet.compose(child, "reply", DATA)
    assert letter.subject == "A new subject"
    assert letter.salutation == "Dear Ana,"
    assert [b.section_id for b in letter.body] == ["thanks", "fit", "interest"]


def test_a_child_may_change_one_rule_of_a_parents_letter(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    make_pack(minimal_pack_text.replace('    ps: [feedback]\n',
                                        '    ps: [feedback]\n    rules: {RJ002: warning}\n'))
    child = _child(make_pack, "          reply:\n            rules: {RJ003: off}")
    assert child.letters["reply"].rules == {"RJ002": {"severity": "warning"},
                                            "RJ003": {"severity": "off"}}


def test_a_new_letter_in_a_child_must_still_be_complete(make_pack: PackFactory,
                                                        minimal_pack_text: str) -> None:
    make_pack(minimal_pack_text)
    with pytest.raises(rejectlet.PackError) as raised:
        _child(make_pack, '          note:\n            subject: "Hi"')
    missing = sorted(d.message for d in raised.value.diagnostics)
    assert [d.code for d in raised.value.diagnostics] == ["RJ112"] * 4
    assert missing == [f"letter 'note' is missing the required key {key!r}"
                       for key in ("body", "closing", "salutation", "signature")]


def test_merge_lays_the_child_over_the_parent(make_pack: PackFactory,
                                              minimal_pack_text: str) -> None:
    parent = read_pack(make_pack(minimal_pack_text))
    child = read_pack(make_pack("""
        pack: child
        version: 0.2.0
        extends: ../testpack
        sections:
          fit: {kind: resell, text: "Mine."}
        rules:
          length: {max_words: 10}
    """, name="child"))
    merged = merge(parent, child)
    assert merged.name == "child" and merged.version == "0.2.0"
    assert merged.parents == ("mini",)
    assert merged.roots == (child.root, parent.root)
    fit: Any = merged.sections["fit"]
    assert fit.text.source == "Mine."
    assert set(merged.sections) == set(parent.sections)
    assert merged.variables == parent.variables
    assert merged.rules["RJ008"] == {"max_words": 10}
