"""Shortcuts taken for speed give the answers the long way gives.

Each shortcut below skips work that nearly every letter does not need (a walk
that finds nothing, a set of group names computed again); these tests pin the
cases where the work is needed after all.
"""

from __future__ import annotations

import dataclasses

import pytest

import rejectlet
from rejectlet.data import group_paths
from rejectlet.diagnostics import Location
from rejectlet.model import Variable
from tests.security.test_email_encoded_words import compose_with


def _nested(depth: int, leaf: object) -> object:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("depth", [0, 5, 16])
def test_a_surrogate_deep_in_a_data_value_is_still_named(depth: int) -> None:
    letter = compose_with()
    changed = dataclasses.replace(
        letter, data={**letter.data, "role": _nested(depth, "Analyst \ud800")})
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(changed, "text", force=True)
    assert [d.code for d in caught.value.diagnostics] == ["RJ436"]
    assert "role" in caught.value.diagnostics[0].message


def test_a_surrogate_in_a_nested_key_is_still_named() -> None:
    letter = compose_with()
    changed = dataclasses.replace(letter, data={**letter.data, "notes": {"k\udc80": "v"}})
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(changed, "email", force=True)
    assert [d.code for d in caught.value.diagnostics] == ["RJ436"]
    assert "notes" in caught.value.diagnostics[0].message


def test_past_the_walks_depth_a_value_is_not_read_either_way() -> None:
    # the walk reads 16 levels of a value; the shortcut must not read deeper
    letter = compose_with()
    changed = dataclasses.replace(
        letter, data={**letter.data, "role": _nested(17, "Analyst \ud800")})
    rejectlet.render(changed, "text", force=True)


def test_group_names_follow_the_packs_variables() -> None:
    pack = rejectlet.load_pack("classic")
    groups = group_paths(pack)
    assert "sender" in groups and "recipient" in groups
    extra = {**pack.variables, "panel.lead.name": Variable(name="panel.lead.name")}
    other = dataclasses.replace(pack, variables=extra)
    assert {"panel", "panel.lead"} <= group_paths(other)
    assert "panel" not in group_paths(pack)


def test_a_location_with_a_key_keeps_its_place() -> None:
    at = Location("letter.yaml", 4, 7)
    keyed = at.with_key("recipient.name")
    assert (keyed.path, keyed.line, keyed.column, keyed.key) == (
        "letter.yaml", 4, 7, "recipient.name")
    assert str(keyed) == "letter.yaml:4:7"
