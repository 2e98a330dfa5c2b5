"""Bold in a PDF is drawn with a bold face, not the regular one: Markdown's **bold**,
the subject line and the P.S. label, with rejectlet's default serif. The PDF's
own font names are read with pypdf, so the test does not depend on pixels."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest

import rejectlet

pytestmark = pytest.mark.pdf

PACK = """
pack: boldly
version: 0.1.0
language: en
variables:
  name: {type: string, required: true}
sections:
  thanks: {kind: gratitude, text: "Thank you, {{ name }}, for the **Ferncastle** interviews."}
  fit: {kind: resell, text: "I still believe I would fit the team well."}
  interest: {kind: interest, text: "I remain keen on the work you described."}
  feedback: {kind: feedback, text: "I would welcome any thoughts you can share."}
letters:
  reply:
    subject: "Quillmarsh"
    salutation: "Dear {{ name }},"
    body: [thanks, fit, interest]
    closing: "Best regards,"
    signature: "Sam"
    ps: [feedback]
"""


def words_by_font(pdf: bytes) -> dict[str, str]:
    """Each drawn word and the base font name of the face it was drawn with."""
    found: dict[str, str] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            if font is None:
                return
            name = str(font.get("/BaseFont", ""))
            for word in text.split():
                found.setdefault(word.strip(".,:"), name)
        page.extract_text(visitor_text=visit)
    return found


def rendered_fonts(folder: Path, language: str) -> dict[str, str]:
    folder.mkdir()
    text = PACK.lstrip("\n").replace("language: en", f"language: {language}")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    pack = rejectlet.load_pack(str(folder))
    letter = rejectlet.compose(pack, "reply", {"name": "Ms. Lee"})
    pdf = rejectlet.render(letter, "pdf")
    assert isinstance(pdf, bytes)
    return words_by_font(pdf)


@pytest.fixture(scope="module")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return rendered_fonts(tmp_path_factory.mktemp("packs") / "boldly", "en")


@pytest.fixture(scope="module")
def german_fonts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A German letter shows its subject line in print (an English one does not)."""
    return rendered_fonts(tmp_path_factory.mktemp("packs") / "boldly", "de")


def is_bold(font_name: str) -> bool:
    return "bold" in font_name.lower()


def test_markdown_bold_uses_a_bold_face(fonts: dict[str, str]) -> None:
    assert is_bold(fonts["Ferncastle"]), fonts["Ferncastle"]


def test_the_subject_line_uses_a_bold_face(german_fonts: dict[str, str]) -> None:
    assert is_bold(german_fonts["Quillmarsh"]), german_fonts["Quillmarsh"]


def test_the_ps_label_uses_a_bold_face(fonts: dict[str, str]) -> None:
    label = next(name for word, name in fonts.items() if word.startswith("P.S"))
    assert is_bold(label), label


def test_the_default_serif_is_eb_garamond_and_plain_words_stay_regular(
        fonts: dict[str, str]) -> None:
    assert "Garamond" in fonts["believe"]
    assert not is_bold(fonts["believe"])
    assert "Garamond" in fonts["Ferncastle"]
