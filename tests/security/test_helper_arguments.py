"""The public functions beyond ``rejectlet.*`` judge their arguments at the door too.

``rejectlet.reports.json_report`` and ``sarif_log`` (the API behind
``check --format json|sarif``), ``rejectlet.schema.letter_schema``,
``rejectlet.pack_check.check_pack`` and ``rejectlet.renderers.pdf.render_envelope``
are named in the user docs as functions a host calls. A wrong kind of object is an
ArgumentError (RJ901) at the argument, never an AttributeError from deep inside,
and a report is never half built from a list with a stranger in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import rejectlet
from rejectlet import pack_check, reports, schema
from rejectlet.diagnostics import Diagnostic, Severity
from rejectlet.renderers import pdf

GOOD = Diagnostic("RJ200", Severity.ERROR, "a value is wrong", None, "fix it")


def _classic() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


CASES: list[tuple[str, Callable[[], Any]]] = [
    ("json_report(diagnostics)", lambda: reports.json_report(None)),  # type: ignore[arg-type]
    ("json_report(diagnostics)", lambda: reports.json_report([GOOD, None])),  # type: ignore[list-item]
    ("json_report(diagnostics)", lambda: reports.json_report("RJ200")),  # type: ignore[arg-type]
    ("json_report(diagnostics)", lambda: reports.json_report([{"code": "RJ200"}])),  # type: ignore[list-item]
    ("json_report(bad_input)", lambda: reports.json_report([], bad_input="yes")),  # type: ignore[arg-type]
    ("sarif_log(diagnostics)", lambda: reports.sarif_log(["x"])),  # type: ignore[list-item]
    ("sarif_log(diagnostics)", lambda: reports.sarif_log(5)),  # type: ignore[arg-type]
    ("sarif_log(diagnostics)", lambda: reports.sarif_log({GOOD: 1})),  # type: ignore[arg-type]
    ("sarif_log(docs_root)", lambda: reports.sarif_log([GOOD], docs_root=5)),  # type: ignore[arg-type]
    ("letter_schema(pack)", lambda: schema.letter_schema("classic")),  # type: ignore[arg-type]
    ("check_pack(pack)", lambda: pack_check.check_pack("classic")),  # type: ignore[arg-type]
    ("check_pack(render_samples)",
     lambda: pack_check.check_pack(_classic(), render_samples="no")),  # type: ignore[arg-type]
    ("render_envelope(letter)", lambda: pdf.render_envelope(None)),  # type: ignore[arg-type]
    ("render_envelope(options)",
     lambda: pdf.render_envelope(_letter(), options={"card": "a6"})),  # type: ignore[arg-type]
    ("render_envelope(envelope)", lambda: pdf.render_envelope(_letter(), 10)),  # type: ignore[arg-type]
]


def _letter() -> rejectlet.Letter:
    from tests.conftest import EXAMPLE

    return rejectlet.letter_from_file(EXAMPLE)


@pytest.mark.parametrize(("where", "call"), CASES, ids=[f"{w}-{i}" for i, (w, _) in
                                                        enumerate(CASES)])
def test_a_wrong_argument_is_refused_at_the_argument(where: str, call: Callable[[], Any]
                                                     ) -> None:
    with pytest.raises(rejectlet.ArgumentError) as caught:
        call()
    [found] = caught.value.diagnostics
    assert found.code == "RJ901"
    assert found.location is not None
    assert found.location.key == where


def test_a_wrong_item_is_named_by_its_place() -> None:
    with pytest.raises(rejectlet.ArgumentError) as caught:
        reports.json_report([GOOD, GOOD, "RJ200"])  # type: ignore[list-item]
    assert "item 3" in caught.value.diagnostics[0].message


def test_right_arguments_still_make_reports() -> None:
    assert reports.json_report((GOOD,), bad_input=True)["summary"]["errors"] == 1
    assert len(reports.sarif_log([GOOD])["runs"][0]["results"]) == 1
    assert reports.json_report([])["summary"] == {"errors": 0, "warnings": 0,
                                                  "bad_input": False}
