"""Stylesheets belong to the loaded pack: read once, size-checked, judged once."""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack.styles import MAX_STYLESHEET_BYTES
from rejectlet.pack_check import check_pack
from rejectlet.renderers.document import build_html
from rejectlet.renderers.email_html import build_email_html
from tests.conftest import PackFactory

DATA = {"name": "Ana", "organization": "Acme"}


def styled(make_pack: PackFactory, text: str, css: str | bytes, key: str = "style") -> Path:
    folder = make_pack(text.replace("language: en\n", f"language: en\n{key}: look.css\n"))
    target = folder / "look.css"
    if isinstance(css, bytes):
        target.write_bytes(css)
    else:
        target.write_text(css, encoding="utf-8")
    return folder


def test_the_stylesheet_is_read_when_the_pack_loads(make_pack: PackFactory,
                                                    minimal_pack_text: str) -> None:
    folder = styled(make_pack, minimal_pack_text, "p { color: navy }")
    pack = rejectlet.load_pack(folder)
    assert pack.page_css is not None and pack.page_css.text == "p { color: navy }"
    (folder / "look.css").write_text("p { color: red }", encoding="utf-8")
    # the renderer uses what was loaded, not whatever the file says now
    page = build_html(rejectlet.compose(pack, "reply", DATA))
    assert "color: navy" in page and "color: red" not in page


def test_a_stylesheet_over_the_size_limit_is_refused_at_load(make_pack: PackFactory,
                                                             minimal_pack_text: str) -> None:
    folder = styled(make_pack, minimal_pack_text, "p{}" * (MAX_STYLESHEET_BYTES // 3 + 1))
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    (problem,) = raised.value.diagnostics
    assert problem.code == "RJ110"
    assert problem.location is not None and Path(problem.location.path).name == "pack.yaml"


def test_a_stylesheet_that_is_not_utf8_is_refused_at_load(make_pack: PackFactory,
                                                          minimal_pack_text: str) -> None:
    folder = styled(make_pack, minimal_pack_text, b"p { content: '\xff' }")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert [d.code for d in raised.value.diagnostics] == ["RJ419"]


@pytest.mark.parametrize(("key", "css", "render"), [
    ("style", "p { background: url(https://example.com/x.png) }", build_html),
    ("email_style", "p { background: url(img.png) }", build_email_html),
    ("email_style", "@import 'x.css';", build_email_html),
])
def test_check_and_the_renderer_refuse_a_stylesheet_alike(
        make_pack: PackFactory, minimal_pack_text: str, key: str, css: str,
        render: object) -> None:
    pack = rejectlet.load_pack(styled(make_pack, minimal_pack_text, css, key))
    letter = rejectlet.compose(pack, "reply", DATA)
    with pytest.raises(rejectlet.RenderError) as raised:
        render(letter)  # type: ignore[operator]
    found = check_pack(pack)
    assert set(raised.value.diagnostics) <= set(found)


def test_a_clean_stylesheet_gives_check_nothing_to_say(make_pack: PackFactory,
                                                       minimal_pack_text: str) -> None:
    pack = rejectlet.load_pack(styled(make_pack, minimal_pack_text, "p { margin: 0 }"))
    assert [d for d in check_pack(pack) if d.code in ("RJ412", "RJ432", "RJ433")] == []
