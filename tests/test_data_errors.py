"""Mistakes in letter data are DataErrors that point at the line of the data file.

The pack here declares one variable of every type, so each kind of mistake
can be made in a small data file; expected positions are looked up in the
data text itself.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.composer import letter_from_file
from rejectlet.data import MAX_LIST_ITEMS, MAX_STRING_CHARS

PackFactory = Callable[..., Path]

DATA_PACK = """
pack: datapack
version: 1.0.0
variables:
  sender.name:    {type: string, required: true, help: Your full name}
  sender.email:   {type: email}
  recipient.name: {type: string, required: true}
  organization:   {type: string, required: true, help: The company}
  notes:          {type: text}
  met_with:       {type: list}
  follow_up:      {type: bool, default: true}
  days:           {type: integer, default: 30}
  sent_on:        {type: date}
  title:          {type: string, choices: [Mr., Ms., Dr.]}
sections:
  thanks:
    kind: gratitude
    text: "Thank you, {{ recipient.name }}, for your time at {{ organization }}."
  interest:
    kind: interest
    text: |
      I remain keen. {{ notes }} {{ met_with }} {{ follow_up }} {{ days }}
      {{ sent_on }} {{ title }} {{ sender.email }}
letters:
  reply:
    salutation: "Dear {{ recipient.name }},"
    body: [thanks, interest]
    closing: "Regards,"
    signature: "{{ sender.name }}"
"""

GOOD_DATA = """
pack: datapack
letter: reply
sender:
  name: Sam Lee
  email: sam@example.com
recipient:
  name: Elena Marsh
organization: Northwind
"""


@pytest.fixture
def pack(make_pack: PackFactory) -> rejectlet.Pack:
    return rejectlet.load_pack(make_pack(DATA_PACK, name="datapack"))


def write_data(tmp_path: Path, text: str, name: str = "letter.yaml") -> tuple[Path, str]:
    text = textwrap.dedent(text).lstrip("\n")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


def good_with(extra: str) -> str:
    return textwrap.dedent(GOOD_DATA).lstrip("\n") + textwrap.dedent(extra).lstrip("\n")


def position(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``text``."""
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find(needle)
        if column >= 0:
            return number, column + 1
    raise AssertionError(f"{needle!r} not in the text")


def data_error(pack: rejectlet.Pack, data: Any) -> rejectlet.DataError:
    with pytest.raises(rejectlet.DataError) as raised:
        if isinstance(data, Path):
            data = rejectlet.read_data_file(data)
        rejectlet.compose(pack, "reply", data)
    return raised.value


def only(error: rejectlet.RejectletError) -> rejectlet.Diagnostic:
    assert len(error.diagnostics) == 1, str(error)
    return error.diagnostics[0]


def assert_at(diagnostic: rejectlet.Diagnostic, path: Path, line: int, column: int) -> None:
    location = diagnostic.location
    assert location is not None, diagnostic
    assert Path(location.path).resolve() == path.resolve(), diagnostic
    assert (location.line, location.column) == (line, column), diagnostic


# -- the starting point ----------------------------------------------------------------


def test_good_data_composes(pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, _ = write_data(tmp_path, GOOD_DATA)
    letter = rejectlet.compose(pack, "reply", rejectlet.read_data_file(path))
    assert letter.salutation == "Dear Elena Marsh,"
    assert letter.data["days"] == 30  # the default filled in
    assert letter.data["follow_up"] is True


# -- missing values --------------------------------------------------------------------


def test_missing_value_of_an_existing_group_points_at_the_group(pack: rejectlet.Pack,
                                                                tmp_path: Path) -> None:
    path, text = write_data(tmp_path, """
        pack: datapack
        letter: reply
        recipient:
          name: Elena Marsh
        organization: Northwind
        sender:
          email: sam@example.com
        """)
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ201"
    assert diagnostic.message == "missing required value 'sender.name'"
    assert diagnostic.hint == "Your full name"  # the variable's help says what to write
    assert_at(diagnostic, path, *position(text, "sender:"))


def test_missing_value_without_its_group_points_at_the_start_of_the_data(
        pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, text = write_data(tmp_path, """
        # a reply to Northwind
        pack: datapack
        letter: reply
        sender:
          name: Sam Lee
        organization: Northwind
        """)
    diagnostic = only(data_error(pack, path))
    assert diagnostic.message == "missing required value 'recipient.name'"
    assert_at(diagnostic, path, *position(text, "pack:"))


def test_missing_top_level_value_uses_its_help_as_the_hint(pack: rejectlet.Pack,
                                                           tmp_path: Path) -> None:
    path, _ = write_data(tmp_path, GOOD_DATA.replace("organization: Northwind\n", ""))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ201"
    assert "'organization'" in diagnostic.message
    assert diagnostic.hint == "The company"


# -- unknown values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "name", "suggestion"),
    [
        ("organisation: Northwind Ltd\n", "organisation", "organization"),
        ("met_wiht: [Ana]\n", "met_wiht", "met_with"),
        ("sender_name: Sam\n", "sender_name", "sender.name"),
    ],
)
def test_unknown_value_suggests_the_declared_one(pack: rejectlet.Pack, tmp_path: Path,
                                                 extra: str, name: str, suggestion: str) -> None:
    path, text = write_data(tmp_path, good_with(extra))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ202"
    assert f"unknown value {name!r}" in diagnostic.message
    assert diagnostic.hint == f"did you mean {suggestion!r}?"
    line, column = position(text, f"{name}:")
    assert_at(diagnostic, path, line, column + len(name) + 2)


def test_unknown_value_inside_a_group_is_reported_with_its_dotted_name(
        pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, text = write_data(tmp_path, GOOD_DATA.replace(
        "  email: sam@example.com\n", "  emial: sam@example.com\n"))
    diagnostic = only(data_error(pack, path))
    assert "unknown value 'sender.emial'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'sender.email'?"
    assert_at(diagnostic, path, *position(text, "sam@example.com"))


# -- wrong types -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value", "wanted"),
    [
        ("notes: {a: 1}", "{a: 1}", "'notes' should be text, not a mapping"),
        ("title: [Mr.]", "[Mr.]", "'title' should be text, not a list"),
        ("met_with: Ana", "Ana", "'met_with' should be a list"),
        ("follow_up: 'yes'", "'yes'", "'follow_up' should be true or false, not a string"),
        ("follow_up: 1", "1", "'follow_up' should be true or false, not a number"),
        ("days: thirty", "thirty", "'days' should be a whole number, not a string"),
        ("days: 2.5", "2.5", "'days' should be a whole number, not a decimal number"),
        ("days: true", "true", "'days' should be a whole number, not a boolean"),
        ("sent_on: 23/11/2026", "23/11/2026", "'sent_on' should be a date written as YYYY-MM-DD"),
        ("sent_on: next week", "next week", "'sent_on' should be a date"),
    ],
)
def test_value_of_the_wrong_type_is_rj204_at_the_value(pack: rejectlet.Pack, tmp_path: Path,
                                                       line: str, value: str,
                                                       wanted: str) -> None:
    path, text = write_data(tmp_path, good_with(line + "\n"))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ204"
    assert wanted in diagnostic.message
    key_line, _ = position(text, line)
    assert_at(diagnostic, path, key_line, text.splitlines()[key_line - 1].index(value) + 1)


def test_bad_email_is_rj204_at_the_value(pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, text = write_data(tmp_path, GOOD_DATA.replace("sam@example.com", "'sam at example'"))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ204"
    assert "'sender.email' is not an email address" in diagnostic.message
    assert diagnostic.hint == "write it as name@example.com"
    assert_at(diagnostic, path, *position(text, "'sam at example'"))


def test_line_break_in_a_one_line_string_is_rj204(pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, text = write_data(tmp_path, GOOD_DATA.replace(
        "organization: Northwind\n", "organization: |\n  Northwind\n  Logistics\n"))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ204"
    assert "line breaks" in diagnostic.message
    assert_at(diagnostic, path, *position(text, "|"))


def test_list_item_of_the_wrong_type_is_at_the_item(pack: rejectlet.Pack,
                                                    tmp_path: Path) -> None:
    path, text = write_data(tmp_path, good_with("""
        met_with:
          - Ana
          - [Tomás, Lee]
        """))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ204"
    assert "'met_with' item 2 should be text, not a list" in diagnostic.message
    assert_at(diagnostic, path, *position(text, "[Tomás"))


def test_values_of_the_right_types_are_converted(pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, _ = write_data(tmp_path, good_with("""
        days: 14
        follow_up: false
        sent_on: 2026-11-23
        met_with: [Ana, 7]
        title: Dr.
        """))
    letter = rejectlet.compose(pack, "reply", rejectlet.read_data_file(path))
    assert letter.data["days"] == 14
    assert letter.data["follow_up"] is False
    assert str(letter.data["sent_on"]) == "2026-11-23"
    assert letter.data["met_with"] == ["Ana", "7"]
    assert letter.data["title"] == "Dr."


# -- choices and limits ----------------------------------------------------------------


def test_value_outside_the_choices_is_rj206_with_a_suggestion(pack: rejectlet.Pack,
                                                               tmp_path: Path) -> None:
    path, text = write_data(tmp_path, good_with("title: Mr\n"))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ206"
    assert "choose one of: Mr., Ms., Dr." in diagnostic.message
    assert diagnostic.hint == "did you mean 'Mr.'?"
    line, column = position(text, "title: Mr")
    assert_at(diagnostic, path, line, column + len("title: "))


def test_string_over_the_length_limit_is_rj205(pack: rejectlet.Pack, tmp_path: Path) -> None:
    long_value = "word " * (MAX_STRING_CHARS // 5) + "x"
    path, text = write_data(tmp_path, good_with(f"notes: {long_value}\n"))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ205"
    assert f"the limit is {MAX_STRING_CHARS:,}" in diagnostic.message
    line, _ = position(text, "notes:")
    assert_at(diagnostic, path, line, len("notes: ") + 1)


def test_string_at_the_length_limit_is_accepted(pack: rejectlet.Pack, tmp_path: Path) -> None:
    value = "a" * MAX_STRING_CHARS
    path, _ = write_data(tmp_path, good_with(f"notes: {value}\n"))
    assert rejectlet.compose(pack, "reply", rejectlet.read_data_file(path)).data["notes"] == value


def test_list_over_the_length_limit_is_rj205(pack: rejectlet.Pack, tmp_path: Path) -> None:
    items = ", ".join(["Ana"] * (MAX_LIST_ITEMS + 1))
    path, text = write_data(tmp_path, good_with(f"met_with: [{items}]\n"))
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ205"
    assert f"has {MAX_LIST_ITEMS + 1} items" in diagnostic.message
    assert_at(diagnostic, path, *position(text, "[Ana"))


# -- which pack and letter -------------------------------------------------------------


def test_data_naming_another_pack_is_rj207_at_its_pack_line(pack: rejectlet.Pack,
                                                            tmp_path: Path) -> None:
    path, text = write_data(tmp_path, GOOD_DATA.replace("pack: datapack\n", "")
                            + "pack: classic\n")
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ207"
    assert diagnostic.message == "the data names pack 'classic', not 'datapack'"
    assert diagnostic.hint
    # the cause is the pack: line, not the top of the file
    line, column = position(text, "pack: classic")
    assert_at(diagnostic, path, line, column + len("pack: "))


def test_dict_naming_another_pack_is_rj207(pack: rejectlet.Pack) -> None:
    data = {"pack": "classic", "sender": {"name": "Sam"}, "recipient": {"name": "Elena"},
            "organization": "Northwind"}
    assert only(data_error(pack, data)).code == "RJ207"


def test_data_file_naming_no_pack_and_no_letter_reports_both(tmp_path: Path) -> None:
    path, _ = write_data(tmp_path, """
        sender:
          name: Sam Lee
        organization: Northwind
        """)
    with pytest.raises(rejectlet.DataError) as raised:
        letter_from_file(path)
    diagnostics = raised.value.diagnostics
    assert [d.code for d in diagnostics] == ["RJ208", "RJ208"]
    assert {d.message for d in diagnostics} == {"the data file does not name its pack",
                                                "the data file does not name its letter kind"}
    for diagnostic in diagnostics:
        assert_at(diagnostic, path, 1, 1)
        assert diagnostic.hint


def test_data_file_naming_no_letter_is_rj208(pack: rejectlet.Pack, tmp_path: Path) -> None:
    path, _ = write_data(tmp_path, GOOD_DATA.replace("letter: reply\n", ""))
    with pytest.raises(rejectlet.DataError) as raised:
        letter_from_file(path, pack=pack)
    diagnostic = only(raised.value)
    assert diagnostic.code == "RJ208"
    assert "letter kind" in diagnostic.message
    assert "letter: reply" in diagnostic.hint


def test_unknown_letter_kind_is_rj209_with_a_suggestion(pack: rejectlet.Pack,
                                                        tmp_path: Path) -> None:
    path, text = write_data(tmp_path, GOOD_DATA.replace("letter: reply", "letter: rply"))
    with pytest.raises(rejectlet.DataError) as raised:
        letter_from_file(path, pack=pack)
    diagnostic = only(raised.value)
    assert diagnostic.code == "RJ209"
    assert "has no letter kind 'rply'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'reply'?"
    assert_at(diagnostic, path, *position(text, "rply"))


def test_unknown_letter_kind_of_a_built_in_pack_is_rj209(tmp_path: Path) -> None:
    path, text = write_data(tmp_path, """
        pack: classic
        letter: replyy
        """)
    with pytest.raises(rejectlet.DataError) as raised:
        letter_from_file(path)
    diagnostic = only(raised.value)
    assert diagnostic.code == "RJ209"
    assert diagnostic.hint == "did you mean 'reply'?"
    assert_at(diagnostic, path, *position(text, "replyy"))


def test_data_file_that_is_not_a_mapping_is_a_data_error(pack: rejectlet.Pack,
                                                         tmp_path: Path) -> None:
    path, _ = write_data(tmp_path, "- Sam Lee\n- Northwind\n")
    diagnostic = only(data_error(pack, path))
    assert diagnostic.code == "RJ201"
    assert "should be a mapping" in diagnostic.message
    assert_at(diagnostic, path, 1, 1)


# -- data given as a dict --------------------------------------------------------------


def test_dict_data_composes_without_file_locations(pack: rejectlet.Pack) -> None:
    letter = rejectlet.compose(pack, "reply", {
        "sender": {"name": "Sam Lee"}, "recipient": {"name": "Elena Marsh"},
        "organization": "Northwind", "days": 10})
    assert letter.salutation == "Dear Elena Marsh,"
    assert letter.data["days"] == 10
    assert letter.data_locations, "each given value still has a (file-less) location"
    for location in letter.data_locations.values():
        assert location.path == "<data>"
        assert location.line == 0


def test_dict_data_errors_are_all_reported_at_their_keys(pack: rejectlet.Pack) -> None:
    error = data_error(pack, {"sender": {"name": "Sam Lee"}, "organisation": "Northwind",
                              "days": "ten", "title": "Prof."})
    assert sorted(d.code for d in error.diagnostics) == [
        "RJ201", "RJ201", "RJ202", "RJ204", "RJ206"]
    for diagnostic in error.diagnostics:
        assert diagnostic.location is not None
        assert not diagnostic.location.in_file
        assert diagnostic.location.line == 0
    # no file to point at, so each names its data key instead of "<data>"
    assert sorted(d.key for d in error.diagnostics) == [
        "days", "organisation", "organization", "recipient.name", "title"]
    assert [line.split(": ", 1)[0] for line in str(error).splitlines()] == [
        d.key for d in error.diagnostics]


def test_example_data_with_a_misspelt_key_is_rejected_by_classic(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["organisation"] = example_data.pop("organization")
    error = data_error(classic, example_data)
    unknown = [d for d in error.diagnostics if d.code == "RJ202"]
    assert len(unknown) == 1
    assert unknown[0].hint == "did you mean 'organization'?"
    assert "missing required value 'organization'" in str(error)


# -- every problem at once -------------------------------------------------------------


def test_every_mistake_in_a_file_is_reported_at_once(pack: rejectlet.Pack,
                                                     tmp_path: Path) -> None:
    path, text = write_data(tmp_path, """
        pack: datapack
        letter: reply
        sender:
          name: Sam Lee
          email: nobody
        recipient:
          name: Elena Marsh
        organisation: Northwind
        days: soon
        title: Miss
        """)
    error = data_error(pack, path)
    found = [(d.code, d.location.line if d.location else None) for d in error.diagnostics]
    assert found == [
        ("RJ201", position(text, "pack:")[0]),          # organization is missing
        ("RJ204", position(text, "email: nobody")[0]),
        ("RJ202", position(text, "organisation")[0]),
        ("RJ204", position(text, "days: soon")[0]),
        ("RJ206", position(text, "title: Miss")[0]),
    ]
    assert len(str(error).splitlines()) == 5
