"""The fifth attack on packs and templates: rendered text formatted with
``.format()`` or ``.format_map()`` keeps its data as data, and ``tojson`` works
within the budgets while keeping Jinja's output for small values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rejectlet
from tests.security._support import (
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
