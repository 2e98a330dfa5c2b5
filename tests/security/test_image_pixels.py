"""Every raster image a letter can carry is measured by its header before anything
decodes it.

A compressed image costs nothing on disk and gigabytes once decoded: a PNG of
zeros of 13,000 × 13,000 pixels is under a megabyte. The signature image a
letter's data names (RJ414 at its key), each image a pack's stylesheet names and
each ``data:`` image written in it (RJ439 at the stylesheet) are refused when
their headers promise more pixels than a letter can show, in the PDF, the HTML
letter and ``check`` alike; the PDF layout's fetcher measures whatever it is
handed once more, so no door is left where only the name was judged.

The images here lie in their headers (a small picture behind a huge header),
so a test that reached the decoder would be cheap but would fail: the engine
drops such a picture without a word.
"""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

import rejectlet
from rejectlet.file_kinds import kind_of
from rejectlet.image_bounds import (
    MAX_IMAGE_PIXELS,
    MAX_SIGNATURE_PIXELS,
    oversize,
    pixel_size,
)
from tests.security._support import base_data, codes_everywhere, write_pack

BIG = 13_000


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def png(width: int, height: int, *, before: bytes = b"") -> bytes:
    """A PNG whose header says ``width`` × ``height``, with one row of data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + before + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\0" * 9)) + _chunk(b"IEND", b""))


def jpeg(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header is rewritten to ``width`` × ``height``."""
    out = io.BytesIO()
    Image.new("L", (8, 8)).save(out, "JPEG")
    data = bytearray(out.getvalue())
    at = data.index(b"\xff\xc0")
    data[at + 5:at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def gif_with_wide_frame(width: int, height: int) -> bytes:
    """A GIF whose logical screen is 1 × 1 but whose frame reaches ``width`` × ``height``."""
    head = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0, 0, 0)
    frame = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x44\x01\x00"
    return head + frame + b";"


def webp(width: int, height: int) -> bytes:
    body = b"\0" * 4 + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def ico_holding(picture: bytes) -> bytes:
    """An icon whose one entry says 16 × 16 but holds ``picture``."""
    entry = struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, len(picture), 22)
    return b"\0\0\1\0\1\0" + entry + picture


def avif(width: int, height: int) -> bytes:
    ispe = struct.pack(">I", 20) + b"ispe" + b"\0" * 4 + struct.pack(">II", width, height)
    return struct.pack(">I", 20) + b"ftypavif" + b"\0" * 8 + ispe


HUGE = {
    "big.png": png(BIG, BIG),
    "late-header.png": png(BIG, BIG, before=_chunk(b"tEXt", b"k\0v")),
    "big.jpg": jpeg(BIG, BIG),
    "big.gif": gif_with_wide_frame(BIG, BIG),
    "big.webp": webp(BIG, BIG),
    "big.ico": ico_holding(png(BIG, BIG)),
    "big.avif": avif(BIG, BIG),
    "strip.png": png(60_000, 1),
}


@pytest.mark.parametrize("name", sorted(HUGE))
def test_a_pack_image_with_too_many_pixels_is_refused_everywhere(tmp_path: Path,
                                                                 name: str) -> None:
    folder = write_pack(tmp_path / "pack", style=f"body {{ background: url({name}) }}",
                        files={name: HUGE[name]})
    found = codes_everywhere(folder)
    assert all("RJ439" in codes for codes in found.values()), found


def test_the_refusal_names_the_size_at_the_stylesheet(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", style="p {}\nbody { background: url(big.png) }\n",
                        files={"big.png": png(BIG, BIG)})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, "pdf", force=True)
    [found] = [d for d in caught.value.diagnostics if d.code == "RJ439"]
    assert found.location is not None and Path(found.location.path).name == "style.css"
    assert "13,000 × 13,000" in found.message and f"{MAX_IMAGE_PIXELS:,}" in found.message


@pytest.mark.parametrize("mime", ["image/png", "image/bmp"])
def test_a_data_uri_image_is_measured_and_must_be_a_known_kind(tmp_path: Path,
                                                               mime: str) -> None:
    body = png(BIG, BIG) if mime == "image/png" else b"BM" + b"\0" * 60
    uri = f"data:{mime};base64,{base64.b64encode(body).decode()}"
    folder = write_pack(tmp_path / "pack", style=f'body {{ background: url("{uri}") }}')
    found = codes_everywhere(folder)
    assert all("RJ439" in codes for codes in found.values()), found


def test_an_image_of_a_page_size_still_renders(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("L", (2480, 3508)).save(out, "PNG")  # A4 at 300 dots per inch
    folder = write_pack(tmp_path / "pack", style="body { background: url(page.png) }",
                        files={"page.png": out.getvalue()})
    assert codes_everywhere(folder) == {"check": {"RJ002", "RJ124"}, "html": set(),
                                         "pdf": set()}


def _signed(tmp_path: Path, picture: bytes, name: str = "sig.png") -> rejectlet.Letter:
    folder = write_pack(tmp_path / "pack")
    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / name).write_bytes(picture)
    data = letters / "letter.yaml"
    data.write_text(f"pack: {folder}\nletter: note\nsignature_image: {name}\nname: Ann\n"
                    "sender: {name: Sam Ortiz, email: sam@example.com}\n", encoding="utf-8")
    return rejectlet.compose(rejectlet.load_pack(folder), "note",
                             rejectlet.read_data_file(data))


@pytest.mark.parametrize(("name", "picture"), [
    ("sig.png", png(BIG, BIG)), ("sig.jpg", jpeg(BIG, BIG)), ("sig.png", png(2100, 2000)),
], ids=["png", "jpeg", "just-over"])
def test_a_signature_with_too_many_pixels_is_refused_at_its_key(
        tmp_path: Path, name: str, picture: bytes) -> None:
    letter = _signed(tmp_path, picture, name)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, "pdf", force=True)
    [found] = caught.value.diagnostics
    assert found.code == "RJ414"
    assert found.location is not None and found.location.line == 3
    assert f"{MAX_SIGNATURE_PIXELS:,}" in found.message


def test_a_signature_file_too_large_to_read_is_refused_at_its_key(tmp_path: Path) -> None:
    letter = _signed(tmp_path, png(10, 10) + b"\0" * 5_000_001)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, "pdf", force=True)
    [found] = caught.value.diagnostics
    assert found.code == "RJ414" and "5,000,000 bytes" in found.message


def test_a_signature_of_a_sensible_size_is_printed(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("L", (1200, 400), 255).save(out, "PNG")
    letter = _signed(tmp_path, out.getvalue())
    assert rejectlet.render(letter, "pdf", force=True).startswith(b"%PDF")


@pytest.mark.parametrize("fmt", ["PNG", "GIF", "JPEG", "WEBP", "ICO", "AVIF"])
@pytest.mark.parametrize("size", [(1, 1), (321, 123), (123, 2049)])
def test_the_header_size_is_what_the_decoder_reads(fmt: str, size: tuple[int, int]) -> None:
    out = io.BytesIO()
    Image.new("RGB", size).save(out, fmt)
    data = out.getvalue()
    kind = kind_of(data)
    assert kind is not None
    assert pixel_size(kind, data) == Image.open(io.BytesIO(data)).size


def test_a_file_with_no_size_in_it_is_left_to_the_other_checks() -> None:
    assert oversize("png", b"\x89PNG\r\n\x1a\n") is None
    assert oversize("sfnt", b"OTTO" + b"\0" * 60) is None


def test_the_layout_fetcher_measures_what_it_serves(tmp_path: Path) -> None:
    """The last door: whatever the engine asks for is measured as it is handed over,
    so an image no earlier check read is still never decoded."""
    from rejectlet.renderers.pdf import _fetcher

    (tmp_path / "big.png").write_bytes(png(BIG, BIG))
    (tmp_path / "ok.png").write_bytes(png(10, 10))
    fetcher = _fetcher(tmp_path, ())
    assert fetcher.fetch((tmp_path / "ok.png").as_uri()).read().startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        fetcher.fetch((tmp_path / "big.png").as_uri())
    with pytest.raises(ValueError):
        fetcher.fetch("data:image/bmp;base64," + base64.b64encode(b"BM" + b"\0" * 60).decode())
    assert len(fetcher.blocked) == 2 and "13,000" in fetcher.blocked[0]


def test_the_measure_holds_on_a_worker_thread(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    letter = _signed(tmp_path, png(BIG, BIG))

    def codes() -> list[str]:
        try:
            rejectlet.render(letter, "pdf", force=True)
        except rejectlet.RejectletError as error:
            return [d.code for d in error.diagnostics]
        return []

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(codes).result() == ["RJ414"]
