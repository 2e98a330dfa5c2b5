"""A batch of PDFs is judged as one PDF is: no raw engine failure, no row blamed.

The stylesheet checks a single letter's PDF passes before layout (RJ438 at the
stylesheet's line and column for an ``attr()`` the engine cannot lay out) run
once for a batch, before any row; and any other failure inside the engine is a
located RJ418 at the stylesheet, in a worker or in the caller's own process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.paper.options import PrintOptions
from tests.security.test_engine_traps import TRAPS, _at, _pack_with

ROWS = ("- {recipient: {name: Dana Whitfield}, organization: Acme, role: Analyst,"
        " strengths: I build forecasts., sender: {name: Alex Morgan}}\n") * 2


def _job(tmp_path: Path, pack_folder: Path, options: PrintOptions) -> BatchJob:
    table = tmp_path / "rows.yaml"
    table.write_text(ROWS, encoding="utf-8")
    pack = rejectlet.load_pack(pack_folder)
    return BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)), fmt="pdf",
                    output=tmp_path / "all.pdf", options=options)


@pytest.mark.parametrize("options", [PrintOptions(), PrintOptions(isolate=False)],
                         ids=["isolated", "in-process"])
@pytest.mark.parametrize("rule", [TRAPS["background-url"], TRAPS["target-counter"]],
                         ids=["background-url", "target-counter"])
def test_a_batch_refuses_the_trap_at_the_stylesheet_before_layout(
        tmp_path: Path, rule: str, options: PrintOptions) -> None:
    pack, line, column = _pack_with(tmp_path, rule)
    job = _job(tmp_path, pack, options)
    with pytest.raises(rejectlet.RenderError) as caught:
        run_batch(job)
    _at(caught.value, "RJ438", line, column)
    assert not (tmp_path / "all.pdf").exists()


def test_any_other_engine_failure_in_a_batch_is_located_at_the_stylesheet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import weasyprint

    pack, _, _ = _pack_with(tmp_path, "p { color: red; }")
    job = _job(tmp_path, pack, PrintOptions(isolate=False))

    def fail(*_: object, **__: object) -> None:
        raise AttributeError("inside the engine")

    monkeypatch.setattr(weasyprint.HTML, "render", fail)
    with pytest.raises(rejectlet.RenderError) as caught:
        run_batch(job)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ418"
    assert diagnostic.location is not None
    assert diagnostic.location.path.endswith("style.css")
    assert not (tmp_path / "all.pdf").exists()
