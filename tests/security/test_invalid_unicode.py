"""Text that is not valid Unicode is one located error, whatever road it took.

Composing refuses a lone surrogate in the data (RJ204). A letter can still
hold one: a program may build or change a ``Letter`` itself, and a template
may spell one (``'\\ud800'``). Every format, the file writer the command line
uses, and a PDF batch refuse it the same way — RJ436 at the value or the part
of the letter that holds it — instead of a layout worker's crash (RJ418) or a
traceback.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import rejectlet
from rejectlet.model import Paragraph, Run
from rejectlet.paper.options import PrintOptions
from rejectlet.renderers.output_formats import OUTPUT_FORMATS
from tests.security._support import assert_located, base_data, write_pack
from tests.security.test_bad_input import run
from tests.security.test_email_encoded_words import compose_with
from tests.security.test_nothing_lost import KEEPER_PACK

FORMATS = ["text", "html", "pdf", "email", "mailto", "envelope"]


def _letter() -> rejectlet.Letter:
    return compose_with()


def _with_bad_body(letter: rejectlet.Letter) -> rejectlet.Letter:
    block = letter.blocks[0]
    bad = dataclasses.replace(block, paragraphs=(Paragraph((Run("Hi \ud800 there"),), "p"),))
    return dataclasses.replace(letter, blocks=(bad, *letter.blocks[1:]))


CHANGES = {
    "subject": lambda letter: dataclasses.replace(letter, subject="Thanks \udc80"),
    "closing": lambda letter: dataclasses.replace(letter, closing="Best \ud800"),
    "sender-lines": lambda letter: dataclasses.replace(letter, sender_lines=("A\udfff",)),
    "body-run": _with_bad_body,
    "data-value": lambda letter: dataclasses.replace(
        letter, data={**letter.data, "role": "Analyst \ud800"}),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_changed_letter_is_refused_alike_by_every_format(fmt: str, change: object) -> None:
    letter = change(_letter())  # type: ignore[operator]
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
    assert [d.code for d in caught.value.diagnostics] == ["RJ436"]
    assert all(d.location is not None for d in caught.value.diagnostics)
    with pytest.raises(rejectlet.RejectletError) as written:
        OUTPUT_FORMATS[fmt].file_content(letter, PrintOptions())
    assert [d.code for d in written.value.diagnostics] == ["RJ436"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_template_that_spells_a_surrogate_is_refused_at_its_section(
        tmp_path: Path, fmt: str) -> None:
    folder = write_pack(tmp_path / "pack", "Hi {{ '\\ud800' }} there, {{ name }}.")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
    assert [d.code for d in caught.value.diagnostics] == ["RJ436"]
    assert_located(caught.value)
    assert caught.value.diagnostics[0].location.path.endswith("body.md")  # type: ignore[union-attr]


def test_a_pdf_batch_row_with_a_surrogate_fails_alone(tmp_path: Path) -> None:
    pack = tmp_path / "keeper"
    pack.mkdir()
    (pack / "pack.yaml").write_text(KEEPER_PACK.replace("@STYLE@", "").replace(
        "the {{ 100 // count }} minutes", "the {{ '\\\\ud800' if count == 2 else '' }}minutes"),
        encoding="utf-8")
    table = tmp_path / "rows.csv"
    table.write_text("name,organization,count\nAnn Lee,Northwind,1\nBo Park,Globex,2\n"
                     "Cy Diaz,Initech,1\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = run("batch", str(table), "--pack", str(pack), "--letter", "reply", "-f", "pdf",
                 "--each", str(out / "{n}.pdf"))
    assert "row 3: " in result.output and "RJ436" in result.output, result.output
    assert "RJ418" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["001.pdf", "002.pdf"]
