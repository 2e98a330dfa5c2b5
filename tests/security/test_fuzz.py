"""Fuzzing: random pack files, random YAML, random letter data and random email
stylesheets, valid-looking and broken.

Whatever comes in, loading, validating and rendering text and HTML either
succeed or raise a RejectletError whose every problem has a location. Any
other exception, a hang, or HTML that carries markup rejectlet did not write,
fails the test. PDF is fuzzed on a handful of cases only, for time. The number
of cases each test ran is printed when the module finishes.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet.model import SectionKind
from rejectlet.yamlio import load_yaml_text
from tests.security._support import (
    PACK_YAML,
    markup_problems,
    render_email_html,
    render_pdf,
    write_pack,
)

#: Cases run per fuzz test, by outcome: printed when the module ends.
RUNS: defaultdict[str, Counter[str]] = defaultdict(Counter)

FAST = settings(max_examples=300, deadline=timedelta(seconds=10),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])


@pytest.fixture(scope="module", autouse=True)
def fuzz_summary(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    lines = []
    for name, counts in RUNS.items():
        outcomes = ", ".join(f"{counts[key]} {key}" for key in sorted(counts)
                             if key != "cases" and not key.startswith("RJ"))
        found = ", ".join(f"{key}×{counts[key]}" for key in sorted(counts)
                          if key.startswith("RJ"))
        lines.append(f"{name}: {counts['cases']} cases: {outcomes}"
                     + (f"; codes {found}" if found else ""))
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or not lines:
        return
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        reporter.ensure_newline()
        reporter.write_sep("-", "fuzz cases run")
        for line in lines:
            reporter.write_line(line)


def record(test: str, outcome: str, error: rejectlet.RejectletError | None = None) -> None:
    RUNS[test]["cases"] += 1
    RUNS[test][outcome] += 1
    for code in sorted({d.code for d in error.diagnostics} if error else ()):
        RUNS[test][code] += 1


def check_error(error: rejectlet.RejectletError) -> rejectlet.RejectletError:
    """Every problem says where it is."""
    for diagnostic in error.diagnostics:
        assert diagnostic.location is not None, f"no location: {diagnostic}"
        assert diagnostic.location.path, f"no file in the location: {diagnostic}"
    return error


# -- strategies ------------------------------------------------------------------------

SCALARS = (st.none() | st.booleans() | st.integers(-10**6, 10**6)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20))
JUNK = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


def mostly(valid: st.SearchStrategy[Any], odd: st.SearchStrategy[Any] = JUNK,
           weight: int = 4) -> st.SearchStrategy[Any]:
    """Usually a well-formed value, sometimes anything at all."""
    return st.one_of(*([valid] * weight), odd)


VARIABLE_NAMES = ["name", "note", "items", "count", "flag", "when", "mail", "people",
                  "sender.name", "sender.email", "recipient.name", "recipient.email",
                  "Bad Name", "x.y.z"]
KINDS = [kind.value for kind in SectionKind]
FILTERS = ["upper", "lower", "title", "trim", "length", "join_names", "last_name",
           "first_name", "longdate", "phrase", "add_days(3)", "default('x')", "join(', ')",
           "replace('a', 'b')", "first", "last", "list", "sort", "int", "round", "abs",
           "string", "e", "safe", "wordcount", "center(10)", "truncate(5)", "sum", "unique",
           "reverse", "batch(2)|list", "map('upper')|list", "attr('x')", "format('%s')"]
#: Markdown and Jinja pieces that keep a template well formed wherever they land.
MARKUP = ["\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "[link](https://e.example)",
          "![img](https://e.example/a.png)", "[bad](javascript:alert(1))", "> ", "- ", "1. ",
          "# ", "<b>", "</b>", "<script>", "&amp;", "|", "\\", "    ", "\t", "{% raw %}{{ x }}"
          "{% endraw %}", "{# note #}", "{% if true %}yes{% endif %}",
          "{% for i in range(3) %}{{ i }}{% endfor %}", "{{ 'a' ~ 1 }}"]
#: Pieces that break a template, or fail when it runs.
BROKEN = ["{{", "}}", "{%", "%}", "{#", "#}", "{% endif %}", "{% endfor %}", "{% else %}",
          "{{ 1 / 0 }}", "{{ none.x }}", "{% raw %}", "{{ undeclared }}", "{{ loop }}"]
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
                max_size=12)


def templates(names: list[str], *, broken: bool = True) -> st.SearchStrategy[str]:
    name = st.sampled_from(names or ["today"])
    pieces = [
        WORDS, WORDS,
        st.sampled_from(MARKUP),
        name.map(lambda n: "{{ " + n + " }}"),
        st.tuples(name, st.sampled_from(FILTERS)).map(lambda t: "{{ " + t[0] + "|" + t[1] + " }}"),
        st.tuples(name, WORDS).map(lambda t: "{% if " + t[0] + " %}" + t[1] + "{% endif %}"),
        name.map(lambda n: "{% for x in " + n + " %}{{ x }}, {% endfor %}"),
    ]
    if broken:
        pieces.append(st.sampled_from(BROKEN))
    return st.lists(st.one_of(*pieces), max_size=10).map("".join)


GOOD_NAMES = ["name", "note", "items", "count", "flag", "mail", "people", "sender.name",
              "recipient.name", "recipient.email"]
GOOD_TYPES = {"name": "string", "note": "text", "items": "list", "count": "integer",
              "flag": "bool", "mail": "email", "people": "records", "sender.name": "string",
              "recipient.name": "string", "recipient.email": "email"}


@st.composite
def good_pack(draw: st.DrawFn) -> dict[str, Any]:
    """A pack document that loads."""
    chosen = draw(st.lists(st.sampled_from(GOOD_NAMES), min_size=1, max_size=6, unique=True))
    variables: dict[str, Any] = {}
    for name in chosen:
        spec: dict[str, Any] = {"type": GOOD_TYPES[name]}
        if draw(st.booleans()):
            spec["required"] = draw(st.booleans())
        if GOOD_TYPES[name] == "records":
            spec["fields"] = {"name": {"type": "string", "required": True},
                              "role": {"type": "string"}}
        if GOOD_TYPES[name] == "string" and draw(st.integers(0, 4)) == 0:
            spec["choices"] = ["warm", "formal"]
        variables[name] = spec
    names = [n for n in chosen if n != "people"] or ["today"]
    text = templates(names, broken=False)
    section_ids = draw(st.lists(st.sampled_from(["thanks", "fit", "interest", "later"]),
                                min_size=1, max_size=4, unique=True))
    sections: dict[str, Any] = {}
    for section_id in section_ids:
        sections[section_id] = {"kind": draw(st.sampled_from(KINDS)), "text": draw(text)}
        if draw(st.integers(0, 4)) == 0:
            sections[section_id]["when"] = draw(st.sampled_from(names))
    letters: dict[str, Any] = {}
    for letter_id in draw(st.lists(st.sampled_from(["reply", "note", "check-in"]), min_size=1,
                                   max_size=2, unique=True)):
        letters[letter_id] = {
            "salutation": draw(text), "closing": draw(text), "signature": draw(text),
            "body": draw(st.lists(st.sampled_from(section_ids), min_size=1, max_size=3,
                                  unique=True)),
        }
        if draw(st.booleans()):
            letters[letter_id]["subject"] = draw(text)
        if "people" in chosen and draw(st.integers(0, 2)) == 0:
            letters[letter_id].update({"type": "panel-thanks", "each": "people"})
    return {"pack": "fuzz-pack", "version": "1.0.0", "variables": variables,
            "sections": sections, "letters": letters}


def _spot(document: dict[str, Any], draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """A mapping somewhere in the document and one of its keys."""
    places: list[tuple[dict[str, Any], str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                places.append((node, key))
                walk(value)

    walk(document)
    return draw(st.sampled_from(places)) if places else ({"spare": None}, "spare")


def _pick(table: Any, draw: st.DrawFn) -> dict[str, Any]:
    """One mapping-valued entry of ``table``, or a throwaway mapping if it has none."""
    if not isinstance(table, dict):
        return {}
    entries = [value for value in table.values() if isinstance(value, dict)]
    return draw(st.sampled_from(entries)) if entries else {}


BREAKAGES = ["junk-value", "unknown-key", "drop-key", "bad-type", "bad-kind", "both-text-file",
             "missing-section", "broken-template", "undeclared-name", "outside-file",
             "bad-when", "each-not-records", "bad-name"]


@st.composite
def pack_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A pack that loads, with none, one or a few things broken in it."""
    document = draw(good_pack())
    count = draw(st.sampled_from([0, 0, 0, 1, 1, 2, 3]))
    for breakage in draw(st.lists(st.sampled_from(BREAKAGES), min_size=count, max_size=count)):
        section = _pick(document.get("sections"), draw)
        letter = _pick(document.get("letters"), draw)
        if breakage == "junk-value":
            node, key = _spot(document, draw)
            node[key] = draw(JUNK)
        elif breakage == "unknown-key":
            node, _ = _spot(document, draw)
            node[draw(st.sampled_from(["colour", "Text", "bodyy"]))] = draw(JUNK)
        elif breakage == "drop-key":
            node, key = _spot(document, draw)
            del node[key]
        elif breakage == "bad-type":
            _pick(document.get("variables"), draw)["type"] = draw(
                st.sampled_from(["str", "number", "records", "list"]))
        elif breakage == "bad-kind":
            section["kind"] = draw(st.sampled_from(["praise", "", "Gratitude"]))
        elif breakage == "both-text-file":
            section["file"] = draw(st.sampled_from(["part.md", "missing.md"]))
            if draw(st.booleans()):
                section.pop("text", None)
        elif breakage == "missing-section":
            body = letter.get("body")
            letter["body"] = [*(body if isinstance(body, list) else []), "missing"]
        elif breakage == "broken-template":
            section["text"] = str(section.get("text", "")) + draw(st.sampled_from(BROKEN))
        elif breakage == "undeclared-name":
            letter["salutation"] = "Dear {{ undeclared_person }},"
        elif breakage == "outside-file":
            section.pop("text", None)
            section["file"] = draw(st.sampled_from(["../x.md", "/etc/passwd", "link.md"]))
        elif breakage == "bad-when":
            section["when"] = draw(st.sampled_from(["((", "undeclared", "1 +", "name.__class__"]))
        elif breakage == "each-not-records":
            letter["each"] = draw(st.sampled_from(["name", "nothing"]))
        elif breakage == "bad-name":
            document["pack"] = draw(st.sampled_from(["Bad Name", "", "x" * 80]) | JUNK)
    return document


def mutate(text: str, data: st.DataObject) -> str:
    """Now and then break the YAML: insert or delete a character somewhere."""
    choice = data.draw(st.integers(0, 9))
    if choice > 1 or not text:
        return text
    at = data.draw(st.integers(0, len(text) - 1))
    if choice == 0:
        return text[:at] + text[at + 1:]
    return text[:at] + data.draw(st.sampled_from(list(":[]{}-&*!|>'\"#\t\n%@`,?"))) + text[at:]


HOSTILE_TEXT = st.sampled_from(["{{ 7*7 }}", "<script>alert(1)</script>", "*NSYNC <b>",
                                "[x](javascript:alert(1))", "\ue0000\ue001", "a\nb",
                                "\u2028", "&amp;", "](https://e.example)"])


LINE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl",
                                                                      "Zp"]), max_size=12)


def values_for(variable: rejectlet.Variable, hostile: bool) -> st.SearchStrategy[Any]:
    """A value of the variable's type; in a hostile case, sometimes anything at all."""
    line = LINE | HOSTILE_TEXT.filter(lambda t: "\n" not in t)
    if variable.choices:
        line = st.sampled_from(variable.choices)
    fields = variable.fields
    entry = st.fixed_dictionaries(
        {name: LINE for name, field in fields.items() if field.required},
        optional={name: line for name, field in fields.items() if not field.required})
    typed: dict[str, st.SearchStrategy[Any]] = {
        "string": line, "text": WORDS | HOSTILE_TEXT,
        "email": st.sampled_from(["a@example.com", "b.c@example.org"]),
        "list": st.lists(line, max_size=4), "bool": st.booleans(),
        "integer": st.integers(-5, 10**12), "date": st.dates().map(str),
        "records": st.lists(entry, min_size=1, max_size=3),
    }
    valid = typed.get(variable.type, line)
    return mostly(valid, JUNK | st.sampled_from(["nope", "a\nb", "", "x" * 20_001]), 2) \
        if hostile else valid


@st.composite
def letter_data(draw: st.DrawFn, pack: rejectlet.Pack,
                skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Data for the pack: three cases in four well-formed, the rest with odd values."""
    hostile = draw(st.integers(0, 3)) == 0
    data: dict[str, Any] = {}
    for name, variable in pack.variables.items():
        if name in skip:
            continue
        if variable.required or draw(st.integers(0, 3)):
            target = data
            *groups, leaf = name.split(".")
            for group in groups:
                target = target.setdefault(group, {})
            target[leaf] = draw(values_for(variable, hostile))
    if hostile and draw(st.booleans()):
        data[draw(st.sampled_from(["extra", "Name", "sender"]))] = draw(JUNK)
    return data


def exercise(pack: rejectlet.Pack, data: st.DataObject, test: str) -> None:
    """Compose every letter kind of the pack from random data; render text and HTML."""
    for kind in pack.letters:
        values = data.draw(letter_data(pack))
        try:
            letters = rejectlet.compose_all(pack, kind, values)
            for letter in letters:
                rejectlet.validate(letter)
                rejectlet.render(letter, "text", force=True)
                page = rejectlet.render(letter, "html", force=True)
                assert markup_problems(page) == []
        except rejectlet.RejectletError as exc:
            record(test, "refused", check_error(exc))
        else:
            record(test, "rendered")


# -- pack files ------------------------------------------------------------------------

@FAST
@given(document=pack_documents(), data=st.data())
def test_random_pack_files_load_or_fail_with_located_errors(document: dict[str, Any],
                                                            data: st.DataObject) -> None:
    text = mutate(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), data)
    folder = Path(tempfile.mkdtemp(prefix="fuzzpack-"))
    try:
        (folder / "pack.yaml").write_text(text, encoding="utf-8")
        (folder / "part.md").write_text(data.draw(templates(["name", "note"])),
                                        encoding="utf-8")
        (folder / "link.md").symlink_to("/etc/passwd")
        try:
            pack = rejectlet.load_pack(folder)
        except rejectlet.RejectletError as exc:
            record("pack files", "refused", check_error(exc))
            return
        record("pack files", "loaded")
        exercise(pack, data, "letters from random packs")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


YAML_PIECES = ["a: ", "b: 1", "- ", "[", "]", "{", "}", "&x ", "*x", "!!python/name:os.system ",
               "!!str ", "!custom ", "<<: ", "\n", "  ", "'", '"', "|", ">-", "#", "? ", ":",
               ",", "%YAML 1.1\n", "---\n", "...\n", "\t", "\\", "\x00", "\ufeff", "1e999",
               ".nan", "2024-13-45", "0x1F", "~", "null", "key", "é", "\u2028", "\r"]


@FAST
@given(text=st.lists(st.sampled_from(YAML_PIECES) | WORDS, max_size=40).map("".join))
def test_random_yaml_parses_or_fails_with_a_located_error(text: str) -> None:
    try:
        load_yaml_text(text, "fuzz.yaml")
    except rejectlet.YamlError as exc:
        record("YAML text", "refused", check_error(exc))
        assert all(d.location is not None and d.location.path == "fuzz.yaml"
                   for d in exc.diagnostics)
    else:
        record("YAML text", "parsed")


# -- letter data against a fixed pack ----------------------------------------------------

RICH_PACK = """\
pack: rich
version: 1.0.0
variables:
  name: {type: string, required: true}
  note: {type: text}
  items: {type: list}
  count: {type: integer}
  flag: {type: bool}
  date: {type: date}
  mail: {type: email}
  tone: {type: string, choices: [warm, formal]}
  recipient.name: {type: string}
  people: {type: records, fields: {name: {type: string, required: true}, role: {type: string}}}
sections:
  thanks:
    kind: gratitude
    text: |
      Thank you, {{ name }}, for {{ note }}.
      {% if flag %}**Yes** to {{ items|join_names }}.{% endif %}
      {% if date %}On {{ date|longdate }}.{% endif %} {{ count }}
      [site](https://e.example/{{ tone }})
  interest: {kind: interest, when: "tone == 'warm'", text: "I remain keen, {{ recipient.name }}."}
letters:
  reply:
    subject: "Thanks, {{ name }}"
    salutation: "Dear {{ recipient.name or name }},"
    body: [thanks, interest]
    closing: "Regards,"
    signature: "{{ name }}"
  panel:
    type: panel-thanks
    each: people
    salutation: "Dear {{ person.name }},"
    body: [thanks]
    closing: "Regards,"
    signature: "{{ name }}"
"""


@pytest.fixture(scope="module")
def rich_pack(tmp_path_factory: pytest.TempPathFactory) -> rejectlet.Pack:
    folder = tmp_path_factory.mktemp("rich")
    (folder / "pack.yaml").write_text(RICH_PACK, encoding="utf-8")
    return rejectlet.load_pack(folder)


@FAST
@given(data=st.data())
def test_random_letter_data_renders_or_fails_with_located_errors(rich_pack: rejectlet.Pack,
                                                                data: st.DataObject) -> None:
    exercise(rich_pack, data, "letter data")


# -- email stylesheets -----------------------------------------------------------------

CSS_LOADERS = ["url(", "URL (", "\\75 rl(", "\\55 RL(", "u\\rl(", "image(", "image-set(",
               "-webkit-image-set(", "src(", "cross-fade("]
CSS_VALUES = ["red", "1px solid #ccc", "Georgia, serif", "none", "inherit"]
CSS_JUNK = ["}", "{", "/*", "*/", "\\", ";", "\n", "</style>", "<script>alert(1)</script>",
            "</STYLE ><img src=x onerror=alert(1)>", "@import 'http://127.0.0.1:9/i.css';",
            "@font-face { src: url(http://127.0.0.1:9/f.woff) }", "@media print {"]


@st.composite
def email_stylesheets(draw: st.DrawFn) -> str:
    rules = []
    for _ in range(draw(st.integers(1, 4))):
        selector = draw(st.sampled_from(["p", "td.content", ".signature", "a", "*"]))
        prop = draw(st.sampled_from(["color", "background", "background-image", "border",
                                     "font-family", "list-style-image"]))
        if draw(st.booleans()):
            quote = draw(st.sampled_from(["", "'", '"']))
            value = (draw(st.sampled_from(CSS_LOADERS)) + quote
                     + draw(st.sampled_from(["http://127.0.0.1:9/p.gif", "data:,x",
                                             "//127.0.0.1:9/q.gif"])) + quote + ")")
        else:
            value = draw(st.sampled_from(CSS_VALUES))
        rules.append(f"{selector} {{ {prop}: {value} }}")
        if draw(st.integers(0, 3)) == 0:
            rules.append(draw(st.sampled_from(CSS_JUNK)))
    return "\n".join(rules)


@settings(FAST, max_examples=150)
@given(css=email_stylesheets())
def test_a_random_email_stylesheet_is_refused_or_loads_nothing(css: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzzcss-"))
    try:
        write_pack(folder / "pack", "Thank you, {{ name }}.", email_style=css)
        pack = rejectlet.load_pack(folder / "pack")
        letter = rejectlet.compose(pack, "note", {
            "name": "Ann", "sender": {"name": "Sam", "email": "sam@example.com"},
            "recipient": {"name": "Ann", "email": "ann@example.com"}})
        try:
            part = render_email_html(letter)
        except rejectlet.RejectletError as exc:
            record("email stylesheets", "refused", check_error(exc))
            return
        record("email stylesheets", "rendered")
        assert markup_problems(part, email=True) == []
        assert "127.0.0.1" not in part, part[part.find("127.0.0.1") - 80:][:160]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- PDF, on a handful -----------------------------------------------------------------

@pytest.mark.pdf
@settings(FAST, max_examples=5, deadline=None)
@given(data=st.data())
def test_random_letter_data_makes_a_pdf_or_a_located_error(data: st.DataObject) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzzpdf-"))
    try:
        (folder / "pack.yaml").write_text(PACK_YAML.replace("@STYLES@", ""), encoding="utf-8")
        body = data.draw(templates(["name", "note", "items"], broken=False))
        (folder / "body.md").write_text(body + " ", encoding="utf-8")
        try:
            pack = rejectlet.load_pack(folder)
            values = data.draw(letter_data(pack, skip=("signature_image",)))
            letter = rejectlet.compose(pack, "note", values)
            pdf = render_pdf(letter, timeout=30)  # a layout over its time is RJ416
        except rejectlet.RejectletError as exc:
            record("PDF", "refused", check_error(exc))
            return
        record("PDF", "rendered")
        assert pdf.startswith(b"%PDF-")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
