"""The compile stage: one compiled template per address, typed, immutable pack."""

from __future__ import annotations

import dataclasses

import pytest

import rejectlet
from rejectlet.model import TemplateKind, TemplateRef
from rejectlet.pack.compile import compile_pack
from rejectlet.pack.read import read_pack
from rejectlet.templates import CompiledPack
from tests.conftest import PackFactory


def test_every_template_of_the_pack_has_an_address(make_pack: PackFactory,
                                                   minimal_pack_text: str) -> None:
    pack = compile_pack(read_pack(make_pack(minimal_pack_text)), "folder")
    assert isinstance(pack.compiled, CompiledPack)
    refs = set(pack.compiled.sources)
    assert {TemplateRef.section(s) for s in pack.sections} <= refs
    assert TemplateRef.when("feedback") in pack.compiled.conditions
    assert {TemplateRef.letter_part("reply", p)
            for p in ("subject", "salutation", "closing", "signature")} <= refs
    assert all(isinstance(ref, TemplateRef) for ref in refs)
    assert {ref.kind for ref in refs} == {TemplateKind.SECTION, TemplateKind.WHEN,
                                          TemplateKind.LETTER_PART}


def test_a_loaded_pack_cannot_be_changed(make_pack: PackFactory,
                                         minimal_pack_text: str) -> None:
    pack = rejectlet.load_pack(make_pack(minimal_pack_text))
    with pytest.raises(dataclasses.FrozenInstanceError):
        pack.compiled = None  # type: ignore[misc,assignment]


def test_a_letter_kind_records_the_names_its_templates_read(make_pack: PackFactory,
                                                            minimal_pack_text: str) -> None:
    pack = rejectlet.load_pack(make_pack(minimal_pack_text))
    assert pack.letters["reply"].uses == {"name", "organization", "ask"}


def test_an_unreadable_override_is_reported_once_not_again_by_each_letter_using_it(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    make_pack(minimal_pack_text)
    folder = make_pack("""
        pack: child
        version: 0.1.0
        extends: ../testpack
        sections:
          fit: {kind: resell, file: missing.md}
    """, name="child")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    codes = sorted(d.code for d in raised.value.diagnostics)
    # the missing file is the mistake; the inherited letter that uses the section
    # is not reported as well
    assert codes == ["RJ114"]
