"""A tab in YAML indentation is called a tab, at its own line and column, with the fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import rejectlet
from rejectlet.yamlio import YamlError, load_yaml_text


def tab_diagnostic(text: str) -> rejectlet.Diagnostic:
    with pytest.raises(YamlError) as raised:
        load_yaml_text(text, "letter.yaml")
    [diagnostic] = raised.value.diagnostics
    return diagnostic


@pytest.mark.parametrize(("text", "line", "column"), [
    ("pack: classic\nsender:\n\tname: Ada\n", 3, 1),           # a key indented by a tab
    ("a: 1\nb:\n  - x\n  \t- y\n", 4, 3),                        # a tab after spaces
    ("note: |\n  first\n\tsecond\n", 3, 1),                      # inside a block scalar
])
def test_a_tab_in_indentation_is_named_at_its_place(text: str, line: int, column: int) -> None:
    diagnostic = tab_diagnostic(text)
    assert diagnostic.code == "RJ100"
    assert "tab" in diagnostic.message
    assert diagnostic.location is not None
    assert (diagnostic.location.path, diagnostic.location.line,
            diagnostic.location.column) == ("letter.yaml", line, column)
    assert diagnostic.fix is not None
    assert diagnostic.fix.old == "\t"
    assert diagnostic.fix.new.strip(" ") == ""


def test_a_tab_inside_text_is_not_an_error() -> None:
    assert load_yaml_text("note: |\n  first\n  \tindented inside the text\n") == {
        "note": "first\n\tindented inside the text\n"}


def test_other_syntax_errors_are_not_called_tabs() -> None:
    with pytest.raises(YamlError) as raised:
        load_yaml_text("a: [1, 2\nb: 3\n", "x.yaml")
    assert all("tab" not in d.message for d in raised.value.diagnostics)


def test_a_tab_in_a_pack_file_is_reported_by_check(
        make_pack: Callable[..., Path], minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("\n  fit:", "\n\tfit:")
    folder = make_pack(text)
    with pytest.raises(rejectlet.RejectletError) as raised:
        rejectlet.load_pack(folder)
    [diagnostic] = raised.value.diagnostics
    expected_line = text.lstrip("\n").splitlines().index(
        next(line for line in text.lstrip("\n").splitlines() if line.startswith("\tfit:"))) + 1
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (expected_line, 1)
    assert "tab" in diagnostic.message
