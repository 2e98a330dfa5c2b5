"""A pack stylesheet cannot make the PDF engine fail with a raw exception.

Some ``attr()`` uses make the engine fail on an assertion or a missing value
(``background: attr(data-x url)``, ``attr()`` inside ``target-counter()`` in a
page margin). They are refused where the stylesheet is judged, at its line and
column (RJ438), by ``check``, the HTML and the PDF alike; and whatever else the
engine may fail on is a located RJ418 at the stylesheet, in a worker process or
in the caller's own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack_check import check_pack
from rejectlet.paper.options import PrintOptions

ROOT = Path(__file__).resolve().parents[2]

TRAPS = {
    "background-url": "body { background: attr(data-x url); }",
    "image-url": "p { background-image: attr(class url, none); }",
    "border-url": "p { border-image-source: attr(data-x url); }",
    "escaped": "p { background: a\\74 tr(data-x u\\72 l); }",
    "target-counter": "@page { @top-center { content: target-counter(attr(href), page); } }",
    "target-text": "@page { @top-center { content: target-text(attr(data-x url)); } }",
}


def _pack_with(tmp_path: Path, rule: str) -> tuple[Path, int, int]:
    """A copy of the classic pack with ``rule`` as the last line of its stylesheet;
    the line and column of the ``attr`` it holds."""
    pack = tmp_path / "pk"
    shutil.copytree(ROOT / "packs" / "classic", pack)
    style = pack / "style.css"
    lines = style.read_text(encoding="utf-8").splitlines()
    lines.append(rule)
    style.write_text("\n".join(lines) + "\n", encoding="utf-8")
    column = rule.find("a\\74") + 1 if "\\74" in rule else rule.find("attr(") + 1
    return pack, len(lines), column


def _letter(pack: Path) -> rejectlet.Letter:
    data = rejectlet.read_data_file(ROOT / "examples" / "reply.yaml")
    return rejectlet.compose(rejectlet.load_pack(pack), "reply", data)


def _at(error: rejectlet.RejectletError, code: str, line: int, column: int) -> None:
    found = [d for d in error.diagnostics if d.code == code]
    assert found, [str(d) for d in error.diagnostics]
    location = found[0].location
    assert location is not None and location.path.endswith("style.css")
    assert (location.line, location.column) == (line, column)


@pytest.mark.parametrize("rule", TRAPS.values(), ids=TRAPS.keys())
def test_check_refuses_the_construct_at_its_place(tmp_path: Path, rule: str) -> None:
    pack, line, column = _pack_with(tmp_path, rule)
    found = [d for d in check_pack(rejectlet.load_pack(pack), render_samples=False)
             if d.code == "RJ438"]
    assert found, rule
    assert found[0].location is not None
    assert (found[0].location.line, found[0].location.column) == (line, column)


@pytest.mark.parametrize("options", [PrintOptions(), PrintOptions(isolate=False)],
                         ids=["isolated", "in-process"])
@pytest.mark.parametrize("rule", [TRAPS["background-url"], TRAPS["target-counter"]],
                         ids=["background-url", "target-counter"])
def test_pdf_refuses_it_before_layout(tmp_path: Path, rule: str,
                                      options: PrintOptions) -> None:
    pack, line, column = _pack_with(tmp_path, rule)
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(_letter(pack), "pdf", options=options)
    _at(caught.value, "RJ438", line, column)


def test_html_refuses_it_too(tmp_path: Path) -> None:
    pack, line, column = _pack_with(tmp_path, TRAPS["background-url"])
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(_letter(pack), "html")
    _at(caught.value, "RJ438", line, column)


@pytest.mark.parametrize("rule", [
    "p { content: attr(title); }", "p { content: 'attr(x url)'; }",
    "p { background: url(attr.png); }", "/* attr(x url) */ p { color: red; }",
], ids=["plain-attr", "in-a-string", "file-named-attr", "in-a-comment"])
def test_plain_css_is_not_mistaken_for_it(tmp_path: Path, rule: str) -> None:
    pack, _, _ = _pack_with(tmp_path, rule)
    assert not [d for d in check_pack(rejectlet.load_pack(pack), render_samples=False)
                if d.code == "RJ438"]


def test_any_other_engine_failure_is_located_in_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import weasyprint

    pack, _, _ = _pack_with(tmp_path, "p { color: red; }")
    letter = _letter(pack)

    def fail(*_: object, **__: object) -> None:
        raise AssertionError

    monkeypatch.setattr(weasyprint.HTML, "render", fail)
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "pdf", options=PrintOptions(isolate=False))
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ418"
    assert diagnostic.location is not None
    assert diagnostic.location.path.endswith("style.css")
