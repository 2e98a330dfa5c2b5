"""Every name a pack declares is bounded when the pack loads, before any work on it.

A variable declared under a key of hundreds of kilobytes cost most of a minute
before any message, and one of 20,000 dotted parts ended composing with a
RecursionError (one nested group per dot). Every declared name (the pack's,
each variable's and field's, each section's, letter kind's and block's, a
record's ``as`` and each check's code) is now held to ``MAX_NAME_CHARS``
characters and ``MAX_NAME_PARTS`` dotted parts: RJ113 at the name, quoted
short, before anything else reads the pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack.name_bounds import MAX_NAME_CHARS, MAX_NAME_PARTS
from rejectlet.suggest import MAX_COMPARED_CHARS
from tests.security._support import PACK_YAML, base_data, compose, write_pack

HUGE = "v" * 300_000
DOTTED = ".".join(["a"] * 20_000)


def _with(folder: Path, old: str, new: str) -> Path:
    text = PACK_YAML.replace("@STYLES@", "")
    assert old in text
    (folder / "pack.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


CASES = {
    "variable": ("variables:\n", f"variables:\n  ? {HUGE}\n  : {{type: string}}\n"),
    "dotted-variable": ("variables:\n", f"variables:\n  ? {DOTTED}\n  : {{type: string}}\n"),
    "nine-parts": ("variables:\n", "variables:\n  a.b.c.d.e.f.g.h.i: {type: string}\n"),
    "field": ("variables:\n", f"variables:\n  people:\n    type: records\n    fields:\n"
                              f"      ? {HUGE}\n      : {{type: string}}\n"),
    "section": ("sections:\n", f"sections:\n  ? {HUGE}\n  : {{kind: interest, text: x}}\n"),
    "letter": ("letters:\n", f"letters:\n  ? {HUGE}\n  : {{type: custom, body: [body]}}\n"),
    "record-name": ("    type: custom\n", f"    type: custom\n    as: {HUGE}\n"),
    "pack-name": ("pack: secpack\n", f"pack: {HUGE}\n"),
    "check-code": ("letters:\n", f"checks:\n  - code: {HUGE}\n    message: m\n"
                                 "    forbid: [x]\nletters:\n"),
}


@pytest.mark.parametrize(("old", "new"), CASES.values(), ids=CASES.keys())
def test_a_declared_name_over_the_bound_is_refused_at_load(tmp_path: Path, old: str,
                                                           new: str) -> None:
    folder = _with(write_pack(tmp_path / "pack"), old, new)
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    [found] = raised.value.diagnostics
    assert found.code == "RJ113"
    assert found.location is not None and found.location.line > 0
    assert len(found.message) < MAX_COMPARED_CHARS + 200
    assert str(MAX_NAME_CHARS) in found.hint and str(MAX_NAME_PARTS) in found.hint


def test_names_at_the_bound_are_fine(tmp_path: Path) -> None:
    name = "a" * (MAX_NAME_CHARS - 14) + ".b.c.d.e.f.g.h"
    assert len(name) == MAX_NAME_CHARS and name.count(".") == MAX_NAME_PARTS - 1
    folder = _with(write_pack(tmp_path / "pack", "Thanks, {{ name }}."), "variables:\n",
                   f"variables:\n  {name}: {{type: string}}\n")
    assert "Ann Lee" in rejectlet.render(compose(folder, base_data()), "text", force=True)
