"""A YAML value its tag cannot read is reported in our words, at the value.

A date with no such day, or text forced under ``!!int`` or ``!!float``, used to
be reported with the YAML library's own error text appended. The diagnostic now
names the value as written, where it is, and how to write it instead.
"""

from __future__ import annotations

import pytest

import rejectlet
from rejectlet.yamlio import load_yaml_text

CASES = {
    "no-such-month": ("when: 2026-13-45\n", "2026-13-45"),
    "no-such-day": ("when: 2026-02-30\n", "2026-02-30"),
    "forced-int": ("count: !!int abc\n", "abc"),
    "forced-float": ("ratio: !!float zz\n", "zz"),
}


@pytest.mark.parametrize(("text", "value"), CASES.values(), ids=CASES.keys())
def test_an_unreadable_value_is_located_and_quoted(text: str, value: str) -> None:
    with pytest.raises(rejectlet.RejectletError) as raised:
        load_yaml_text(("note: fine\n" + text), "data.yaml")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ100"
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (2, text.index(":") + 3)
    assert repr(value) in diagnostic.message
    assert diagnostic.hint
