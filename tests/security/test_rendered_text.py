"""Whatever a template does to text it rendered, no token character reaches the letter.

Data values inside a macro's output, a ``{% set %}`` block or a ``{% call %}``
body are held as private-use tokens until Markdown has run. A template may
slice, reverse, split, loop over, format or filter that text in any way; the
result must be the real text (its data still data, escaped) or a located
error, never the private-use characters that stand for a value.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rejectlet
from tests.security._support import (
    assert_located,
    base_data,
    codes,
    compose,
    render_email_html,
    render_html,
    render_text,
    write_pack,
)

#: Every private-use character: tokens are drawn from this plane.
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

SET = "{% set x %}Dear **{{ name }}** and {{ note }}{% endset %}"
MACRO = "{% macro m(v) %}Dear **{{ v }}** and {{ note }}{% endmacro %}{% set x = m(name) %}"
CALL = ("{% macro wrap() %}{{ caller()|OP }}{% endmacro %}"
        "{% call wrap() %}Dear **{{ name }}** and {{ note }}{% endcall %}")

#: Operations on rendered text, each a door through which a token could escape.
OPERATIONS = [
    "x[1:]", "x[:-1]", "x[::2]", "x[::-1]", "x[3]", "x|first", "x|last", "x|reverse",
    "x|list", "x|list|join", "x|list|join('-')", "x|sort|join", "x|unique|join", "x|min",
    "x|max", "x|batch(3)|list", "x|slice(3)|list", "x|map('upper')|join", "x|string",
    "x|truncate(12)", "x|truncate(20, true, '…', 0)", "x|wordwrap(6)",
    "x|wordwrap(6, true, '|')", "x|center(60)", "x|indent(3, true)", "x|replace('a', 'b')",
    "x|replace('0', '1')", "x|replace('1', '')", "x|replace('', '-')", "x|trim",
    "x|trim('\ue001')", "x|upper", "x|lower", "x|title", "x|capitalize", "x|striptags",
    "x|urlencode", "x|tojson", "x|wordcount", "x|length", "x|e", "x|format",
    "x.split()", "x.split('*')", "x.rsplit(' ', 1)", "x.partition(' ')", "x.splitlines()",
    "x.upper()", "x.swapcase()", "x.strip('D')", "x.replace('Dear', note)",
    "x.center(70, '*')", "x.zfill(60)", "x.ljust(60, '.')", "x.expandtabs()",
    "x.encode is defined", "'%s!' % x", "'%.6s' % x", "'{}!'.format(x)", "'{:.7}'.format(x)",
    "x ~ x[2:]", "x[2:] ~ x", "x + '!'", "x * 2", "x ~ note", "[x, x[1:]]", "{'k': x}",
    "x.marked is defined", "x|attr('marked')", "x|attr('table')",
]


def _body(prefix: str, operation: str) -> str:
    if prefix == CALL:
        return prefix.replace("OP", operation.removeprefix("x|")) if operation.startswith(
            "x|") else prefix.replace("|OP", "")
    return prefix + "{{ " + operation + " }}"


def _outputs(tmp_path: Path, body: str) -> list[str] | None:
    folder = write_pack(tmp_path / "pack", body)
    try:
        letter = compose(folder, base_data(name="Ann 01 Lee", note="*n* <b>1</b>"))
    except rejectlet.RejectletError as error:
        assert codes(error)
        assert_located(error)
        return None
    return [render_text(letter), render_html(letter), render_email_html(letter)]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("prefix", [SET, MACRO], ids=["set-block", "macro"])
def test_no_operation_on_rendered_text_prints_a_token(tmp_path: Path, prefix: str,
                                                       operation: str) -> None:
    outputs = _outputs(tmp_path, _body(prefix, operation))
    for output in outputs or []:
        assert PRIVATE_USE.findall(output) == [], operation


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op.startswith("x|")])
def test_a_filter_on_a_call_body_prints_no_token(tmp_path: Path, operation: str) -> None:
    outputs = _outputs(tmp_path, _body(CALL, operation))
    for output in outputs or []:
        assert PRIVATE_USE.findall(output) == [], operation


def _body_text(tmp_path: Path, body: str, **data: str) -> str:
    folder = write_pack(tmp_path / "pack", body)
    text = render_text(compose(folder, base_data(**data)))
    return text.split("\n\n", 1)[1]


@pytest.mark.parametrize(("operation", "expected"), [
    ("x[5:]", "**Zoe** and *n*"),
    ("x|reverse", "*n* dna **eoZ** raeD"),
    ("x[::-1]", "*n* dna **eoZ** raeD"),
    ("x|length", "20"),
    ("x.split()|join('/')", "Dear/**Zoe**/and/*n*"),
    ("x|truncate(14, true, '', 0)", "Dear **Zoe** a"),
    ("x|list|first", "D"),
    ("x.replace('Zoe', 'Bo')", "Dear **Bo** and *n*"),
])
def test_operations_see_the_real_text(tmp_path: Path, operation: str, expected: str) -> None:
    """Computed from rendered text, a value is the text the reader would see, and
    is printed as data: the pack's markup in it shows as it was written."""
    body = "{% set x %}Dear **{{ name }}** and {{ note }}{% endset %}{{ " + operation + " }}"
    assert expected in _body_text(tmp_path, body, name="Zoe", note="*n*")


def test_data_in_a_computed_value_stays_data_in_html(tmp_path: Path) -> None:
    body = "{% set x %}Hello {{ note }}{% endset %}{{ x[1:] }}"
    folder = write_pack(tmp_path / "pack", body)
    html = render_html(compose(folder, base_data(note="*n* <b>1</b>")))
    assert "<em>" not in html and "<b>" not in html
    assert "*n* &lt;b&gt;1&lt;/b&gt;" in html


def test_replace_in_a_block_leaves_data_alone(tmp_path: Path) -> None:
    """A block filter replaces in the pack's own words; digits in the data, and the
    numbers that tokens carry, are not touched."""
    body = "{% filter replace('1', 'one') %}We met 1 time, {{ name }}.{% endfilter %}"
    assert "We met one time, Ann 1." in _body_text(tmp_path, body, name="Ann 1")


def test_a_block_keeps_the_packs_markup(tmp_path: Path) -> None:
    body = "{% set x %}Dear **{{ name }}**{% endset %}{{ x|upper }} {{ x }}"
    folder = write_pack(tmp_path / "pack", body)
    html = render_html(compose(folder, base_data(name="*Zoe*")))
    assert html.count("<strong>*Zoe*</strong>") == 2


@pytest.mark.parametrize("body", [
    "{% set x %}{{ name }}{% endset %}{{ x|trim('\ue001') }}",
    "{% set x %}%a {{ name }}{% endset %}{{ x % 1 }}",
    "{% macro m() %}%r {{ name }}{% endmacro %}{{ m() % 'a' }}",
    "{% macro m() %}%.3s {{ name }}{% endmacro %}{{ m()|format(note) }}",
])
def test_cutting_a_value_inside_rendered_text_is_a_located_error(tmp_path: Path,
                                                                  body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder, base_data(note="a long note"))
    assert codes(caught.value) == ["RJ305"]
    assert_located(caught.value)


def test_data_that_spells_a_token_prints_as_itself(tmp_path: Path) -> None:
    """Even knowing the secret characters, a value cannot stand for another value."""
    from rejectlet.markup import TOKEN_CLOSE, TOKEN_OPEN

    forged = f"{TOKEN_OPEN}0{TOKEN_CLOSE}"
    body = "{{ name }} and {{ note }}; {% set x %}{{ note }}{% endset %}{{ x }}"
    folder = write_pack(tmp_path / "pack", body)
    text = render_text(compose(folder, base_data(name="Zoe Quinn", note=forged)))
    body_text = text.split("Dear Zoe Quinn,", 1)[1]
    assert body_text.count("Zoe Quinn") == 1
    assert body_text.count(forged) == 2


@pytest.mark.parametrize("call", ["truncate(-1)", "truncate(2, true, '...')",
                                  "truncate(5, true, '', -1)", "truncate(0, false, '', 0)"])
def test_truncate_arguments_jinja_would_assert_on_are_a_located_error(
        tmp_path: Path, call: str) -> None:
    folder = write_pack(tmp_path / "pack", "{{ note|" + call + " }}")
    try:
        compose(folder, base_data(note="a long enough note to cut"))
    except rejectlet.RejectletError as error:
        assert codes(error) == ["RJ306"]
        assert_located(error)
