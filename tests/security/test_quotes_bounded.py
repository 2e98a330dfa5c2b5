"""Every value a message quotes is quoted through one bounded helper.

Messages quote keys, names and values someone else wrote: a data key, a letter
kind a program passed, a variable's type, a sentence of the letter. Quoted with
``!r`` in an f-string, they were copied whole, so one message could carry
hundreds of kilobytes. Every such quote now goes through ``suggest.quoted`` (or
``shown_name``), which keeps the first 200 characters and an ellipsis. This test
reads the source, so a new ``!r`` quote in a message fails here before any input
ever reaches it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from rejectlet.suggest import MAX_COMPARED_CHARS, quoted, shown_name

SOURCE = Path(__file__).resolve().parents[2] / "src" / "rejectlet"

#: ``!r`` quotes that stay, each bounded by what it quotes.
ALLOWED = {
    # a Python attribute name from the program's own code, as Python words it
    ("__init__.py", "name"),
    # the helpers themselves
    ("suggest.py", "match"),
}


def _repr_quotes() -> list[tuple[str, str, int]]:
    found: list[tuple[str, str, int]] = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FormattedValue) and node.conversion == ord("r"):
                found.append((path.relative_to(SOURCE).as_posix(),
                              ast.unparse(node.value), node.lineno))
    return found


def test_no_message_quotes_a_value_with_repr() -> None:
    unbounded = [f"{file}:{line}: {{{expression}!r}}"
                 for file, expression, line in _repr_quotes()
                 if (file, expression) not in ALLOWED]
    assert not unbounded, ("quote these with rejectlet.suggest.quoted(...):\n"
                           + "\n".join(unbounded))


def test_quoted_is_repr_for_short_values_and_bounded_for_long_ones() -> None:
    for value in ("reply", "it's", 3, None, [1, 2], "é\n"):
        assert quoted(value) == repr(value)
    long_text = "k" * 100_000
    assert quoted(long_text) == shown_name(long_text)
    assert len(quoted(long_text)) <= MAX_COMPARED_CHARS + 3
    assert len(quoted(list(range(100_000)))) <= MAX_COMPARED_CHARS + 1
