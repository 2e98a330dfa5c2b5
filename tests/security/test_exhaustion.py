"""Exhaustion: hostile YAML, templates, Markdown, stylesheets and data must end
quickly with a clear, located RejectletError.

Inputs that would eat memory or time if a defence were missing run in child
processes with a cap on their address space (``tests.security._bounded``), all
started together so the slow ones overlap. Each child reports what it raised
and what the work cost: the template steps it was charged, and its time as a
multiple of an ordinary letter timed in the same child just before (never a
number of seconds, which a loaded machine would break).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import rejectlet
from rejectlet.renderers.pdf import run_isolated
from rejectlet.yamlio import load_yaml_text
from tests.security._support import (
    PACK_YAML,
    ChildReport,
    assert_cheap,
    base_data,
    codes,
    compose,
    render_pdf,
    run_in_child,
    write_pack,
)


@dataclass(frozen=True)
class TemplateBomb:
    """A section that asks for too much; ``note`` in the data is ``note_length`` long."""

    id: str
    body: str
    codes: frozenset[str] = frozenset({"RJ305"})
    note_length: int = 20_000
    finishing_allowed: bool = False


TIMED = frozenset({"RJ305", "RJ307"})
DOUBLINGS = "{% set a = note ~ note %}" + "{% set a = a ~ a %}" * 19 + "{{ a|length }}"
SQUARINGS = "{% set a = 10**64 %}" + "{% set a = a * a %}" * 24 + "{{ a > 1 }}"

TEMPLATE_BOMBS = [
    TemplateBomb("repeat-literal", "{{ 'x' * 10**9 }}"),
    TemplateBomb("repeat-data", "{{ note * 10**6 }}"),
    TemplateBomb("repeat-list", "{{ ([note] * 10**9)|length }}"),
    TemplateBomb("exponent", "{{ 10 ** (10 ** 9) }}"),
    TemplateBomb("range-huge", "{% for i in range(10**9) %}{% endfor %}"),
    TemplateBomb("range-nested",
                 "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}"
                 "{% endfor %}"),
    TemplateBomb("loop-data-squared-silent",
                 "{% for c in note %}{% for d in note %}{% endfor %}{% endfor %}",
                 frozenset({"RJ307"})),
    TemplateBomb("loop-data-squared-output",
                 "{% for c in note %}{% for d in note %}x{% endfor %}{% endfor %}"),
    TemplateBomb("loop-printing-data", "{% for i in range(9000) %}{{ note }}{% endfor %}",
                 note_length=1000),
    TemplateBomb("loop-over-data-printing-data", "{% for c in note %}{{ note }}{% endfor %}",
                 TIMED),
    TemplateBomb("replace-squared", "{{ note|replace('y', note)|length }}", TIMED),
    TemplateBomb("replace-cubed", "{{ (note|replace('y', note))|replace('y', note) }}",
                 TIMED),
    TemplateBomb("join-squared", "{{ note|join(note)|length }}", TIMED),
    TemplateBomb("concatenation-doubling", DOUBLINGS, TIMED),
    TemplateBomb("macro-doubling",
                 "{% macro grow(s) %}{{ grow(s ~ s) }}{% endmacro %}{{ grow(note) }}",
                 TIMED),
    TemplateBomb("format-width", "{{ '{:>9999999999}'.format(1) }}"),
    TemplateBomb("format-width-fits-memory", "{{ '{:>99999999}'.format(1) }}"),
    TemplateBomb("percent-width", "{{ '%09999999999d' % 1 }}"),
    TemplateBomb("center-width", "{{ note|center(10**9) }}"),
    TemplateBomb("indent-width", "{{ note|indent(10**9) }}"),
    TemplateBomb("slice-count", "{{ note|slice(10**9)|list|length }}", TIMED),
    TemplateBomb("power-tower", "{{ (10**64**64**64**64) > 1 }}", TIMED),
    TemplateBomb("repeated-squaring", SQUARINGS, TIMED),
    TemplateBomb("endless-recursion", "{% macro r(n) %}{{ r(n) }}{% endmacro %}{{ r(1) }}",
                 frozenset({"RJ305", "RJ306", "RJ307"})),
]

#: Markdown that a template builds while composing, past the load-time check.
MARKDOWN_BOMBS = [
    TemplateBomb("bracket-run-built-by-a-loop", "{% for i in range(9000) %}[{% endfor %}",
                 TIMED | {"RJ308"}),
    TemplateBomb("backtick-run-built-by-a-loop", "{% for i in range(9000) %}`{% endfor %}",
                 TIMED | {"RJ308"}, finishing_allowed=True),
    TemplateBomb("spaced-brackets", "[ " * 5000, TIMED | {"RJ308"}),
    TemplateBomb("quote-levels-on-one-line", "> " * 3000 + "deep",
                 TIMED | {"RJ308"}, finishing_allowed=True),
    TemplateBomb("quote-levels-built-by-a-loop", "{% for i in range(9000) %}> {% endfor %}x",
                 TIMED | {"RJ308"}, finishing_allowed=True),
    TemplateBomb("quote-levels-growing",
                 "".join(">" * level + " q\n" for level in range(1, 190)),
                 TIMED | {"RJ308"}, finishing_allowed=True),
    TemplateBomb("nested-list",
                 "".join("  " * level + "- item\n" for level in range(130)),
                 TIMED | {"RJ308"}, finishing_allowed=True),
    TemplateBomb("nested-list-built-by-a-loop",
                 "{% for i in range(600) %}{{ '  ' * i }}- item\n{% endfor %}",
                 TIMED | {"RJ308"}, finishing_allowed=True),
    TemplateBomb("nested-html-tags", "<div>" * 3000 + "x" + "</div>" * 3000,
                 TIMED | {"RJ308"}, finishing_allowed=True),
]


@dataclass(frozen=True)
class YamlBomb:
    """A hostile YAML text; ``message`` is a phrase of ours the refusal must carry.

    ``None`` where the YAML parser may refuse the text itself before our own
    check sees it: then the code, the location and the speed are what we own.
    """

    id: str
    text: str
    message: str | None


def _laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghij"
    for previous, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


YAML_BOMBS = [
    YamlBomb("billion-laughs", _laughs(), "anchors and aliases"),
    YamlBomb("one-alias", "name: &n Sam\nsigned: *n\n", "anchors and aliases"),
    YamlBomb("merge-key", "base: &b {x: 1}\nchild:\n  <<: *b\n", "not allowed"),
    YamlBomb("lists-1000-deep", "value: " + "[" * 1000 + "]" * 1000 + "\n", None),
    YamlBomb("mappings-1000-deep", "value: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n", None),
    YamlBomb("block-1000-deep",
             "".join(" " * level + "k:\n" for level in range(1000)) + " " * 1000 + "leaf: 1\n",
             "nesting deeper"),
    YamlBomb("lists-100000-deep", "value: " + "[" * 100_000 + "]" * 100_000 + "\n", None),
    YamlBomb("two-megabyte-comment", "# " + "x" * 2_000_000 + "\nname: Sam\n", "the limit is"),
    YamlBomb("two-megabyte-scalar", "note: " + "x" * 2_000_000 + "\n", "the limit is"),
]


#: Children run at once: enough to overlap the ones that wait out the deadline.
PARALLEL = 4


@pytest.fixture(scope="module")
def children(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ChildReport]]]:
    """Every capped child of this module, queued at once and run a few at a time."""
    root = tmp_path_factory.mktemp("bombs")
    jobs: dict[str, tuple[str, ...]] = {}
    for bomb in TEMPLATE_BOMBS + MARKDOWN_BOMBS:
        folder = write_pack(root / bomb.id, bomb.body)
        data = root / f"{bomb.id}.json"
        data.write_text(json.dumps(base_data(note="y" * bomb.note_length)), encoding="utf-8")
        jobs[bomb.id] = ("letter", str(folder), str(data))
    for case in YAML_BOMBS:
        path = root / f"{case.id}.yaml"
        path.write_text(case.text, encoding="utf-8")
        jobs[case.id] = ("yaml", str(path))
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        futures = {key: pool.submit(run_in_child, *args, timeout=90.0)
                   for key, args in jobs.items()}
        try:
            yield futures
        finally:
            for future in futures.values():
                future.cancel()


def assert_refused(report: ChildReport, wanted: frozenset[str]) -> None:
    assert report.outcome == "error", report.describe()
    assert report.codes, report.describe()
    assert set(report.codes) <= wanted, report.describe()
    assert report.located, report.describe()
    assert_cheap(report)


# -- YAML ------------------------------------------------------------------------------

@pytest.mark.parametrize("case", YAML_BOMBS, ids=[case.id for case in YAML_BOMBS])
def test_hostile_yaml_is_refused_quickly(children: dict[str, Future[ChildReport]],
                                         case: YamlBomb) -> None:
    report = children[case.id].result()
    assert_refused(report, frozenset({"RJ100"}))
    if case.message is not None:
        assert any(case.message in message for message in report.messages), report.describe()


def test_a_duplicate_key_is_an_error_not_the_last_one_winning() -> None:
    text = "name: Sam\nrole: Analyst\nname: Mallory\n"
    with pytest.raises(rejectlet.YamlError) as raised:
        load_yaml_text(text, "dup.yaml")
    (diagnostic,) = raised.value.diagnostics
    assert diagnostic.code == "RJ100"
    assert "duplicate key 'name' (first at line 1)" in diagnostic.message
    assert diagnostic.location is not None
    assert (diagnostic.location.path, diagnostic.location.line) == ("dup.yaml", 3)


@pytest.mark.parametrize("tagged", [
    "!!python/object/apply:os.system ['touch @MARKER@']",
    "!!python/object/new:os.system ['touch @MARKER@']",
    "!!python/object/apply:subprocess.check_call [['touch', '@MARKER@']]",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch @MARKER@']",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!custom value",
])
def test_a_yaml_tag_beyond_the_core_types_is_refused_and_never_run(tmp_path: Path,
                                                                   tagged: str) -> None:
    marker = tmp_path / "ran"
    text = f"name: Sam\nnote: {tagged.replace('@MARKER@', str(marker))}\n"
    with pytest.raises(rejectlet.YamlError) as raised:
        load_yaml_text(text, "tagged.yaml")
    (diagnostic,) = raised.value.diagnostics
    assert diagnostic.code == "RJ100"
    assert "is not allowed" in diagnostic.message
    assert diagnostic.location is not None
    assert diagnostic.location.line == 2
    assert not marker.exists()


# -- templates -------------------------------------------------------------------------

@pytest.mark.parametrize("bomb", TEMPLATE_BOMBS, ids=[bomb.id for bomb in TEMPLATE_BOMBS])
def test_a_template_asking_for_too_much_is_stopped_quickly(children: dict[str, Future[ChildReport]],
                                                           bomb: TemplateBomb) -> None:
    assert_refused(children[bomb.id].result(), bomb.codes)


@pytest.mark.parametrize("bomb", MARKDOWN_BOMBS, ids=[bomb.id for bomb in MARKDOWN_BOMBS])
def test_slow_or_deep_markdown_is_bounded(children: dict[str, Future[ChildReport]],
                                          bomb: TemplateBomb) -> None:
    report = children[bomb.id].result()
    if bomb.finishing_allowed and report.outcome == "ok":
        assert_cheap(report)
        return
    assert_refused(report, bomb.codes)


@pytest.mark.parametrize("run", ["[", "]", "`", "(", "*", "_", "<"])
def test_a_long_run_of_one_markdown_character_is_refused_when_the_pack_loads(
        tmp_path: Path, run: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thank you.\n\nSee " + run * 65 + " here.\n")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)  # refused before Markdown or Jinja read the run
    assert codes(raised.value) == ["RJ308"]
    location = raised.value.diagnostics[0].location
    assert location is not None
    assert (Path(location.path).name, location.line) == ("body.md", 3)


def test_a_template_over_the_size_limit_is_refused_when_the_pack_loads(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "word " * 5000)
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert codes(raised.value) == ["RJ308"]


# -- letter data -----------------------------------------------------------------------

RECORDS_PACK = PACK_YAML.replace(
    "  signature_image: {type: string}\n",
    "  signature_image: {type: string}\n"
    "  people: {type: records, fields: {name: {type: string}}}\n")


@pytest.mark.parametrize(("values", "what"), [
    pytest.param({"note": "y" * 20_001}, "20,001 characters", id="long-text"),
    pytest.param({"name": "y" * 20_001}, "20,001 characters", id="long-string"),
    pytest.param({"items": ["x"] * 201}, "201 items", id="long-list"),
    pytest.param({"people": [{"name": "Ann"}] * 51}, "51 entries", id="many-records"),
])
def test_letter_data_over_the_limits_is_refused(tmp_path: Path, values: dict[str, object],
                                                what: str) -> None:
    folder = write_pack(tmp_path / "pack")
    (folder / "pack.yaml").write_text(RECORDS_PACK.replace("@STYLES@", ""), encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as raised:
        compose(folder, base_data(**values))
    assert codes(raised.value) == ["RJ205"]
    assert what in raised.value.diagnostics[0].message
    assert raised.value.diagnostics[0].location is not None


def test_a_huge_value_in_a_data_file_is_refused_at_its_line(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    data = tmp_path / "letter.yaml"
    data.write_text("name: Ann Lee\nnote: " + "y" * 900_000 + "\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as raised:
        compose(folder, data)
    assert codes(raised.value) == ["RJ205"]
    location = raised.value.diagnostics[0].location
    assert location is not None
    assert (Path(location.path).name, location.line) == ("letter.yaml", 2)


def test_a_data_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    data = tmp_path / "letter.yaml"
    data.write_text("name: Ann Lee\nnote: " + "y" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(rejectlet.YamlError) as raised:
        compose(folder, data)
    assert codes(raised.value) == ["RJ100"]
    assert "the limit is 1,000,000" in raised.value.diagnostics[0].message


def test_data_files_including_each_other_in_a_circle_are_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    (tmp_path / "a.yaml").write_text("include: b.yaml\nname: Ann\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("include: a.yaml\nnote: hello\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as raised:
        compose(folder, tmp_path / "a.yaml")
    assert codes(raised.value) == ["RJ210"]


def test_a_batch_table_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    from rejectlet.batch import MAX_ROWS, read_rows

    table = tmp_path / "rows.csv"
    table.write_text("name\n" + "Ann\n" * (MAX_ROWS + 1), encoding="utf-8")
    pack = rejectlet.load_pack(write_pack(tmp_path / "pack"))
    with pytest.raises(rejectlet.DataError) as raised:
        list(read_rows(table, pack))
    assert codes(raised.value) == ["RJ205"]


# -- layout ----------------------------------------------------------------------------

@pytest.mark.pdf
@pytest.mark.parametrize(("css", "body"), [
    pytest.param("body { font-size: 3000px }", "Thank you. " + "word " * 300,
                 id="giant-type"),
    pytest.param("body { font-size: 240px }", "Thank you, {{ name }}. " + "word " * 2500,
                 id="thousands-of-pages"),
    pytest.param("p { break-after: page }", "Thanks.\n\n" + "line\n\n" * 1500,
                 id="a-page-per-paragraph"),
    pytest.param(".block p { margin-bottom: 100000px } p { break-inside: avoid }",
                 "Thanks.\n\n" + "line\n\n" * 500, id="huge-margins"),
])
def test_a_stylesheet_with_absurd_sizes_ends_in_a_page_or_time_limit(
        tmp_path: Path, css: str, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body, style=css)
    letter = compose(folder)
    timeout = 5.0
    run_isolated(functools.partial(_answer, b"warm"), 60.0)  # a worker waits, started
    with pytest.raises(rejectlet.RenderError) as raised:
        render_pdf(letter, timeout=timeout)  # a page limit (RJ417) or the time limit (RJ416)
    assert set(codes(raised.value)) <= {"RJ416", "RJ417"}, str(raised.value)
    assert raised.value.diagnostics[0].location is not None


def _sleep_then_answer(pid_file: Path) -> bytes:
    pid_file.write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(60)
    return b"too late"


def test_isolated_work_that_hangs_is_stopped_at_its_timeout(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    where = rejectlet.Location("letter.yaml", 1, 1)
    run_isolated(functools.partial(_answer, b"warm"), 60.0)  # a worker waits, started
    with pytest.raises(rejectlet.RenderError) as raised:
        run_isolated(functools.partial(_sleep_then_answer, pid_file), 1.0, where)
    assert codes(raised.value) == ["RJ416"]  # stopped by the timeout, not by its answer
    assert raised.value.diagnostics[0].location == where
    pid = int(pid_file.read_text(encoding="utf-8"))
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped, not left running


def _answer(value: bytes) -> bytes:
    return value


_PROBLEM = rejectlet.Diagnostic("RJ412", rejectlet.Severity.ERROR, "blocked",
                                rejectlet.Location("style.css", 3, 7), hint="keep it local")


def _refuse() -> bytes:
    raise rejectlet.RenderError([_PROBLEM])


def test_isolated_work_returns_its_result_and_its_errors() -> None:
    assert run_isolated(functools.partial(_answer, b"%PDF-1.7 fine"), 10.0) == b"%PDF-1.7 fine"
    with pytest.raises(rejectlet.RenderError) as raised:
        run_isolated(_refuse, 10.0)
    assert raised.value.diagnostics == (_PROBLEM,)


def _die(how: str) -> bytes:
    if how == "exit":
        os._exit(3)
    raise MemoryError("layout asked for too much")


@pytest.mark.parametrize("how", ["exit", "memory"])
def test_isolated_work_that_dies_is_reported(how: str) -> None:
    with pytest.raises(rejectlet.RenderError) as raised:
        run_isolated(functools.partial(_die, how), 10.0, rejectlet.Location("letter.yaml"))
    assert codes(raised.value) == ["RJ418"]  # reported as dying, not waited out (RJ416)
