"""A pack that builds on another (``extends:``) and a pack that names the rejectlet
versions it works with (``requires:``)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet import PackError, Severity
from tests.conftest import ROOT, PackFactory

CHILD_OF_CLASSIC = """
pack: house
version: 0.2.0
extends: classic
title: House Style
sections:
  fit:
    kind: resell
    text: |
      In short, the work you described is the work I do best. {{ strengths }}
  thanks_again:
    kind: gratitude
    text: |
      Thank you once more for meeting me about the {{ role }} position.
letters:
  thank-again:
    description: A second, shorter note of thanks.
    subject: "Thank you again"
    salutation: "Dear {{ recipient.name }},"
    body: [thanks_again, interest]
    closing: "Best regards,"
    signature: "{{ sender.name }}"
rules:
  tone:
    phrases: [Northwind Logistics]
"""

EXAMPLES = ROOT / "examples"


def line_of(folder: Path, needle: str) -> int:
    lines = (folder / "pack.yaml").read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, start=1) if needle in line]
    assert len(hits) == 1, f"{needle!r} is on lines {hits}"
    return hits[0]


@pytest.fixture
def house(make_pack: PackFactory) -> rejectlet.Pack:
    return rejectlet.load_pack(make_pack(CHILD_OF_CLASSIC, name="house"))


# -- extends: classic ---------------------------------------------------------------------

def test_a_child_pack_is_only_its_changes(make_pack: PackFactory) -> None:
    folder = make_pack(CHILD_OF_CLASSIC, name="house")
    assert sorted(p.name for p in folder.iterdir()) == ["pack.yaml"]
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert "variables:" not in text and "reply:" not in text


def test_a_child_inherits_everything_it_does_not_override(
        house: rejectlet.Pack, classic: rejectlet.Pack) -> None:
    assert house.name == "house"
    assert house.extends == "classic"
    assert house.parents == ("classic",)
    assert house.title == "House Style"
    assert house.variables == classic.variables
    assert set(classic.letters) < set(house.letters)
    for kind_id, kind in classic.letters.items():
        assert house.letters[kind_id].body == kind.body
    for section_id, section in classic.sections.items():
        if section_id != "fit":
            assert house.sections[section_id].text.source == section.text.source
    assert house.sender_block is not None and classic.sender_block is not None
    assert house.sender_block.source == classic.sender_block.source
    assert house.stylesheet == classic.stylesheet
    assert house.language == classic.language
    assert house.page == classic.page


def test_a_child_overrides_a_section_by_name(
        house: rejectlet.Pack, classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    assert house.sections["fit"].text.source != classic.sections["fit"].text.source
    letter = rejectlet.compose(house, "reply", example_data)
    text = " ".join(rejectlet.render(letter, "text").split())
    assert "In short, the work you described is the work I do best." in text
    assert "Although I am disappointed" not in text
    # the parent's own sections around it are still there
    assert "Thank you for letting me know your decision about the Senior Data Analyst" in text
    assert "My interest in Northwind Logistics has not changed" in text


def test_a_child_adds_a_letter_kind_that_uses_parent_sections(
        house: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    assert house.letters["thank-again"].body == ("thanks_again", "interest")
    letter = rejectlet.compose(house, "thank-again", example_data)
    assert [b.section_id for b in letter.body] == ["thanks_again", "interest"]
    # only the child's own tone phrase is reported; every structure rule is satisfied
    assert {d.code for d in rejectlet.validate(letter)} == {"RJ007"}
    text = " ".join(rejectlet.render(letter, "text").split())
    assert "Thank you once more for meeting me about the Senior Data Analyst position." in text
    assert "My interest in Northwind Logistics has not changed" in text


def test_a_child_changes_a_rule_setting_for_its_letters(
        house: rejectlet.Pack, classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    assert house.rules["RJ007"]["phrases"] == ["Northwind Logistics"]
    parent_letter = rejectlet.compose(classic, "reply", example_data)
    assert [d.code for d in rejectlet.validate(parent_letter)] == []
    child_letter = rejectlet.compose(house, "reply", example_data)
    tone = [d for d in rejectlet.validate(child_letter) if d.code == "RJ007"]
    assert tone
    assert all("Northwind Logistics" in d.message for d in tone)
    assert all(d.severity is Severity.WARNING for d in tone)
    # the letter-level setting classic gives its reply is inherited too
    assert house.letters["reply"].rules == classic.letters["reply"].rules


@pytest.mark.parametrize("example", ["check-in", "keep-in-touch", "reapply"])
def test_inherited_letter_kinds_still_render(house: rejectlet.Pack, example: str) -> None:
    letter = rejectlet.compose(house, example,
                               rejectlet.read_data_file(EXAMPLES / f"{example}.yaml"))
    original = rejectlet.letter_from_file(EXAMPLES / f"{example}.yaml")
    assert [b.text for b in letter.body] == [b.text for b in original.body]
    text = rejectlet.render(letter, "text")
    document = rejectlet.render(letter, "html")
    for block in letter.body:
        first_words = " ".join(block.text.split()[:6])
        assert first_words in " ".join(text.split())
    assert letter.salutation in document


def test_data_naming_the_parent_pack_is_accepted_by_the_child(house: rejectlet.Pack) -> None:
    (letter,) = rejectlet.letters_from_file(EXAMPLES / "check-in.yaml", pack=house)
    assert letter.pack is house


# -- extends: a relative folder ------------------------------------------------------------

def _child_of_mini(extends: str) -> str:
    return f"""
        pack: mini-child
        version: 0.1.0
        extends: {extends}
        sections:
          fit: {{kind: resell, text: "My years at {{{{ organization }}}}'s rival taught me much."}}
        letters:
          note:
            salutation: "Hello {{{{ name }}}},"
            body: [thanks, interest]
            closing: "Warmly,"
            signature: "Sam"
        rules:
          length: {{max_words: 10}}
    """


def test_a_pack_can_extend_a_folder_next_to_it(
        make_pack: PackFactory, minimal_pack_text: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    parent_folder = make_pack(minimal_pack_text, name="parent")
    child_folder = make_pack(_child_of_mini("../parent"), name="child")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the path is relative to the child, not to the caller

    parent = rejectlet.load_pack(parent_folder)
    child = rejectlet.load_pack(child_folder)
    assert child.parents == ("mini",)
    assert child.extends == "../parent"
    assert set(child.letters) == {"reply", "note"}
    assert child.variables == parent.variables
    assert child.sections["thanks"].text.source == parent.sections["thanks"].text.source

    data = {"name": "Ana", "organization": "Acme"}
    reply = rejectlet.compose(child, "reply", data)
    assert [b.text for b in reply.body] == [
        "Thank you, Ana, for your time at Acme.",
        "My years at Acme's rival taught me much.",
        "I remain keen on Acme.",
    ]
    note = rejectlet.compose(child, "note", data)
    assert note.salutation == "Hello Ana,"
    assert rejectlet.render(note, "text").startswith("Hello Ana,")

    parent_reply = rejectlet.compose(parent, "reply", data)
    assert "RJ008" not in [d.code for d in rejectlet.validate(parent_reply)]
    assert "RJ008" in [d.code for d in rejectlet.validate(reply)]


def test_a_child_sees_an_edit_to_its_parent_folder(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    parent_folder = make_pack(minimal_pack_text, name="parent")
    child_folder = make_pack(_child_of_mini("../parent"), name="child")
    data = {"name": "Ana", "organization": "Acme"}
    before = rejectlet.compose(rejectlet.load_pack(child_folder), "note", data)
    assert before.body[-1].text == "I remain keen on Acme."

    pack_file = parent_folder / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(
        "I remain keen on", "I am still very keen on"), encoding="utf-8")
    after = rejectlet.compose(rejectlet.load_pack(child_folder), "note", data)
    assert after.body[-1].text == "I am still very keen on Acme."


# -- what extends: refuses ----------------------------------------------------------------

def test_packs_that_extend_each_other_are_refused(make_pack: PackFactory) -> None:
    a = make_pack("pack: a\nversion: 0.1.0\nextends: ../b\n", name="a")
    make_pack("pack: b\nversion: 0.1.0\nextends: ../a\n", name="b")
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(a)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ119"
    assert "a -> b -> a" in problem.message
    assert problem.location is not None
    assert problem.location.path.endswith("pack.yaml")
    assert problem.location.line == 3


def test_a_pack_that_extends_itself_is_refused(make_pack: PackFactory) -> None:
    folder = make_pack("pack: selfish\nversion: 0.1.0\nextends: ../selfish\n", name="selfish")
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(folder)
    assert [d.code for d in caught.value.diagnostics] == ["RJ119"]


@pytest.mark.parametrize("parent", ["no-such-pack", "../no-such-folder"])
def test_an_unknown_parent_is_refused_at_the_extends_line(
        make_pack: PackFactory, parent: str) -> None:
    folder = make_pack(textwrap.dedent(f"""
        # a pack whose parent does not exist
        pack: orphan
        version: 0.1.0
        extends: {parent}
        title: Orphan
    """))
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(folder)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ119"
    assert parent.removeprefix("../") in problem.message
    assert problem.location is not None
    assert Path(problem.location.path).resolve() == (folder / "pack.yaml").resolve()
    assert problem.location.line == line_of(folder, "extends:")
    assert problem.location.column == len("extends: ") + 1


# -- requires: ----------------------------------------------------------------------------

def test_a_pack_for_a_later_rejectlet_is_refused_naming_both_versions(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text + 'requires: ">=99"\n')
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(folder)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ118"
    assert ">=99" in problem.message
    assert rejectlet.__version__ in problem.message
    assert problem.location is not None
    assert problem.location.line == line_of(folder, "requires:")


def test_a_version_range_that_cannot_be_read_is_refused(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text + "requires: soon please\n")
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(folder)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ113"
    assert "soon please" in problem.message
    assert problem.location is not None
    assert problem.location.line == line_of(folder, "requires:")


def test_a_pack_whose_range_includes_this_version_loads(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    pack = rejectlet.load_pack(make_pack(minimal_pack_text + 'requires: ">=0.1,<99"\n'))
    assert pack.requires == ">=0.1,<99"
