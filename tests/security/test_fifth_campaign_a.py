"""The fifth attack on packs and templates: rendered text formatted with
``.format()`` or ``.format_map()`` keeps its data as data, and ``tojson`` works
within the budgets while keeping Jinja's output for small values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rejectlet
from tests.security._support import (
    SVG_SHEET,
    assert_svg_refused_everywhere,
    base_data,
    codes,
    compose,
    markup_problems,
    parse_html,
    render_email_html,
    render_html,
    squeeze,
    write_pack,
)

MARKDOWN = "*EMPH* and __U__ `code` [lnk](https://evil.example/x)"

#: Each prints rendered text (a block, macro or call body) formatted with data.
FORMATTED = {
    "set-block": "{% set x %}{}{% endset %}{{ x.format(note) }}",
    "keyword": "{% set x %}{v}{% endset %}{{ x.format(v=note) }}",
    "format-map": "{% set x %}{v}{% endset %}{{ x.format_map({'v': note}) }}",
    "macro": "{% macro m() %}{}{% endmacro %}{{ m().format(note) }}",
    "filter-block": "{% set x %}{% filter upper %}{}{% endfilter %}{% endset %}"
                    "{{ x.format(note) }}",
    "call-body": "{% macro m() %}{{ caller().format(note) }}{% endmacro %}"
                 "{% call m() %}{}{% endcall %}",
    "with-pack-markup": "{% set x %}**Bold** {}{% endset %}{{ x.format(note) }}",
}


@pytest.mark.parametrize("body", list(FORMATTED.values()), ids=list(FORMATTED))
def test_data_formatted_into_rendered_text_stays_data(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    letter = compose(folder, base_data(note=MARKDOWN))
    page = render_html(letter)
    assert markup_problems(page) == []
    assert markup_problems(render_email_html(letter), email=True) == []
    tags = {element.tag for element in parse_html(page).elements}
    assert not tags & {"em", "strong", "code", "a"}, tags
    assert "evil.example" not in " ".join(
        str(value) for element in parse_html(page).elements for value in element.attrs.values())
    assert MARKDOWN.upper() in squeeze(rejectlet.render(letter, "text", force=True)).upper()


def test_a_plain_format_string_still_formats(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{{ 'Dear {}'.format(name) }}, thanks.")
    assert "Dear Ann Lee, thanks." in squeeze(render_html(compose(folder)))


@pytest.mark.parametrize("indent", ["", "indent=2", "indent='--'", "indent=1000"])
def test_tojson_writes_what_jinja_writes_for_small_values(tmp_path: Path, indent: str) -> None:
    arguments = f"({indent})" if indent else ""
    folder = write_pack(tmp_path / "pack",
                        "{{ {'b': [1, 2], 'a': \"<x & 'y'>\"}|tojson" + arguments + " }}")
    text = rejectlet.render(compose(folder), "text", force=True)
    value = {"b": [1, 2], "a": "<x & 'y'>"}
    width = {"": None, "indent=2": 2, "indent='--'": "--", "indent=1000": 1000}[indent]
    expected = (json.dumps(value, sort_keys=True, indent=width).replace("<", "\\u003c")
                .replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027"))
    assert "\\u003cx \\u0026 \\u0027y\\u0027\\u003e" in text
    if width is None:
        assert expected in text


@pytest.mark.parametrize("indent", ["10**6", "'x' * 1001"])
def test_a_tojson_indent_over_the_width_limit_is_refused(tmp_path: Path, indent: str) -> None:
    folder = write_pack(tmp_path / "pack", "{{ [1, 2]|tojson(indent=" + indent + ") }}")
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder)
    assert codes(caught.value) == ["RJ305"]


def test_tojson_of_a_long_list_stops_at_the_output_cap(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{{ (range(9000)|list)|tojson(indent=999) }}")
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder)
    assert codes(caught.value) == ["RJ305"]


# -- an SVG image's references are read after XML's own escapes ------------------------

SVG_ESCAPED = {
    "decimal-reference-in-style": "<svg xmlns='http://www.w3.org/2000/svg'><rect style='fill: "
                                  "u&#114;l(http://evil.example/a.png)' width='5' height='5'/>"
                                  "</svg>",
    "hex-reference-in-fill": "<svg xmlns='http://www.w3.org/2000/svg'><rect fill='&#x75;rl("
                             "http://evil.example/a.png)' width='5' height='5'/></svg>",
    "reference-in-style-element": "<svg xmlns='http://www.w3.org/2000/svg'><style>@imp&#111;rt "
                                  "'http://evil.example/a.css';</style></svg>",
    "cdata-in-style-element": "<svg xmlns='http://www.w3.org/2000/svg'><style><![CDATA[rect "
                              "{ fill: url(http://evil.example/a.png) }]]></style></svg>",
    "entity-declaration": "<!DOCTYPE svg [<!ENTITY u \"u\">]><svg xmlns='http://www.w3.org/"
                          "2000/svg'><rect style='fill: &u;rl(http://evil.example/a.png)'/>"
                          "</svg>",
}



@pytest.mark.parametrize("svg", SVG_ESCAPED.values(), ids=SVG_ESCAPED.keys())
def test_an_svg_reference_hidden_by_xml_escapes_is_refused_everywhere(
        tmp_path: Path, svg: str) -> None:
    assert_svg_refused_everywhere(tmp_path / "pack", svg)


@pytest.mark.parametrize("svg", SVG_ESCAPED.values(), ids=SVG_ESCAPED.keys())
def test_an_inline_svg_with_a_hidden_reference_is_refused(tmp_path: Path, svg: str) -> None:
    import base64

    encoded = base64.b64encode(svg.encode()).decode()
    folder = write_pack(tmp_path / "pack",
                        style=f'body {{ background: url("data:image/svg+xml;base64,{encoded}") }}')
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    for fmt in ("html", "pdf"):
        with pytest.raises(rejectlet.RejectletError) as caught:
            rejectlet.render(letter, fmt, force=True)
        assert set(codes(caught.value)) <= {"RJ412", "RJ433"}, fmt


def test_an_svg_with_plain_escaped_text_is_still_used(tmp_path: Path) -> None:
    svg = ("<svg xmlns='http://www.w3.org/2000/svg'><text>Fish &amp; chips &#169;</text>"
           "<rect fill='url(#g)' width='5' height='5'/></svg>")
    folder = write_pack(tmp_path / "pack", style=SVG_SHEET, files={"l.svg": svg})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert "data:image/svg+xml;base64," in str(rejectlet.render(letter, "html", force=True))


# -- the PDF refuses every reference the HTML letter refuses ---------------------------

OFF_PACK = {
    "import-string": "@import 'http://evil.example/imp.css';\np { color: red }",
    "import-upper": "@IMPORT 'http://evil.example/imp.css';\np { color: red }",
    "second-candidate": "body { background-image: image-set('a.png' 1x, "
                        "'http://evil.example/b.png' 2x); }",
    "image-function": "body { background-image: image('http://evil.example/c.png'); }",
    "mask-image": "p { mask-image: url(http://evil.example/m.png); }",
}


@pytest.mark.parametrize("css", OFF_PACK.values(), ids=OFF_PACK.keys())
def test_the_pdf_refuses_a_reference_it_would_never_fetch(tmp_path: Path, css: str) -> None:
    folder = write_pack(tmp_path / "pack", style=css, files={"a.png": b"\x89PNG\r\n\x1a\n"})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.render(letter, "pdf", force=True)
    assert codes(caught.value) == ["RJ412"]
    assert "evil.example" in caught.value.diagnostics[0].message
    with pytest.raises(rejectlet.RejectletError):
        rejectlet.render(letter, "html", force=True)


# -- card.font is a list of font names, never CSS ---------------------------------------

@pytest.mark.parametrize("font", [
    "x; } @import url(http://evil.example/cf.css); body { background: red } .x { a: y",
    '"a</style><p>x"',
    "serif; color: red",
    "serif}",
    "url(http://evil.example/f.woff)",
])
def test_a_card_font_that_is_not_a_font_list_is_refused_at_its_line(tmp_path: Path,
                                                                    font: str) -> None:
    folder = write_pack(tmp_path / "pack")
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text("utf-8") + "card: {font: " + json.dumps(font)
                         + ", size: us-a7}\n", "utf-8")
    line = len(pack_yaml.read_text("utf-8").splitlines())
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    [finding] = caught.value.diagnostics
    assert finding.code == "RJ113" and finding.location is not None
    assert finding.location.line == line


@pytest.mark.parametrize("font", ['"EB Garamond", "DejaVu Serif", serif', "Georgia",
                                  "'Fira Sans', Times New Roman, sans-serif"])
def test_a_card_font_list_is_kept(tmp_path: Path, font: str) -> None:
    folder = write_pack(tmp_path / "pack")
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text("utf-8") + "card: {font: " + json.dumps(font)
                         + "}\n", "utf-8")
    pack = rejectlet.load_pack(folder)
    assert font in repr(pack)
