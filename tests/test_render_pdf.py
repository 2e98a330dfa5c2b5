"""PDF output: the letter's words in reading order, metadata, paper size, and a pack
stylesheet that may use its own files but nothing outside the pack."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

import rejectlet
from rejectlet import RenderError, Severity
from rejectlet.pack import load_pack_folder
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.pdf

LETTER_SIZE = (612.0, 792.0)
A4_SIZE = (595.28, 841.89)


def _reader(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(pdf))


def _text(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _size(reader: pypdf.PdfReader) -> tuple[float, float]:
    box = reader.pages[0].mediabox
    return float(box.width), float(box.height)


def _png() -> bytes:
    """A valid one-pixel PNG image."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + kind + payload
                + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\x20\x40\x60")) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def example_letter(classic: rejectlet.Pack) -> rejectlet.Letter:
    return rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE))


@pytest.fixture(scope="module")
def example_pdf(example_letter: rejectlet.Letter) -> pypdf.PdfReader:
    return _reader(rejectlet.render(example_letter, "pdf"))


def test_the_letter_reads_in_order_in_the_pdf(example_pdf: pypdf.PdfReader) -> None:
    text = _text(example_pdf)
    in_order = [
        "Priya Raman", "418 Alder Street, Apt. 3", "priya.raman@example.com",  # sender
        "November 23, 2026",  # date
        "Ms. Elena Marsh", "Director of Analytics", "Northwind Logistics",  # recipient
        "Seattle, WA 98101",
        "Dear Ms. Marsh,",  # salutation
        "Thank you for letting me know your decision about the Senior Data Analyst position",
        "Although I am disappointed not to be joining you",
        "My interest in Northwind Logistics has not changed",
        "With your permission, I will be in touch again around December 23, 2026.",
        "Sincerely,", "Priya Raman",  # closing and signature
        "P.S. If your policies allow it, I would value a few words",
    ]
    position = 0
    for sentence in in_order:
        found = text.find(sentence, position)
        assert found >= 0, f"{sentence!r} missing after position {position}:\n{text}"
        position = found + len(sentence)


def test_pdf_metadata_comes_from_the_letter(example_pdf: pypdf.PdfReader,
                                            example_letter: rejectlet.Letter) -> None:
    metadata = example_pdf.metadata
    assert metadata is not None
    assert metadata.title == "Priya Raman — Senior Data Analyst Position"
    assert metadata.title == example_letter.subject
    assert metadata.author == "Priya Raman"


def test_classic_prints_on_us_letter_by_default(example_pdf: pypdf.PdfReader) -> None:
    assert _size(example_pdf) == pytest.approx(LETTER_SIZE, abs=0.5)


def test_a4_paper_can_be_asked_for(example_letter: rejectlet.Letter) -> None:
    reader = _reader(rejectlet.render(example_letter, "pdf", page_size="a4"))
    assert _size(reader) == pytest.approx(A4_SIZE, abs=0.5)
    assert "Dear Ms. Marsh," in _text(reader)


def test_a_pack_can_choose_a4_paper(make_pack: Callable[..., Path],
                                    minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text + "page:\n  size: a4\n")
    letter = rejectlet.compose(load_pack_folder(folder), "reply",
                               {"name": "Ana", "organization": "Acme"})
    assert _size(_reader(rejectlet.render(letter, "pdf"))) == pytest.approx(A4_SIZE, abs=0.5)


def test_an_unknown_page_size_is_refused(example_letter: rejectlet.Letter) -> None:
    with pytest.raises(RenderError):
        rejectlet.render(example_letter, "pdf", page_size="tabloid")


# -- what a pack stylesheet may reach -----------------------------------------------------


def _styled_letter(make_pack: Callable[..., Path], minimal_pack_text: str,
                   css: str) -> tuple[rejectlet.Letter, Path]:
    folder = make_pack(minimal_pack_text + "style: style.css\n", {"style.css": css})
    letter = rejectlet.compose(load_pack_folder(folder), "reply",
                               {"name": "Ana", "organization": "Acme"})
    return letter, folder / "style.css"


@pytest.mark.parametrize(("css", "url"), [
    ('body { background-image: url("../outside.png"); }', "{outside}"),
    ('body { background-image: url("{outside}"); }', "{outside}"),
    ('body { background-image: url("http://example.invalid/track.png"); }',
     "http://example.invalid/track.png"),
    ('@font-face { font-family: Far; src: url("https://example.invalid/far.woff"); }\n'
     "body { font-family: Far, serif; }", "https://example.invalid/far.woff"),
])
def test_a_stylesheet_reaching_outside_the_pack_is_refused(
        make_pack: Callable[..., Path], minimal_pack_text: str, tmp_path: Path, css: str,
        url: str) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(_png())
    letter, stylesheet = _styled_letter(make_pack, minimal_pack_text,
                                        css.replace("{outside}", outside.as_uri()))
    expected_url = url.replace("{outside}", outside.as_uri())
    with pytest.raises(RenderError) as raised:
        rejectlet.render(letter, "pdf")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ412"
    assert diagnostic.severity is Severity.ERROR
    assert expected_url in diagnostic.message
    assert diagnostic.location is not None
    assert Path(diagnostic.location.path).resolve() == stylesheet.resolve()


def test_a_stylesheet_may_use_files_inside_the_pack(make_pack: Callable[..., Path],
                                                    minimal_pack_text: str) -> None:
    letter, stylesheet = _styled_letter(
        make_pack, minimal_pack_text,
        '.salutation::before { content: url("images/dot.png"); }\n')
    (stylesheet.parent / "images").mkdir()
    (stylesheet.parent / "images" / "dot.png").write_bytes(_png())
    reader = _reader(rejectlet.render(letter, "pdf"))
    assert len(reader.pages[0].images) == 1  # the pack's own image was drawn
    assert "Dear Ana," in _text(reader)
