"""A pack may not declare a variable named or grouped under a data file's own lines.

``pack``, ``letter`` and ``include`` are the data file's own keys. A pack that
declared ``pack.x`` or ``include.path`` loaded and checked clean, and then
``rejectlet new letter`` wrote a file its own reader refused (a second ``pack:``
key, an ``include:`` mapping). Such a variable is RJ113 at its key when the pack
loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from tests.security._support import PACK_YAML, SAFE_BODY


@pytest.mark.parametrize("name", ["pack", "pack.x", "letter.kind", "include", "include.path"])
def test_a_reserved_name_or_group_is_refused_at_its_key(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    text = PACK_YAML.replace("@STYLES@", "").replace(
        "variables:\n", f"variables:\n  {name}: {{type: string, default: classic}}\n")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    (folder / "body.md").write_text(SAFE_BODY, encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    [found] = caught.value.diagnostics
    assert found.code == "RJ113"
    assert found.location is not None and found.location.line == 5


@pytest.mark.parametrize("name", ["packing", "letters.x", "included", "sender.pack"])
def test_names_that_only_look_alike_are_fine(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    text = PACK_YAML.replace("@STYLES@", "").replace(
        "variables:\n", f"variables:\n  {name}: {{type: string}}\n")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    (folder / "body.md").write_text(SAFE_BODY, encoding="utf-8")
    assert name in rejectlet.load_pack(folder).variables
