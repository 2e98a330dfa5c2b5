"""A ``data:`` image in a pack stylesheet is judged by its bytes, not its declared type.

``url(data:image/png;base64,…)`` holding an SVG whose ``<image href>`` named an
outside address was carried into the HTML letter unexamined, while the same
SVG declared as ``data:image/svg+xml`` was refused (RJ412); the PDF engine reads
a data: image it cannot decode as a raster image as SVG, whatever its type
says. A data: image whose bytes are markup is now scanned as the SVG it is, in
every format and in ``check``.
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

import pytest

import rejectlet
from rejectlet.pack_check import check_pack
from tests.security._support import base_data, codes, write_pack

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
       'width="4" height="4"><image href="http://127.0.0.1:9/b64" width="4" height="4"/></svg>')
#: The codes of a stylesheet reference that leaves the pack.
REFUSALS = {"RJ412", "RJ433"}
PLAIN_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
             '<rect width="4" height="4"/></svg>')


def _uri(declared: str, svg: str, encoding: str) -> str:
    if encoding == "base64":
        return f"data:{declared};base64,{base64.b64encode(svg.encode()).decode()}"
    return f"data:{declared},{quote(svg)}"


@pytest.mark.parametrize("encoding", ["base64", "percent"])
@pytest.mark.parametrize("declared", ["image/png", "image/jpeg", "image/gif"])
def test_svg_declared_as_a_raster_image_is_scanned_as_svg(tmp_path: Path, declared: str,
                                                          encoding: str) -> None:
    refused = {}
    for kind, typed in (("declared", declared), ("svg", "image/svg+xml")):
        css = f'body {{ background: url("{_uri(typed, SVG, encoding)}") }}'
        folder = write_pack(tmp_path / kind, style=css)
        pack = rejectlet.load_pack(folder)
        letter = rejectlet.compose(pack, "note", base_data())
        for fmt in ("html", "pdf"):
            with pytest.raises(rejectlet.RejectletError) as caught:
                rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
            refused[kind, fmt] = codes(caught.value)
        refused[kind, "check"] = sorted({d.code for d in check_pack(pack)} & REFUSALS)
    # refused in every format exactly as the same SVG declared as what it is
    for fmt in ("html", "pdf", "check"):
        assert refused["declared", fmt] == refused["svg", fmt], fmt
        assert set(refused["declared", fmt]) & REFUSALS, fmt


def test_a_harmless_image_under_any_declared_type_still_renders(tmp_path: Path) -> None:
    css = f'body {{ background: url("{_uri("image/png", PLAIN_SVG, "base64")}") }}'
    folder = write_pack(tmp_path / "pack", style=css)
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert "data:image/png" in rejectlet.render(letter, "html", force=True)
