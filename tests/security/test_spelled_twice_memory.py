"""Looking for a value spelled twice costs the data's own size, not size times depth.

The check for one value given both nested and dotted (RJ216) joined the full
dotted name of every value it looked at and kept it: data nested 900 deep with
long keys and thousands of values, within every YAML and JSON limit, took
gigabytes and ended in a MemoryError. Full names are now stored one dotted part
at a time, shared by every value below them; the memory is counted here.
"""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest

import rejectlet
from rejectlet.spelled_twice import MAX_NAME_SHOWN, clash


def _nested(depth: int, key_chars: int, leaves: int) -> dict[str, Any]:
    top: dict[str, Any] = {}
    inner = top
    for level in range(depth):
        child: dict[str, Any] = {}
        inner[f"k{level}".ljust(key_chars, "k")] = child
        inner = child
    for number in range(leaves):
        inner[f"leaf{number}"] = 1
    return top


def test_deep_data_with_long_keys_is_walked_in_its_own_size() -> None:
    data = _nested(depth=200, key_chars=100, leaves=2_000)
    tracemalloc.start()
    try:
        found = clash(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found is None
    # the full names alone would be 2,000 x 200 x 100 characters (40 MB)
    assert peak < 4_000_000, f"{peak:,} bytes at the peak"


def test_a_clash_deep_inside_is_still_found() -> None:
    data = _nested(depth=50, key_chars=10, leaves=3)
    keys: list[str] = []
    parent, inner = data, data
    while any(isinstance(value, dict) for value in inner.values()):
        keys.append(next(iter(inner)))
        parent, inner = inner, inner[keys[-1]]
    # the mapping above the deepest one names that mapping's leaf1 again, dotted
    parent[f"{keys[-1]}.leaf1"] = 2
    found = clash(data)
    assert found is not None
    assert found.path == ".".join([*keys, "leaf1"])
    # shallow keys are read first: the dotted spelling, one level up, comes first
    assert found.first == (*keys[:-1], f"{keys[-1]}.leaf1")
    assert found.second == (*keys, "leaf1")


def test_a_huge_name_given_twice_is_shown_by_its_beginning() -> None:
    long = "n" * 50_000
    pack = rejectlet.load_pack("classic")
    data = {long: {"x": 1}, f"{long}.x": 2}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(pack, "reply", data)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ216"
    assert len(str(diagnostic)) < 6 * MAX_NAME_SHOWN + 400
    assert diagnostic.location is not None
    assert len(diagnostic.location.key) <= MAX_NAME_SHOWN + 1
