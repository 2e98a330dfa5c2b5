"""What a PDF says about itself, read back with pypdf: the document information,
reproducible bytes for a fixed date, tagging and PDF/A, and which files a
rendering may reach (a signature image beside the data; nothing outside the pack).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest
from click.testing import CliRunner
from PIL import Image

import rejectlet
from rejectlet import RenderError
from rejectlet.cli import main
from rejectlet.pack import load_pack_folder
from rejectlet.paper.options import PrintOptions
from tests.conftest import MINIMAL_PACK, PackFactory

pytestmark = pytest.mark.pdf

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "reply.yaml"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"


def reader(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(pdf))


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def cli_pdf(target: Path, *options: str) -> bytes:
    result = run_cli("render", str(EXAMPLE), "-f", "pdf", "-o", str(target), *options)
    assert result.exit_code == 0, result.output
    return target.read_bytes()


@pytest.fixture(scope="module")
def plain_pdf() -> pypdf.PdfReader:
    """The example letter with no print options at all."""
    return reader(rejectlet.render(rejectlet.letter_from_file(EXAMPLE), "pdf"))


# -- document information ------------------------------------------------------------
def test_title_author_subject_and_date_come_from_the_letter(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["sender"]["name"] = "Noor Haddad"
    example_data["role"] = "Route Planner"
    letter = rejectlet.compose(classic, "reply", example_data)
    created = dt.datetime(2025, 3, 14, 9, 26, 53, tzinfo=dt.UTC)
    pdf = reader(rejectlet.render(letter, "pdf", options=PrintOptions(created=created)))
    metadata = pdf.metadata
    assert metadata is not None
    assert metadata.title == "Noor Haddad — Route Planner Position"
    assert metadata.author == "Noor Haddad"
    assert metadata.subject == "Noor Haddad — Route Planner Position"
    assert metadata.creation_date == created


def test_a_fixed_date_gives_byte_identical_pdfs(tmp_path: Path) -> None:
    first = cli_pdf(tmp_path / "first.pdf", "--fixed-date", "2026-02-03T04:05:06")
    second = cli_pdf(tmp_path / "second.pdf", "--fixed-date", "2026-02-03T04:05:06")
    assert first == second
    metadata = reader(first).metadata
    assert metadata is not None
    assert metadata.creation_date == dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    assert metadata.modification_date == metadata.creation_date


def test_a_different_fixed_date_changes_only_what_it_should(tmp_path: Path) -> None:
    first = reader(cli_pdf(tmp_path / "a.pdf", "--fixed-date", "2026-02-03"))
    second = reader(cli_pdf(tmp_path / "b.pdf", "--fixed-date", "2026-02-04"))
    assert first.metadata is not None and second.metadata is not None
    assert first.metadata.creation_date == dt.datetime(2026, 2, 3, tzinfo=dt.UTC)
    assert second.metadata.creation_date == dt.datetime(2026, 2, 4, tzinfo=dt.UTC)
    assert [p.extract_text() for p in first.pages] == [p.extract_text() for p in second.pages]


def test_without_a_fixed_date_the_pdf_is_dated_today(classic: rejectlet.Pack) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    pdf = reader(rejectlet.render(rejectlet.compose(classic, "reply",
                                                    rejectlet.read_data_file(EXAMPLE)), "pdf"))
    after = dt.datetime.now(dt.UTC)
    assert pdf.metadata is not None
    created = pdf.metadata.creation_date
    assert created is not None
    assert before <= created <= after


# -- tagged PDF and PDF/A ------------------------------------------------------------
def test_a_tagged_pdf_has_a_structure_tree_and_mark_info(tmp_path: Path,
                                                          plain_pdf: pypdf.PdfReader) -> None:
    root = reader(cli_pdf(tmp_path / "tagged.pdf", "--tagged")).trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] == pypdf.generic.BooleanObject(True)
    untagged = plain_pdf.trailer["/Root"]
    assert "/StructTreeRoot" not in untagged and "/MarkInfo" not in untagged


def _pdfa_identification(pdf: pypdf.PdfReader) -> dict[str, str]:
    xmp = pdf.xmp_metadata
    assert xmp is not None, "no XMP metadata stream"
    tree = ET.fromstring(xmp.stream.get_data())
    found: dict[str, str] = {}
    for description in tree.iter(f"{RDF}Description"):
        for name in ("part", "conformance"):
            if f"{PDFAID}{name}" in description.attrib:
                found[name] = description.attrib[f"{PDFAID}{name}"]
            child = description.find(f"{PDFAID}{name}")
            if child is not None and child.text:
                found[name] = child.text
    return found


def test_pdf_a_declares_part_2_conformance_b(tmp_path: Path,
                                             plain_pdf: pypdf.PdfReader) -> None:
    pdf = reader(cli_pdf(tmp_path / "archive.pdf", "--pdf-a"))
    assert _pdfa_identification(pdf) == {"part": "2", "conformance": "B"}
    assert "/OutputIntents" in pdf.trailer["/Root"]
    assert plain_pdf.xmp_metadata is None


# -- a signature image beside the data -----------------------------------------------
SIGNED_PACK = MINIMAL_PACK.replace(
    "  ask: {type: bool, default: false}\n",
    "  ask: {type: bool, default: false}\n  signature_image: {type: string}\n")


def _signed_letter(make_pack: PackFactory, folder: Path, image: str) -> rejectlet.Letter:
    pack = load_pack_folder(make_pack(SIGNED_PACK))
    data = folder / "letter.yaml"
    data.write_text(f"name: Ana\norganization: Acme\nsignature_image: {image}\n",
                    encoding="utf-8")
    return rejectlet.compose(pack, "reply", rejectlet.read_data_file(data))


def _image(path: Path, size: tuple[int, int] = (48, 16), kind: str = "PNG") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (20, 40, 160)).save(path, kind)
    return path


def test_a_signature_png_beside_the_data_is_printed_above_the_name(
        make_pack: PackFactory, tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    _image(folder / "signature.png", (48, 16))
    letter = _signed_letter(make_pack, folder, "signature.png")
    with pdfplumber.open(io.BytesIO(rejectlet.render(letter, "pdf"))) as pdf:
        page = pdf.pages[0]
        images = page.images
        words = page.extract_words()
    assert len(images) == 1
    assert images[0]["srcsize"] == (48, 16)
    [name] = [w for w in words if w["text"] == "Sam"]
    closing = next(w for w in words if w["text"] == "regards,")
    assert closing["bottom"] <= images[0]["top"] + 0.5
    assert images[0]["bottom"] <= name["top"] + 0.5


@pytest.mark.parametrize(("value", "why"), [
    ("../outside.png", "beside the data file"),
    ("link.png", "beside the data file"),
    ("signature.gif", "PNG or JPEG"),
    ("notes.txt", "PNG or JPEG"),
    ("missing.png", "beside the data file"),
])
def test_a_signature_image_elsewhere_or_of_another_kind_is_refused(
        make_pack: PackFactory, tmp_path: Path, value: str, why: str) -> None:
    folder = tmp_path / "letters"
    outside = _image(tmp_path / "outside.png")
    _image(folder / "signature.gif", kind="GIF")
    (folder / "notes.txt").write_text("not an image", encoding="utf-8")
    (folder / "link.png").symlink_to(outside)
    letter = _signed_letter(make_pack, folder, value)
    with pytest.raises(RenderError) as raised:
        rejectlet.render(letter, "pdf")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ414"
    assert why in diagnostic.message
    assert diagnostic.location is not None
    assert Path(diagnostic.location.path).name == "letter.yaml"
    assert diagnostic.location.line == 3


# -- what a pack stylesheet may reach ------------------------------------------------
@pytest.mark.parametrize(("reference", "url"), [
    ("/etc/passwd", "file:///etc/passwd"),
    ("http://127.0.0.1:9/x", "http://127.0.0.1:9/x"),
])
def test_a_stylesheet_reaching_for_system_files_or_the_network_is_blocked(
        make_pack: PackFactory, reference: str, url: str) -> None:
    css = textwrap.dedent(f"""
        .letter {{ background-image: url("{reference}"); }}
    """)
    folder = make_pack(MINIMAL_PACK + "style: style.css\n", {"style.css": css})
    letter = rejectlet.compose(load_pack_folder(folder), "reply",
                               {"name": "Ana", "organization": "Acme"})
    with pytest.raises(RenderError) as raised:
        rejectlet.render(letter, "pdf")
    codes = {d.code for d in raised.value.diagnostics}
    assert codes == {"RJ412"}
    assert any(url in d.message for d in raised.value.diagnostics)
