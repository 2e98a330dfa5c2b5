"""A subclass passed as an argument is read through its base type.

``json_report`` and ``sarif_log`` walked a list subclass with its own
``__iter__``, which may never end; ``render`` read a ``PrintOptions`` subclass's
fields through its own ``__getattribute__``. Both are now read through the base
type: the list's stored items, the options' own slots.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import rejectlet
from rejectlet import reports
from rejectlet.diagnostics import Diagnostic, Location, Severity
from rejectlet.paper.options import PrintOptions
from tests.security.test_email_encoded_words import compose_with


class _Endless(list[Any]):
    def __iter__(self) -> Iterator[Any]:
        while True:
            yield 1


def test_reports_read_a_list_subclass_as_it_stores() -> None:
    found = _Endless([Diagnostic("RJ004", Severity.WARNING, "x", Location("a.yaml", 1, 1))])
    assert reports.json_report(found)["summary"]["warnings"] == 1
    assert len(reports.sarif_log(found)["runs"][0]["results"]) == 1


class _Asked(Exception):
    pass


class _OwnOptions(PrintOptions):
    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        raise _Asked(f"the options' own __getattribute__ ran for {name}")


def test_render_reads_a_print_options_subclass_through_its_slots() -> None:
    options = PrintOptions(layout=None)
    object.__setattr__(options, "__class__", _OwnOptions)
    text = rejectlet.render(compose_with(), "text", force=True, options=options)
    assert text.strip()
