"""Template injection: a pack's templates are a stranger's code, and letter data is
a stranger's text.

Templates run in Jinja's immutable sandbox. Whatever a template tries (Python
internals, stored method references, the published escapes of recent years,
includes of files outside the pack), the result is a located RejectletError or
plain words: never a Python object, never a file from elsewhere. Data is never
run as a template: ``{{ 7*7 }}`` in a company name stays exactly that.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from tests.security._support import (
    PACK_YAML,
    SAFE_BODY,
    assert_located,
    base_data,
    compose,
    leaked,
    render_html,
    render_text,
    shows_file_contents,
    shows_python_object,
    squeeze,
    write_pack,
)

SIBLING_SECRET = "SIBLING PACK SECRET 7731"


def attempt(tmp_path: Path, body: str,
            data: dict[str, Any] | None = None) -> tuple[rejectlet.RejectletError | None, str]:
    """Load, compose and render; the error raised, or the text and HTML produced."""
    folder = write_pack(tmp_path / "pack", body, files={"parts/thanks.md": "Thanks again."})
    evil = tmp_path / "pack-evil"
    evil.mkdir(exist_ok=True)
    (evil / "secret.md").write_text(SIBLING_SECRET, encoding="utf-8")
    for name, target in (("etc-link", Path("/etc")), ("passwd-link", Path("/etc/passwd")),
                         ("sibling-link", evil / "secret.md"), ("evil-dir", evil)):
        link = folder / name
        if not link.is_symlink():
            link.symlink_to(target)
    try:
        letter = compose(folder, data or base_data())
        return None, render_text(letter) + "\n" + render_html(letter)
    except rejectlet.RejectletError as exc:
        return exc, ""


def assert_nothing_leaked(error: rejectlet.RejectletError | None, output: str) -> None:
    for text in (str(error) if error else "", output):
        found = leaked(text)
        assert not found, found
        assert SIBLING_SECRET not in text, text


# -- Python internals ------------------------------------------------------------------

INTERNALS = [
    pytest.param("{{ name.__class__ }}", id="dunder-class"),
    pytest.param("{{ name.__class__.__mro__[1].__subclasses__() }}", id="subclasses"),
    pytest.param("{{ ''.__class__.__mro__[1].__subclasses__() }}", id="literal-subclasses"),
    pytest.param("{{ items.__class__.__base__.__subclasses__() }}", id="list-base"),
    pytest.param("{{ name.__init__ }}", id="dunder-init"),
    pytest.param("{{ name.__init__.__globals__ }}", id="init-globals"),
    pytest.param("{{ range.__globals__ }}", id="range-globals"),
    pytest.param("{{ range.__class__ }}", id="range-class"),
    pytest.param("{{ range(3).__class__ }}", id="range-object-class"),
    pytest.param("{{ name|attr('__class__') }}", id="attr-filter"),
    pytest.param("{{ name|attr('\\x5f\\x5fclass\\x5f\\x5f') }}", id="attr-filter-escaped"),
    pytest.param("{{ name['__class__'] }}", id="subscript"),
    pytest.param("{{ name['\\x5f\\x5fclass\\x5f\\x5f'] }}", id="subscript-escaped"),
    pytest.param("{{ name.__getattribute__('__class__') }}", id="getattribute"),
    pytest.param("{{ name.upper.__self__ }}", id="method-self"),
    pytest.param('{{ "{0.__class__}".format(name) }}', id="format-attribute"),
    pytest.param('{{ "{0.__class__.__mro__}".format(name) }}', id="format-mro"),
    pytest.param('{{ ("{0.__cl" ~ "ass__}").format(name) }}', id="format-built-string"),
    pytest.param('{{ "{x.__class__}".format_map({"x": name}) }}', id="format-map"),
    pytest.param('{{ "%s" % name.__class__ }}', id="percent-format"),
    pytest.param('{{ "%s"|format(name.__class__) }}', id="format-filter"),
    pytest.param("{{ self.__dict__ }}", id="self-dict"),
    pytest.param("{{ self._TemplateReference__context }}", id="self-context"),
    pytest.param("{% for x in items %}{{ loop.__class__ }}{% endfor %}", id="loop-class"),
    pytest.param("{% for x in items %}{{ loop.__init__.__globals__ }}{% endfor %}",
                 id="loop-globals"),
    pytest.param("{% set ns = namespace(a=1) %}{{ ns.__class__ }}", id="namespace-object"),
    pytest.param("{% macro m() %}{{ m._func.__globals__ }}{% endmacro %}{{ m() }}",
                 id="macro-function"),
    pytest.param("{{ today.__reduce_ex__(2) }}", id="date-reduce"),
    pytest.param("{{ items|map(attribute='__class__')|list }}", id="map-attribute"),
    pytest.param("{{ items|map('attr', '__class__')|list }}", id="map-attr"),
    pytest.param("{{ items|selectattr('__class__')|list }}", id="selectattr"),
    pytest.param("{{ items|rejectattr('__class__')|list }}", id="rejectattr"),
    pytest.param("{{ items|sort(attribute='__class__') }}", id="sort-attribute"),
    pytest.param("{{ items|groupby('__class__') }}", id="groupby"),
    pytest.param("{{ items|sum(attribute='__class__') }}", id="sum-attribute"),
    pytest.param("{{ items|unique(attribute='__class__')|list }}", id="unique-attribute"),
    pytest.param("{{ items|join(attribute='__class__') }}", id="join-attribute"),
    pytest.param("{{ items|min(attribute='__class__') }}", id="min-attribute"),
    pytest.param("{{ items|map(attribute='__class__.__mro__')|list }}", id="dotted-attribute"),
    pytest.param("{{ items.append('x') }}", id="mutate-list"),
    pytest.param("{{ items.pop() }}", id="pop-list"),
]


@pytest.mark.parametrize("body", INTERNALS)
def test_reaching_python_internals_is_refused_by_the_sandbox(tmp_path: Path, body: str) -> None:
    error, output = attempt(tmp_path, body)
    assert isinstance(error, rejectlet.TemplateError), f"rendered: {output[:300]!r}"
    assert [d.code for d in error.diagnostics] == ["RJ305"]
    assert "refused by the sandbox" in error.diagnostics[0].message
    assert_located(error)
    assert_nothing_leaked(error, output)


GLOBALS = [
    pytest.param("{{ cycler.__init__.__globals__ }}", id="cycler"),
    pytest.param("{{ cycler(1, 2).__class__.__init__ }}", id="cycler-object"),
    pytest.param("{{ joiner.__init__.__globals__ }}", id="joiner"),
    pytest.param("{{ namespace.__init__.__globals__ }}", id="namespace"),
    pytest.param("{{ namespace.__class__ }}", id="namespace-class"),
    pytest.param("{{ lipsum.__globals__ }}", id="lipsum"),
    pytest.param("{{ lipsum.__globals__['os'].popen('id').read() }}", id="lipsum-os"),
]


@pytest.mark.parametrize("body", GLOBALS)
def test_jinja_globals_lead_nowhere(tmp_path: Path, body: str) -> None:
    # a global either does not exist for packs (a load error) or refuses its insides
    error, output = attempt(tmp_path, body)
    assert isinstance(error, rejectlet.PackError | rejectlet.TemplateError), output[:300]
    assert {d.code for d in error.diagnostics} <= {"RJ303", "RJ305"}, str(error)
    assert_located(error)
    assert_nothing_leaked(error, output)


PUBLISHED = [
    # str.format reaches attributes without the sandbox's getattr (2016)
    pytest.param('{{ "{0.__class__.__init__.__globals__}".format(name) }}', id="str-format"),
    # str.format_map, the same through a mapping (2019)
    pytest.param('{{ "{x.__class__.__init__.__globals__}".format_map({"x": name}) }}',
                 id="str-format-map"),
    # a stored reference to a format method, called later (2024)
    pytest.param('{% set f = "{0.__class__.__init__.__globals__}".format %}{{ f(name) }}',
                 id="stored-format"),
    pytest.param('{% set f = "{x.__class__}".format_map %}{{ f({"x": name}) }}',
                 id="stored-format-map"),
    # the attr filter fetching the format method (2025)
    pytest.param('{{ ("{0.__class__.__init__.__globals__}"|attr("format"))(name) }}',
                 id="attr-format"),
    pytest.param('{{ ("{x.__class__}"|attr("format_map"))({"x": name}) }}',
                 id="attr-format-map"),
    # the same references smuggled through containers, macros and globals
    pytest.param('{{ namespace(f="{0.__class__}".format).f(name) }}', id="namespace-held"),
    pytest.param('{{ {"f": "{0.__class__}".format}.f(name) }}', id="dict-held"),
    pytest.param('{% macro call(s) %}{{ s.format(name) }}{% endmacro %}'
                 '{{ call("{0.__class__}") }}', id="macro-held"),
    pytest.param('{{ "{0.__class__}".format.__call__(name) }}', id="dunder-call"),
    pytest.param('{{ cycler("{0.__class__}").next().format(name) }}', id="cycler-held"),
]


@pytest.mark.parametrize("body", PUBLISHED)
def test_published_sandbox_escapes_are_refused(tmp_path: Path, body: str) -> None:
    error, output = attempt(tmp_path, body)
    assert isinstance(error, rejectlet.RejectletError), f"rendered: {output[:300]!r}"
    assert {d.code for d in error.diagnostics} <= {"RJ303", "RJ305"}, str(error)
    assert_located(error)
    assert_nothing_leaked(error, output)


@pytest.mark.parametrize("body", [
    pytest.param('{% set f = "".format %}{{ f("{0.__class__}", 1) }}', id="empty-format"),
    pytest.param('{{ "%(a)s" % {"a": name} }}', id="percent-mapping"),
    pytest.param('{{ "{0:{1}}".format(count, "d") }}', id="nested-spec"),
    pytest.param("{{ {'onclick': 'alert(1)'}|xmlattr }}", id="xmlattr"),
])
def test_format_tricks_that_stay_inside_the_data_print_plain_words(tmp_path: Path,
                                                                   body: str) -> None:
    error, output = attempt(tmp_path, body)
    if error is not None:
        assert {d.code for d in error.diagnostics} <= {"RJ305", "RJ306"}, str(error)
        assert_located(error)
    assert_nothing_leaked(error, output)
    assert "<class" not in output


@pytest.mark.parametrize("body", [
    pytest.param("{{ range }}", id="range"),
    pytest.param("{{ cycler }}", id="cycler"),
    pytest.param("{{ joiner }}", id="joiner"),
    pytest.param("{{ namespace }}", id="namespace"),
    pytest.param("{{ self }}", id="self"),
    pytest.param("{{ name.upper }}", id="bound-method"),
    pytest.param("{{ items|map('upper') }}", id="generator"),
    pytest.param("{{ range|string }}", id="string-filter"),
    pytest.param('{{ "{0}".format(range) }}', id="format-function"),
    pytest.param('{{ "%r" % range }}', id="percent-repr"),
    pytest.param('{{ ""|attr("format") }}', id="format-method"),
])
def test_printing_a_function_or_class_shows_no_python_object(tmp_path: Path,
                                                            body: str) -> None:
    # a repr tells a stranger's pack about rejectlet's internals and memory layout
    error, output = attempt(tmp_path, body)
    if error is not None:
        assert {d.code for d in error.diagnostics} <= {"RJ303", "RJ305", "RJ306"}, str(error)
        assert_located(error)
    assert_nothing_leaked(error, output)


@pytest.mark.parametrize("condition", [
    pytest.param("name.__class__", id="dunder-class"),
    pytest.param("name|attr('__class__')", id="attr-filter"),
    pytest.param('"{0.__class__}".format(name)', id="str-format"),
    pytest.param("cycler.__init__.__globals__", id="global-internals"),
    pytest.param("self.__dict__", id="self-dict"),
    pytest.param("(range(10**9)|list)", id="range-bomb"),
    pytest.param("'x' * 10**9", id="repeat-bomb"),
])
def test_a_condition_is_sandboxed_and_reported_at_its_line(tmp_path: Path,
                                                           condition: str) -> None:
    folder = write_pack(tmp_path / "pack")
    quoted = "'" + condition.replace("'", "''") + "'"
    text = PACK_YAML.replace("@STYLES@", "").replace(
        "body: {kind: gratitude, file: body.md}",
        f"body: {{kind: gratitude, file: body.md, when: {quoted}}}")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    line = next(number for number, content in enumerate(text.splitlines(), start=1)
                if "when:" in content)
    try:
        letter = compose(folder)
    except rejectlet.RejectletError as exc:
        error: rejectlet.RejectletError = exc
    else:
        raise AssertionError(f"composed: {letter.blocks!r}")
    assert {d.code for d in error.diagnostics} <= {"RJ303", "RJ305"}, str(error)
    location = error.diagnostics[0].location
    assert location is not None
    assert (Path(location.path).name, location.line) == ("pack.yaml", line), str(error)
    assert_nothing_leaked(error, "")


@pytest.mark.parametrize("name", ["config", "request", "g", "url_for", "session",
                                  "__builtins__", "__import__", "os", "sys", "open"])
def test_names_a_web_framework_or_python_would_supply_are_unknown(tmp_path: Path,
                                                                  name: str) -> None:
    folder = write_pack(tmp_path / "pack", f"Hello {{{{ {name} }}}}.")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert [d.code for d in raised.value.diagnostics] == ["RJ303"]
    assert repr(name) in raised.value.diagnostics[0].message
    location = raised.value.diagnostics[0].location
    assert location is not None
    assert Path(location.path).name == "body.md"


# -- files outside the pack ------------------------------------------------------------

UP = "../" * 24

OUTSIDE = [
    pytest.param(f"{{% include '{UP}etc/passwd' %}}", id="include-dotdot"),
    pytest.param("{% include '/etc/passwd' %}", id="include-absolute"),
    pytest.param("{% include 'file:///etc/passwd' %}", id="include-file-url"),
    pytest.param("{% include 'etc-link/passwd' %}", id="include-through-folder-link"),
    pytest.param("{% include 'passwd-link' %}", id="include-file-link"),
    pytest.param("{% include '../pack-evil/secret.md' %}", id="include-sibling"),
    pytest.param("{% include 'parts/../../pack-evil/secret.md' %}", id="include-sub-dotdot"),
    pytest.param("{% include 'sibling-link' %}", id="include-link-to-sibling"),
    pytest.param("{% include 'evil-dir/secret.md' %}", id="include-folder-link-to-sibling"),
    pytest.param("{% include ['/etc/passwd', 'etc-link/passwd'] %}", id="include-list"),
    pytest.param("{% import '/etc/passwd' as secrets %}{{ secrets }}", id="import-absolute"),
    pytest.param(f"{{% import '{UP}etc/passwd' as secrets %}}{{{{ secrets }}}}",
                 id="import-dotdot"),
    pytest.param("{% from 'passwd-link' import anything %}{{ anything }}", id="from-link"),
    pytest.param("{% extends '/etc/passwd' %}", id="extends-absolute"),
    pytest.param("{% extends 'etc-link/passwd' %}", id="extends-link"),
    pytest.param(f"{{% extends '{UP}etc/passwd' %}}", id="extends-dotdot"),
]


@pytest.mark.parametrize("body", OUTSIDE)
def test_templates_cannot_read_files_outside_the_pack(tmp_path: Path, body: str) -> None:
    error, output = attempt(tmp_path, body)
    assert isinstance(error, rejectlet.TemplateError), f"rendered: {output[:300]!r}"
    assert {d.code for d in error.diagnostics} <= {"RJ305", "RJ306"}, str(error)
    assert_located(error)
    assert_nothing_leaked(error, output)


def test_an_include_that_may_be_missing_still_reads_nothing_outside(tmp_path: Path) -> None:
    error, output = attempt(tmp_path, "Hello. {% include 'passwd-link' ignore missing %}"
                                      "{% include 'sibling-link' ignore missing %}")
    assert error is None, str(error)
    assert "Hello." in output
    assert_nothing_leaked(error, output)


@pytest.mark.parametrize("name", ["/etc/passwd", f"{UP}etc/passwd", "passwd-link",
                                  "etc-link/passwd", "../pack-evil/secret.md", "sibling-link"])
def test_an_include_named_by_the_data_stays_inside_the_pack(tmp_path: Path, name: str) -> None:
    error, output = attempt(tmp_path, "{% include note %}", base_data(note=name))
    assert isinstance(error, rejectlet.TemplateError), f"rendered: {output[:300]!r}"
    assert {d.code for d in error.diagnostics} <= {"RJ305", "RJ306"}, str(error)
    assert_located(error)
    assert_nothing_leaked(error, output)


def test_an_include_inside_the_pack_still_works(tmp_path: Path) -> None:
    # the refusals above are about where a file is, not about including at all
    error, output = attempt(tmp_path, "{% include 'parts/thanks.md' %} " + SAFE_BODY)
    assert error is None, str(error)
    assert "Thanks again." in output


# -- data is never a template ----------------------------------------------------------

TEMPLATE_TEXT = [
    pytest.param("{{ 7*7 }}", id="expression"),
    pytest.param("{% for x in items %}x{% endfor %}", id="loop"),
    pytest.param("{# not a comment #}", id="comment"),
    pytest.param("{{ name.__class__ }}", id="internals"),
    pytest.param("{% include '/etc/passwd' %}", id="include"),
    pytest.param("{{ range(10**9)|list }}", id="bomb"),
    pytest.param("{% raw %}{{ x }}{% endraw %}", id="raw"),
    pytest.param("{{", id="unbalanced"),
]


@pytest.mark.parametrize("value", TEMPLATE_TEXT)
def test_template_code_in_data_is_printed_literally(tmp_path: Path, value: str) -> None:
    folder = write_pack(tmp_path / "pack", "Note: {{ note }}. Names: {{ items|join(', ') }}.")
    letter = compose(folder, base_data(note=value, items=[value, "Ben"],
                                       recipient={"name": value, "email": "ann@example.com"},
                                       name=value))
    text = squeeze(render_text(letter))
    page = render_html(letter)
    assert f"Note: {value}." in text
    assert f"Names: {value}, Ben." in text
    assert letter.subject == f"Thanks, {value}"
    assert letter.salutation == f"Dear {value},"
    assert html.escape(value, quote=False) in page
    assert "49" not in text
    assert "xx" not in text.replace(value, "")
    assert not shows_file_contents(text + page)
    assert not shows_python_object(text + page)
