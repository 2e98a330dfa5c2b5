"""RJ016: a pack written for a note card warns, before anything is rendered, when a
letter is too long for the card; a letter that fits renders on a single card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet import Severity
from rejectlet.cli import main
from rejectlet.pack import load_pack_folder
from tests.conftest import PackFactory

CARD_PACK = """
pack: cardy
version: 0.1.0
language: en
card: {size: us-a2}
variables:
  name: {type: string, required: true}
  message: {type: text, required: true}
sections:
  note: {kind: gratitude, text: "{{ message }}"}
  interest: {kind: interest, text: "I hope our paths cross again."}
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ name }},"
    body: [note, interest]
    closing: "Warmly,"
    signature: "Sam"
"""

SHORT = "Thank you for your time, and for letting me know so kindly."
SENTENCE = ("Thank you for the long and thoughtful conversations we shared during every "
            "round of the process. ")
LONG = SENTENCE * 14  # about 1,350 characters: far more than a 4¼ x 5½ in card holds


def _letter(folder: Path, message: str) -> rejectlet.Letter:
    return rejectlet.compose(load_pack_folder(folder), "reply",
                             {"name": "Ana", "message": message})


def _card_findings(letter: rejectlet.Letter) -> list[rejectlet.Diagnostic]:
    return [d for d in rejectlet.validate(letter) if d.code == "RJ016"]


def test_a_long_letter_for_a_card_pack_is_warned_about(make_pack: PackFactory) -> None:
    [finding] = _card_findings(_letter(make_pack(CARD_PACK), LONG))
    assert finding.severity is Severity.WARNING
    assert "us-a2" in finding.message
    assert finding.location is not None
    assert Path(finding.location.path).name == "pack.yaml"


def test_a_short_letter_for_a_card_pack_is_not_warned_about(make_pack: PackFactory) -> None:
    assert rejectlet.validate(_letter(make_pack(CARD_PACK), SHORT)) == []


def test_a_pack_without_a_card_size_is_not_checked_for_cards(make_pack: PackFactory) -> None:
    folder = make_pack(CARD_PACK.replace("card: {size: us-a2}\n", ""))
    assert _card_findings(_letter(folder, LONG)) == []


def test_the_warning_grows_with_the_card(make_pack: PackFactory) -> None:
    """The same letter that overflows a small card fits the larger one."""
    medium = SENTENCE * 9
    small = make_pack(CARD_PACK, name="small")
    large = make_pack(CARD_PACK.replace("size: us-a2", "size: us-a7"), name="large")
    assert _card_findings(_letter(small, medium)) != []
    assert _card_findings(_letter(large, medium)) == []


def _run_cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.pdf
def test_a_letter_that_fits_renders_as_a_single_card(make_pack: PackFactory,
                                                     tmp_path: Path) -> None:
    make_pack(CARD_PACK)
    data = tmp_path / "note.yaml"
    data.write_text("pack: ./testpack\nletter: reply\nname: Ana\n"
                    f"message: {SHORT}\n", encoding="utf-8")
    target = tmp_path / "note.pdf"
    result = _run_cli("render", str(data), "-f", "pdf", "--card", "us-a2", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "RJ016" not in result.stderr
    pdf = pypdf.PdfReader(target)
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((4.25 * 72, 5.5 * 72),
                                                                  abs=0.3)
    text = " ".join(pdf.pages[0].extract_text().split())
    assert "Dear Ana," in text and SHORT in text and "Sam" in text
