"""Image and font files are judged by their bytes, not by their names.

The PDF engine parses any file it cannot read as a raster image as SVG, whatever
it is called, and a browser sniffs what it is given; so SVG content in a file
named ``.png``, a file with no extension, or an image whose first bytes are not
what its name says is refused (RJ439 at the stylesheet; RJ414 at a signature
image's key) in every format and in ``check``, before the engine sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.file_kinds import kind_of, mismatch
from tests.security._support import base_data, codes_everywhere, write_pack

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 24
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
       b'<rect width="4" height="4"/></svg>')
FONT = b"wOF2" + b"\0" * 40


@pytest.mark.parametrize(("css", "files"), [
    ("body { background: url(logo.png) }", {"logo.png": SVG}),
    ("body { background: url(logo) }", {"logo": SVG}),
    ("body { background: url(logo) }", {"logo": PNG}),
    ("body { background: url(logo.txt) }", {"logo.txt": PNG}),
    ("body { background: url(logo.jpg) }", {"logo.jpg": PNG}),
    ("body { background: url('logo.PNG?v=2') }", {"logo.PNG": b"GIF89a" + b"\0" * 8}),
    ('@font-face { font-family: F; src: url(f.woff2) } body { font-family: F }',
     {"f.woff2": SVG}),
    ('body { background: image-set("a.png" 1x, "b.png" 2x) }',
     {"a.png": PNG, "b.png": SVG}),
], ids=["svg-as-png", "svg-no-ext", "png-no-ext", "png-as-txt", "png-as-jpg",
        "gif-as-png", "svg-as-font", "second-candidate"])
def test_a_file_whose_bytes_are_not_its_name_is_refused_everywhere(
        tmp_path: Path, css: str, files: dict[str, bytes]) -> None:
    folder = write_pack(tmp_path / "pack", style=css, files=files)
    found = codes_everywhere(folder)
    assert all("RJ439" in codes for codes in found.values()), found


def test_the_refusal_is_located_at_the_stylesheet(tmp_path: Path) -> None:
    css = "p { color: red }\nbody {\n  background: url(logo.png);\n}\n"
    folder = write_pack(tmp_path / "pack", style=css, files={"logo.png": SVG})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, "html", force=True)
    [found] = [d for d in caught.value.diagnostics if d.code == "RJ439"]
    assert found.location is not None
    assert Path(found.location.path).name == "style.css"
    assert "SVG" in found.message and ".svg" in (found.hint or "")


@pytest.mark.parametrize(("name", "data"), [
    ("logo.png", PNG), ("logo.svg", SVG), ("f.woff2", FONT),
    ("photo.jpeg", b"\xff\xd8\xff\xe0" + b"\0" * 8), ("f.otf", b"OTTO" + b"\0" * 8),
])
def test_a_file_whose_bytes_match_its_name_is_embedded(tmp_path: Path, name: str,
                                                       data: bytes) -> None:
    css = f"body {{ background: url({name}) }}"
    folder = write_pack(tmp_path / "pack", style=css, files={name: data})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    html = rejectlet.render(letter, "html", force=True)
    assert "data:" in html and f"url({name})" not in html


def test_a_signature_image_that_is_svg_inside_is_refused_at_its_key(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / "sig.png").write_bytes(SVG)
    data = letters / "letter.yaml"
    data.write_text(f"pack: {folder}\nletter: note\nsignature_image: sig.png\nname: Ann\n"
                    "sender: {name: Sam Ortiz, email: sam@example.com}\n", encoding="utf-8")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note",
                               rejectlet.read_data_file(data))
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, "pdf", force=True)
    [found] = caught.value.diagnostics
    assert found.code == "RJ414"
    assert found.location is not None and found.location.line == 3
    assert "SVG" in found.message


def test_kinds_are_told_by_bytes() -> None:
    assert kind_of(PNG) == "png"
    assert kind_of(b"\xef\xbb\xbf  \n<?xml version='1.0'?><svg/>") == "svg"
    assert kind_of(b"hello") is None
    assert mismatch("a.png", PNG) is None
    assert mismatch("a.png", SVG) is not None
    assert mismatch("a.gif", b"GIF89a", ("png", "jpeg")) is not None


def test_image_set_candidates_written_as_url_are_each_read(tmp_path: Path) -> None:
    """``image-set(url(a.png) 1x, …)`` names a.png, not ``url(a.png``: the first
    candidate was taken for a file name and refused as missing."""
    css = "body { background: image-set(url(a.png) 1x, url(b.png) 2x) }"
    folder = write_pack(tmp_path / "pack", style=css, files={"a.png": PNG, "b.png": PNG})
    assert codes_everywhere(folder) == {"check": {"RJ002", "RJ124"}, "html": set(),
                                         "pdf": set()}
    (folder / "b.png").write_bytes(SVG)
    assert all("RJ439" in codes for codes in codes_everywhere(folder).values())
