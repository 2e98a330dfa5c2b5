"""TemplateRef: every template of a pack has its own typed address."""

from __future__ import annotations

import dataclasses

import pytest

import rejectlet
from rejectlet.model import TemplateKind, TemplateRef
from tests.conftest import PackFactory

COLLIDING = """
pack: collide
version: 0.1.0
variables:
  name: {type: string, required: true}
sections:
  thanks: {kind: gratitude, text: "Thank you, {{ name }}."}
  salutation: {kind: interest, text: "I remain keen on the work."}
letters:
  section:
    salutation: "Dear {{ name }},"
    body: [thanks, salutation]
    closing: "Best regards,"
    signature: "Sam"
"""


def test_a_letter_named_section_keeps_its_salutation_apart_from_a_section_named_salutation(
        make_pack: PackFactory) -> None:
    pack = rejectlet.load_pack(make_pack(COLLIDING))
    letter_part = TemplateRef.letter_part("section", "salutation")
    section = TemplateRef.section("salutation")
    assert letter_part != section
    templates = pack.compiled.templates
    assert templates[letter_part] is not templates[section]
    letter = rejectlet.compose(pack, "section", {"name": "Ana"})
    assert letter.salutation == "Dear Ana,"
    assert [b.text for b in letter.body] == ["Thank you, Ana.", "I remain keen on the work."]


def test_every_kind_of_address_is_distinct_for_the_same_names() -> None:
    refs = {
        TemplateRef.section("a"), TemplateRef.when("a"), TemplateRef.letterhead("a"),
        TemplateRef.letter_part("a", "a"), TemplateRef.letter_block("a", "a"),
    }
    assert len(refs) == len(TemplateKind)


def test_a_template_ref_cannot_be_changed() -> None:
    ref = TemplateRef.section("thanks")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.name = "other"  # type: ignore[misc]


@pytest.mark.parametrize(("ref", "words"), [
    (TemplateRef.section("fit"), "section 'fit'"),
    (TemplateRef.when("fit"), "the condition of section 'fit'"),
    (TemplateRef.letterhead("sender"), "the sender block"),
    (TemplateRef.letter_block("reply", "date"), "the date block of letter 'reply'"),
    (TemplateRef.letter_part("reply", "subject"), "the subject of letter 'reply'"),
])
def test_a_template_ref_names_its_template_for_a_reader(ref: TemplateRef, words: str) -> None:
    assert ref.describe() == words


def test_letterhead_templates_are_compiled_and_kept_on_the_letter_kind(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace(
        '    signature: "Sam"\n',
        '    signature: "Sam"\n    blocks: {date: "Written today"}\n') + \
        'blocks:\n  sender: "Sam Lee"\n'
    pack = rejectlet.load_pack(make_pack(text))
    kind = pack.letters["reply"]
    assert kind.blocks == ("date",)
    assert kind.block_templates["date"].source == "Written today"
    assert TemplateRef.letter_block("reply", "date") in pack.compiled.templates
    assert TemplateRef.letterhead("sender") in pack.compiled.templates
    letter = rejectlet.compose(pack, "reply", {"name": "Ana", "organization": "Acme"})
    assert letter.date_line == "Written today"
    assert letter.sender_lines == ("Sam Lee",)
