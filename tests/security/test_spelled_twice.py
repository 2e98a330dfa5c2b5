"""A value written both nested and dotted in one place is refused, never dropped.

``sender: {name: A}`` beside ``sender.name: B`` names one value twice; only one
could reach the letter. Each layer is judged by itself, so an upper layer (the
file over its included profile, keyword values over the data) still wins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.spelled_twice import Clash, clash
from tests.security.test_bad_input import batch_text

BASE = ("pack: classic\nletter: reply\nrecipient:\n  name: Dana Whitfield\n"
        "organization: Acme\nrole: Analyst\nstrengths: I build forecasts.\n")


def _data(**extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"sender": {"name": "Alex Morgan"},
                              "recipient": {"name": "Dana Whitfield"},
                              "organization": "Acme", "role": "Analyst", "strengths": "x"}
    values.update(extra)
    return values


@pytest.mark.parametrize("order, later_line", [("nested-first", 10), ("dotted-first", 9)])
def test_a_data_file_naming_a_value_twice_is_refused_at_the_later_key(
        tmp_path: Path, order: str, later_line: int) -> None:
    nested, dotted = "sender:\n  name: Alex Morgan\n", "sender.name: Other\n"
    text = BASE + (nested + dotted if order == "nested-first" else dotted + nested)
    path = tmp_path / "letter.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.letter_from_file(path)
    (found,) = caught.value.diagnostics
    assert found.code == "RJ216"
    assert found.location is not None and found.location.key == "sender.name"
    assert found.location.line == later_line  # the second of the two spellings


def test_a_mapping_passed_to_compose_naming_a_value_twice_is_refused() -> None:
    pack = rejectlet.load_pack("classic")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", _data(**{"sender.name": "Other"}))
    assert [d.code for d in caught.value.diagnostics] == ["RJ216"]
    assert caught.value.diagnostics[0].location is not None
    assert caught.value.diagnostics[0].location.key == "sender.name"


def test_keyword_values_spelled_twice_are_refused_too() -> None:
    pack = rejectlet.load_pack("classic")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", _data(),
                          **{"recipient": {"name": "A"}, "recipient.name": "B"})
    assert [d.code for d in caught.value.diagnostics] == ["RJ216"]


def test_an_upper_layer_still_wins_over_a_lower_one(tmp_path: Path) -> None:
    (tmp_path / "profile.yaml").write_text("sender:\n  name: Alex Morgan\n", encoding="utf-8")
    path = tmp_path / "letter.yaml"
    path.write_text("include: profile.yaml\nsender.name: Robin Vale\n" + BASE,
                    encoding="utf-8")
    letter = rejectlet.letter_from_file(path)
    assert "Robin Vale" in rejectlet.render(letter, "text")
    pack = rejectlet.load_pack("classic")
    over = rejectlet.compose(pack, "reply", _data(), sender={"name": "Kim Osei"})
    assert "Kim Osei" in rejectlet.render(over, "text")


def test_a_yaml_batch_row_naming_a_value_twice_fails_alone(tmp_path: Path) -> None:
    table = tmp_path / "rows.yaml"
    table.write_text(
        "- {recipient: {name: Elena Marsh}, organization: Northwind, role: Analyst}\n"
        "- {recipient: {name: Ana Lima}, recipient.name: Other, organization: Cedar Rail,"
        " role: Scientist}\n"
        "- {recipient: {name: Jo Park}, organization: Birch, role: Planner}\n",
        encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = batch_text(table, out)
    assert result.exit_code == 1, result.output
    assert "RJ216" in result.output and "rows.yaml:2:" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["elena-marsh.txt", "jo-park.txt"]


@pytest.mark.parametrize("raw, expected", [
    ({"a": {"b": {"c": 1}}, "a.b.c": 2}, Clash("a.b.c", ("a.b.c",), ("a", "b", "c"))),
    ({"a.b": {"c": 1}, "a.b.c": 2}, Clash("a.b.c", ("a.b.c",), ("a.b", "c"))),
    ({"a": {"b.c": 1}, "a.b.c": 2}, Clash("a.b.c", ("a.b.c",), ("a", "b.c"))),
    ({"a": {"b.c": 1}, "a.b": {"c": 2}}, Clash("a.b.c", ("a", "b.c"), ("a.b", "c"))),
    ({"a": {"b": {"c": 1}, "b.c": 2}}, Clash("a.b.c", ("a", "b.c"), ("a", "b", "c"))),
    ({"a": {"b": 1}, "a.c": {"d": 2}}, None),   # different names
    ({"a": {"b": 1}, "a.c": 2}, None),          # different names
    ({"a": "text", "a.b": 2}, None),            # nothing nested to clash with
    ({"a.": 1, "a": {"": 2}}, None),            # not a dotted name
    ({"a.b": 1}, None),
])
def test_only_the_same_name_nested_and_dotted_clashes(raw: dict[str, Any],
                                                      expected: Any) -> None:
    assert clash(raw) == expected


def test_a_host_mapping_subclass_is_not_walked() -> None:
    class Loud(dict[str, Any]):
        def __contains__(self, key: object) -> bool:
            raise RuntimeError("a host's own code ran")

    assert clash({"sender": Loud(name="A"), "sender.name": "B"}) is None



PARTLY_DOTTED = {
    "dotted-group": {"sender.home": {"city": "Springfield"}, "sender.home.city": "Shelbyville"},
    "dotted-inside": {"sender": {"home.city": "Springfield"}, "sender.home.city": "Shelbyville"},
    "both-nested": {"sender": {"home.city": "Springfield"},
                    "sender.home": {"city": "Shelbyville"}},
}


@pytest.mark.parametrize("spelled", PARTLY_DOTTED.values(), ids=PARTLY_DOTTED.keys())
def test_every_spelling_of_a_name_is_judged(spelled: dict[str, Any]) -> None:
    """A name split into nested and dotted keys at any point is the same name."""
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", _data(**spelled))
    (found,) = caught.value.diagnostics
    assert found.code == "RJ216"
    assert found.location is not None and found.location.key == "sender.home.city"


def test_a_data_file_spelling_a_name_partly_dotted_is_refused_at_the_later_key(
        tmp_path: Path) -> None:
    path = tmp_path / "letter.yaml"
    path.write_text(BASE + "sender:\n  name: Alex Morgan\n  home.city: Springfield\n"
                    "sender.home:\n  city: Shelbyville\n", encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.letter_from_file(path)
    (found,) = caught.value.diagnostics
    assert found.code == "RJ216"
    assert found.location is not None and found.location.line == 11
    assert found.location.key == "sender.home.city"


def test_a_mapping_holding_itself_is_walked_a_bounded_way() -> None:
    looped: dict[str, Any] = {"name": "A"}
    looped["self"] = looped
    assert clash({"sender": looped}) is None
