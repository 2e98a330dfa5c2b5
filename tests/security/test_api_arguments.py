"""Everything a program passes to the public functions is judged at the door.

Keyword values given to ``compose`` are letter data, so they are read no deeper
than the pack's groups, exactly as the data mapping is: a mapping that holds
itself, or nests thousands deep, is one unknown or mistyped value, reported at
its key, never walked by recursion.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet

ROOT = Path(__file__).resolve().parents[2]


def _cyclic() -> dict[str, Any]:
    value: dict[str, Any] = {"name": "Dana"}
    value["self"] = value
    return value


def _deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = {"a": value}
    return value


@pytest.fixture(scope="module")
def pack() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


@pytest.mark.parametrize("from_file", [True, False], ids=["file-data", "dict-data"])
@pytest.mark.parametrize(("key", "value", "code", "named"), [
    ("recipient", _cyclic(), "RJ202", "recipient.self"),
    ("zzz", _deep(3_000), "RJ202", "zzz"),
    ("recipient", {"name": _deep(3_000)}, "RJ200", "recipient.name"),
    ("organization", _cyclic(), "RJ200", "organization"),
])
def test_a_keyword_value_nested_without_end_is_judged_like_data(
        pack: rejectlet.Pack, from_file: bool, key: str, value: Any, code: str,
        named: str) -> None:
    data = rejectlet.read_data_file(ROOT / "examples" / "reply.yaml")
    base: Any = data if from_file else dict(data)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", base, **{key: value})
    found = [d for d in caught.value.diagnostics if d.location and d.location.key == named]
    assert found, [str(d) for d in caught.value.diagnostics]
    assert found[0].code.startswith(code[:4])


def test_both_data_and_keyword_holding_themselves_merge_without_recursion(
        pack: rejectlet.Pack) -> None:
    data = dict(rejectlet.read_data_file(ROOT / "examples" / "reply.yaml"))
    data["recipient"] = _cyclic()
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", data, recipient=_cyclic())
    assert {d.location.key for d in caught.value.diagnostics if d.location} \
        >= {"recipient.self"}


def test_a_group_given_by_keyword_still_merges_into_the_data(pack: rejectlet.Pack) -> None:
    data = rejectlet.read_data_file(ROOT / "examples" / "reply.yaml")
    letter = rejectlet.compose(pack, "reply", data, recipient={"name": "Robin Quill"})
    text = rejectlet.render(letter, "text", force=True)
    assert "Quill" in text
