"""A print choice no table knows is refused at the field that holds it.

A layout, card, sheet, page size or PDF variant is a name looked up in a table;
a wrong one is the caller's mistake, so the error names the field
(``PrintOptions(layout)``, ``--layout``), whichever output asked for it, and comes
before anything is laid out: never a bare ``KeyError``, never one failure per row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.cli import main
from rejectlet.paper.options import PrintOptions

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "reply.yaml"

BAD_CHOICES: list[tuple[dict[str, Any], str, str]] = [
    ({"layout": "us10-window"}, "layout", "RJ450"),
    ({"card": "a7"}, "card", "RJ450"),
    ({"card": "us-a2", "folded": True, "sheet": "b5"}, "sheet", "RJ411"),
    ({"sheet": "legal"}, "sheet", "RJ411"),
    ({"page_size": "b5"}, "page_size", "RJ411"),
    ({"pdf_variant": "pdf/x-4"}, "pdf_variant", "RJ415"),
]


@pytest.fixture(scope="module")
def letter() -> rejectlet.Letter:
    return rejectlet.letter_from_file(EXAMPLE)


@pytest.mark.parametrize("fmt", ["pdf", "envelope"])
@pytest.mark.parametrize(("choices", "field", "code"), BAD_CHOICES,
                         ids=[field for _, field, _ in BAD_CHOICES])
def test_an_unknown_choice_is_refused_at_its_field(letter: rejectlet.Letter, fmt: str,
                                                   choices: dict[str, Any], field: str,
                                                   code: str) -> None:
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, fmt, options=PrintOptions(**choices))
    [problem] = caught.value.diagnostics
    assert problem.code == code
    assert problem.location is not None
    assert problem.location.key == f"PrintOptions({field})"
    assert not problem.location.in_file


def test_the_page_size_argument_is_named_as_itself(letter: rejectlet.Letter) -> None:
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "pdf", page_size="b5")
    [problem] = caught.value.diagnostics
    assert (problem.code, problem.location and problem.location.key) == \
        ("RJ411", "render(page_size)")


def test_an_envelope_asked_for_by_name_is_named_as_the_argument(
        letter: rejectlet.Letter) -> None:
    from rejectlet.renderers.pdf import render_envelope

    with pytest.raises(rejectlet.RenderError) as caught:
        render_envelope(letter, "us-11")
    [problem] = caught.value.diagnostics
    assert (problem.code, problem.location and problem.location.key) == \
        ("RJ450", "render_envelope(envelope)")


def test_a_batch_refuses_an_unknown_layout_once_before_any_row(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("recipient.name,organization,role\nAna Lima,Cedar Rail,Planner\n"
                     "Bo Lee,Oak Tree,Analyst\n", "utf-8")
    pack = rejectlet.load_pack("classic")
    out = tmp_path / "out"
    with pytest.raises(rejectlet.RenderError) as caught:
        run_batch(BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)),
                           pattern=str(out / "{n}.pdf"),
                           options=PrintOptions(layout="us10-window")))
    [problem] = caught.value.diagnostics
    assert (problem.code, problem.location and problem.location.key) == \
        ("RJ450", "PrintOptions(layout)")
    assert not out.exists()


@pytest.mark.parametrize(("args", "option"), [
    (["-f", "pdf", "--layout", "us10-window"], "--layout"),
    (["-f", "pdf", "--card", "a7"], "--card"),
    (["-f", "envelope", "--card", "a7"], "--card"),
])
def test_the_command_line_names_the_option(tmp_path: Path, args: list[str],
                                           option: str) -> None:
    target = tmp_path / "letter.pdf"
    result = CliRunner().invoke(main, ["render", str(EXAMPLE), "-o", str(target), *args])
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2
    assert f"argument {option}: RJ450" in result.output
    assert not target.exists()


def test_batch_on_the_command_line_names_the_layout_option(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    table.write_text("recipient.name,organization,role\nAna Lima,Cedar Rail,Planner\n",
                     "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(table), "--pack", "classic", "--letter",
                                       "reply", "--each", str(out / "{n}.pdf"),
                                       "--layout", "us10-window"])
    assert result.exit_code == 2, result.output
    assert "argument --layout: RJ450" in result.output
    assert not out.exists()
