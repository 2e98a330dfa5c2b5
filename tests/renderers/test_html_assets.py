"""Standalone HTML carries the pack's own files: a logo and a font named by url() in
the pack's stylesheet arrive as data: URIs, bounded in size, and a file that cannot
be carried (one over the size bounds) is a located error (RJ437) from both rendering
and ``rejectlet check``; one that is missing is the shared stylesheet check's RJ412,
reported once."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.pack_check import check_pack
from rejectlet.renderers import html_assets

PackFactory = Callable[..., Path]

LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
FONT = b"OTTO" + bytes(reversed(range(256))) * 8
STYLE = """\
body { font-family: "Brand", serif; }
.letterhead { background: url("img/logo.png") no-repeat right top; }
@font-face { font-family: "Brand"; src: url(fonts/brand.otf) format("opentype"); }
"""


def pack_with_files(make_pack: PackFactory, text: str, style: str = STYLE,
                    files: dict[str, bytes] | None = None) -> Path:
    folder = make_pack(text.replace("language: en", "language: en\nstyle: style.css"),
                       {"style.css": style})
    for relative, content in ({"img/logo.png": LOGO, "fonts/brand.otf": FONT}
                              if files is None else files).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(content)
    return folder


def html_of(folder: Path) -> str:
    pack = rejectlet.load_pack(str(folder))
    letter = rejectlet.compose(pack, "reply", {"name": "Ms. Lee", "organization": "Acme"})
    html = rejectlet.render(letter, "html")
    assert isinstance(html, str)
    return html


def data_uris(html: str) -> dict[str, bytes]:
    return {media: base64.b64decode(body) for media, body in
            re.findall(r'url\("data:([\w/+.-]+);base64,([A-Za-z0-9+/=]+)"\)', html)}


def test_the_logo_and_the_font_travel_inside_the_html(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    html = html_of(pack_with_files(make_pack, minimal_pack_text))
    carried = data_uris(html)
    assert carried["image/png"] == LOGO
    assert carried["font/otf"] == FONT
    assert "img/logo.png" not in html
    assert "fonts/brand.otf" not in html


def position_in(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


def test_an_oversized_logo_is_a_located_error_in_render_and_in_check(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    big = LOGO[:8] + b"\0" * (html_assets.MAX_ASSET_BYTES - 7)
    folder = pack_with_files(make_pack, minimal_pack_text,
                             files={"img/logo.png": big, "fonts/brand.otf": FONT})
    with pytest.raises(rejectlet.RenderError) as raised:
        html_of(folder)
    [problem] = raised.value.diagnostics
    assert problem.code == "RJ437"
    assert "img/logo.png" in problem.message
    assert problem.location is not None
    assert Path(problem.location.path).name == "style.css"
    assert (problem.location.line, problem.location.column) == position_in(STYLE,
                                                                           'url("img/logo.png")')
    found = [d for d in check_pack(rejectlet.load_pack(str(folder))) if d.is_error]
    assert [str(d) for d in found] == [str(problem)]


def test_a_missing_logo_is_reported_once_by_the_shared_stylesheet_check(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder = pack_with_files(make_pack, minimal_pack_text, files={"fonts/brand.otf": FONT})
    with pytest.raises(rejectlet.RenderError) as raised:
        html_of(folder)
    assert [d.code for d in raised.value.diagnostics] == ["RJ412"]
    found = [d for d in check_pack(rejectlet.load_pack(str(folder)), render_samples=True)
             if d.is_error]
    assert [d.code for d in found] == ["RJ412"]


def test_all_files_together_are_bounded_too(make_pack: PackFactory, minimal_pack_text: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_assets, "MAX_ASSETS_BYTES", len(LOGO) + len(FONT) - 1)
    with pytest.raises(rejectlet.RenderError) as raised:
        html_of(pack_with_files(make_pack, minimal_pack_text))
    [problem] = raised.value.diagnostics
    assert problem.code == "RJ437"
    assert problem.location is not None and problem.location.line == 3


def test_a_refused_html_leaves_no_file(make_pack: PackFactory, minimal_pack_text: str,
                                       tmp_path: Path) -> None:
    big = LOGO[:8] + b"\0" * (html_assets.MAX_ASSET_BYTES - 7)
    folder = pack_with_files(make_pack, minimal_pack_text,
                             files={"img/logo.png": big, "fonts/brand.otf": FONT})
    data = tmp_path / "letter.yaml"
    data.write_text(f"pack: {folder}\nletter: reply\nname: Ms. Lee\norganization: Acme\n",
                    encoding="utf-8")
    target = tmp_path / "letter.html"
    result = CliRunner().invoke(main, ["render", str(data), "-f", "html", "-o", str(target)])
    assert result.exit_code != 0
    assert "RJ437" in result.output
    assert not target.exists()


def test_a_stylesheet_without_files_is_left_as_written(make_pack: PackFactory,
                                                      minimal_pack_text: str) -> None:
    style = ".letterhead { color: #333; }\n"
    html = html_of(pack_with_files(make_pack, minimal_pack_text, style=style, files={}))
    assert style.strip() in html
    assert "data:" not in html


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_a_missing_logo_is_called_missing_in_every_format_and_in_check(
        make_pack: PackFactory, minimal_pack_text: str, fmt: str) -> None:
    """A logo not yet copied into the pack is a file to add, not a rule broken: each
    format and check name the reference as written and say it is not in the pack."""
    folder = pack_with_files(make_pack, minimal_pack_text, files={"fonts/brand.otf": FONT})
    pack = rejectlet.load_pack(str(folder))
    letter = rejectlet.compose(pack, "reply", {"name": "Ms. Lee", "organization": "Acme"})
    with pytest.raises(rejectlet.RenderError) as raised:
        rejectlet.render(letter, fmt)
    [problem] = raised.value.diagnostics
    found = [d for d in check_pack(pack) if d.is_error]
    for diagnostic in (problem, *found):
        assert diagnostic.code == "RJ412"
        assert "'img/logo.png'" in diagnostic.message
        assert "not a file in the pack folder" in diagnostic.message
        assert "blocked" not in diagnostic.message
        assert diagnostic.location is not None
        assert Path(diagnostic.location.path).name == "style.css"
    assert len(found) == 1


def test_a_link_in_the_pack_leading_out_is_still_blocked(
        make_pack: PackFactory, minimal_pack_text: str, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(LOGO)
    folder = pack_with_files(make_pack, minimal_pack_text, files={"fonts/brand.otf": FONT})
    (folder / "img").mkdir(exist_ok=True)
    (folder / "img" / "logo.png").symlink_to(outside)
    found = [d for d in check_pack(rejectlet.load_pack(str(folder))) if d.is_error]
    assert [d.code for d in found] == ["RJ412"]
    assert "blocked" in found[0].message
    assert "not a file in the pack folder" not in found[0].message
