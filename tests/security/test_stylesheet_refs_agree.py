"""Every format refuses the same stylesheet references, each with a located error.

The PDF layout fetches only regular files inside the pack. A reference it
would refuse (a missing file, a folder, a link leading out, a way out spelt
with percent escapes or broken by a tab, a file an inline SVG image names)
used to be passed by the HTML letter without a word, to be dropped or
fetched by whatever opened it. HTML, PDF and ``check PACK`` now agree.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import rejectlet
from rejectlet.cssrefs import leaves_pack, missing_from_pack
from rejectlet.pack.styles import stylesheet_findings
from tests.security._support import assert_located, base_data, write_pack

PNG = b"\x89PNG\r\n\x1a\n"

REFUSED = {
    "missing": "p { background: url(missing.png) }",
    "folder": "p { background: url(sub) }",
    "link-out": "p { background: url(link.png) }",
    "percent-up": "p { background: url(%2e%2e/%2e%2e/secret.png) }",
    "percent-scheme": "p { background: url(\"ht\\9tp://evil.example/a.png\") }",
    "remote": "p { background: url(https://evil.example/a.png) }",
    "svg-href": "p { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/"
                "svg'><image href='ok.png'/></svg>\") }",
    "image-set-second": "p { background: image-set('ok.png' 1x, 'gone.png' 2x) }",
    "svg-style-url": "p { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3.org/"
                     "2000/svg'><rect style='fill:url(https://evil.example/p.svg%23a)'/></svg>"
                     "\") }",
    "svg-fill-url": "p { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3.org/"
                    "2000/svg'><rect fill='url(ok.png)' width='5' height='5'/></svg>\") }",
    "svg-style-import": "p { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3."
                        "org/2000/svg'><style>@import 'https://evil.example/a.css';</style>"
                        "</svg>\") }",
}


def _pack(tmp_path: Path, css: str) -> Path:
    outside = tmp_path / "secret.png"
    outside.write_bytes(PNG)
    folder = write_pack(tmp_path / "pack", style=css,
                        files={"ok.png": PNG, "sub/a.txt": "x"})
    os.symlink(outside, folder / "link.png")
    return folder


@pytest.mark.parametrize("css", REFUSED.values(), ids=REFUSED.keys())
def test_html_pdf_and_check_all_refuse_it(tmp_path: Path, css: str) -> None:
    folder = _pack(tmp_path, css)
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    for fmt in ("html", "pdf"):
        with pytest.raises(rejectlet.RejectletError) as caught:
            rejectlet.render(letter, fmt, force=True)
        assert {d.code for d in caught.value.diagnostics} <= {"RJ412", "RJ433"}, fmt
        assert_located(caught.value)
    assert {d.code for d in stylesheet_findings(pack)} & {"RJ412", "RJ433"}


@pytest.mark.parametrize("css", [
    "p { background: url(ok.png) }",
    "p { background: url('ok.png?v=2#top') }",
    "p { background: url(\"data:image/png;base64,iVBORw0KGgo=\") }",
    "p { color: red }",
    "p { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'>"
    "<defs><linearGradient id='g'/></defs><rect fill='url(%23g)' width='5' height='5'/>"
    "</svg>\") }",
], ids=["file", "query", "data-image", "none", "svg-own-gradient"])
def test_a_file_of_the_pack_is_used_by_every_format(tmp_path: Path, css: str) -> None:
    folder = _pack(tmp_path, css)
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert rejectlet.render(letter, "html", force=True)
    assert rejectlet.render(letter, "pdf", force=True)
    assert stylesheet_findings(pack) == []


@pytest.mark.parametrize("target", ["%2e%2e/x.png", "%2E%2E%2Fx.png", "h\ttt\np://x", "/%2e/x",
                                    " //host/x", "\\\\host\\x", "file%3A/x"])
def test_escaped_ways_out_count_as_leaving(target: str) -> None:
    assert leaves_pack(target) or missing_from_pack(target, Path("/nonexistent-root"))


def test_a_file_inside_the_pack_is_not_missing(tmp_path: Path) -> None:
    (tmp_path / "a b.png").write_bytes(PNG)
    assert not missing_from_pack("a%20b.png", tmp_path)
    assert not missing_from_pack("#frag", tmp_path)
    assert missing_from_pack("nope.png", tmp_path)
