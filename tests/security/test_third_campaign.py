"""Findings of the third independent campaign, kept closed: pack code that raises
anything at all, templates nested past what Python can compile, malformed pack
keys, data with huge numbers of unknown keys, special files named on the command
line, pack checks that scan slowly, and limits that are not numbers."""

from __future__ import annotations

import math
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet import data as data_module
from rejectlet import nesting
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.cli import main

from ._support import assert_located, base_data, codes, write_pack

# -- any exception raised by pack code is a located error ----------------------------

FAILING_CALLS = {
    "truncate-negative": "{{ name | truncate(3 - name | length) }}",
    "truncate-end-too-long": "{{ name | truncate(4, end='......') }}",
    "truncate-leeway-negative": "{{ name | truncate(5, leeway=-1) }}",
    "empty-cycler": "{{ cycler() }}",
    "empty-cycler-next": "{{ cycler().next() }}",
    "empty-loop-cycle": "{% for x in items %}{{ loop.cycle() }}{% endfor %}",
    "format-index": "{{ '{0} {5}'.format(name) }}",
    "range-step-zero": "{{ range(1, 5, 0) | list }}",
    "slice-zero": "{{ items | slice(0) | list }}",
}


@pytest.mark.parametrize("body", FAILING_CALLS.values(), ids=FAILING_CALLS.keys())
def test_any_exception_a_template_raises_is_a_located_error(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    pack = rejectlet.load_pack(folder)
    with pytest.raises(rejectlet.TemplateError) as raised:
        rejectlet.compose(pack, "note", base_data())
    assert codes(raised.value) == ["RJ306"]
    assert_located(raised.value)
    (problem,) = raised.value.diagnostics
    assert problem.location is not None and problem.location.path.endswith("body.md")


def test_the_message_names_the_filter_that_failed(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "Hi\n{{ name | truncate(-1) }}")
    with pytest.raises(rejectlet.TemplateError) as raised:
        rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    (problem,) = raised.value.diagnostics
    assert "truncate" in problem.message
    assert problem.location is not None and problem.location.line == 2


def test_a_failing_condition_is_a_located_error(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text("utf-8").replace(
        "body: {kind: gratitude, file: body.md}",
        "body: {kind: gratitude, file: body.md, when: \"name | truncate(-4)\"}")
    (folder / "pack.yaml").write_text(text, "utf-8")
    with pytest.raises(rejectlet.TemplateError) as raised:
        rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert codes(raised.value) == ["RJ306"]
    assert_located(raised.value)


ROW_PACK = """\
pack: rows
version: 1.0.0
language: en
variables:
  name: {type: string, required: true}
  count: {type: integer, required: true}
sections:
  thanks:
    kind: gratitude
    text: "Thank you, {{ name | truncate(count) }}, for your time and the interview."
  interest:
    kind: interest
    text: "I remain keen on the team and would be glad to stay in touch."
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ name }},"
    body: [thanks, interest]
    closing: "Best regards,"
    signature: "Sam Ortiz"
"""


def test_a_row_whose_data_makes_a_filter_fail_fails_alone(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(ROW_PACK, "utf-8")
    pack = rejectlet.load_pack(folder)
    table = tmp_path / "rows.csv"
    table.write_text("name,count\nAnn Lee,30\nBen Cho,-7\nCy Diaz,30\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    report = run_batch(BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)),
                                inputs=(table,), fmt="text", pattern=str(out / "{n}.txt")))
    assert list(report.failed) == [3]
    assert [d.code for d in report.failed[3]] == ["RJ306"]
    written = sorted(p.read_text("utf-8") for p in out.iterdir())
    assert len(written) == 2
    assert "Ann Lee" in written[0] and "Cy Diaz" in written[1]


# -- limits must be finite positive numbers ------------------------------------------

LIMIT_FIELDS = [name for name in rejectlet.Limits.__slots__]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, -1, 0, True, "5"],
                         ids=["nan", "inf", "-inf", "negative", "zero", "bool", "str"])
@pytest.mark.parametrize("field", LIMIT_FIELDS)
def test_a_limit_that_is_not_a_finite_positive_number_is_refused(field: str,
                                                                  value: Any) -> None:
    with pytest.raises(ValueError, match=f"Limits.{field} "):
        rejectlet.Limits(**{field: value})


# -- files named on the command line must be regular files --------------------------

def _special(tmp_path: Path, kind: str) -> Path:
    if kind == "device":
        return Path("/dev/zero")
    fifo = tmp_path / "letter.yaml"
    os.mkfifo(fifo)
    return fifo


SPECIAL_KINDS = [pytest.param("device", marks=pytest.mark.skipif(
    not Path("/dev/zero").exists(), reason="needs /dev/zero")),
    pytest.param("fifo", marks=pytest.mark.skipif(not hasattr(os, "mkfifo"),
                                                  reason="needs FIFOs"))]


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_a_data_file_that_is_a_device_or_fifo_is_refused_before_reading(tmp_path: Path,
                                                                         kind: str) -> None:
    path = _special(tmp_path, kind)
    with pytest.raises(rejectlet.RejectletError) as raised:
        rejectlet.read_data_file(path)
    assert codes(raised.value) == ["RJ102"]
    assert_located(raised.value)


@pytest.mark.parametrize("option", ["data", "--profile", "--formats"])
@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_the_command_line_refuses_special_files(tmp_path: Path, kind: str,
                                                option: str) -> None:
    special = _special(tmp_path, kind)
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(ROW_PACK, "utf-8")
    letter = tmp_path / "reply.yaml"
    letter.write_text(f"pack: {folder}\nletter: reply\nname: Ann Lee\ncount: 30\n", "utf-8")
    table = tmp_path / "rows.csv"
    table.write_text("name,count\nAnn Lee,30\n", "utf-8")
    if option == "data":
        args = ["render", str(special), "-f", "text", "-o", str(tmp_path / "out.txt")]
    elif option == "--profile":
        args = ["batch", str(table), "--profile", str(special), "--pack", str(folder),
                "--letter", "reply", "--dry-run"]
    else:
        args = ["render", str(letter), "-f", "pdf", "--formats", str(special),
                "-o", str(tmp_path / "out.pdf")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "RJ102" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.txt").exists() and not (tmp_path / "out.pdf").exists()


# -- templates nested past what Jinja or Python can compile ---------------------------

DEEP_TEMPLATES = {
    "parentheses": "{{ " + "( " * 400 + "name" + " )" * 400 + " }}",
    "not-chain": "{{ " + "not " * 1_000 + "name }}",
    "minus-chain": "{{ " + "-" * 1_000 + "count }}",
    "plus-chain": "{{ " + " + ".join(["count"] * 300) + " }}",
    "attribute-chain": "{{ name" + ".upper" * 300 + " }}",
    "filter-chain": "{{ name" + " | lower" * 300 + " }}",
    "list-literals": "{{ " + "[ " * 300 + "] " * 300 + " }}",
    "calls": "{{ " + "range(" * 300 + "1" + ")" * 300 + " }}",
    "for-21": "{% for x in items %}" * 21 + "x" + "{% endfor %}" * 21,
    "if-120": "{% if name %}\n" * 120 + "x" + "{% endif %}" * 120,
    "set-blocks": "{% set a %}" * 30 + "x" + "{% endset %}" * 30,
    "macros": "{% macro m() %}" * 30 + "x" + "{% endmacro %}" * 30,
}


@pytest.mark.parametrize("body", DEEP_TEMPLATES.values(), ids=DEEP_TEMPLATES.keys())
def test_a_template_nested_too_deeply_is_refused_at_load(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thank you.\n" + body)
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    (problem,) = raised.value.diagnostics
    assert problem.code == "RJ308"
    assert problem.location is not None and problem.location.path.endswith("body.md")
    assert problem.location.line >= 2
    assert any(str(limit) in problem.message for limit in (
        nesting.MAX_BLOCK_DEPTH, nesting.MAX_BRACKET_DEPTH, nesting.MAX_UNARY_RUN,
        nesting.MAX_EXPRESSION_DEPTH))


@pytest.mark.parametrize("condition", ["not " * 1_000 + "name", "( " * 500 + "name" + " )" * 500,
                                       " + ".join(["count"] * 500) + " > 1"],
                         ids=["not-chain", "parentheses", "plus-chain"])
def test_a_condition_nested_too_deeply_is_refused_at_load(tmp_path: Path,
                                                          condition: str) -> None:
    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text("utf-8").replace(
        "body: {kind: gratitude, file: body.md}",
        f"body: {{kind: gratitude, file: body.md, when: \"{condition}\"}}")
    (folder / "pack.yaml").write_text(text, "utf-8")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert codes(raised.value) == ["RJ308"]
    (problem,) = raised.value.diagnostics
    assert problem.location is not None and problem.location.path.endswith("pack.yaml")
    assert problem.location.line > 0


def test_templates_within_the_nesting_bounds_still_compile(tmp_path: Path) -> None:
    inner = "{% for x in items %}" * nesting.MAX_BLOCK_DEPTH + "{{ x }}" \
        + "{% endfor %}" * nesting.MAX_BLOCK_DEPTH
    body = (inner + " {{ " + "(" * nesting.MAX_BRACKET_DEPTH + "count"
            + ")" * nesting.MAX_BRACKET_DEPTH + " }} {{ " + "not " * nesting.MAX_UNARY_RUN
            + "name }} {% set xs = [" + ", ".join(["-1"] * 50) + "] %}{{ xs | length }}")
    letter = rejectlet.compose(rejectlet.load_pack(write_pack(tmp_path / "pack", body)),
                               "note", base_data(items=["a"]))
    assert "50" in letter.blocks[0].text


# -- malformed pack keys ---------------------------------------------------------------

def _edited_pack(tmp_path: Path, old: str, new: str) -> Path:
    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text("utf-8")
    assert old in text
    (folder / "pack.yaml").write_text(text.replace(old, new), "utf-8")
    return folder


PACK_KEY_EDITS = {
    "style-nul": ("language: en\n", 'language: en\nstyle: "a\\0b.css"\n'),
    "email-style-nul": ("language: en\n", 'language: en\nemail_style: "a\\0b.css"\n'),
    "section-file-nul": ("file: body.md", 'file: "body\\0.md"'),
    "extends-nul": ("language: en\n", 'language: en\nextends: "cla\\0ssic"\n'),
    "page-layout-list": ("language: en\n", "language: en\npage: {layout: [x]}\n"),
    "page-layout-mapping": ("language: en\n", "language: en\npage: {layout: {a: b}}\n"),
    "page-size-list": ("language: en\n", "language: en\npage: {size: [a4]}\n"),
    "page-list": ("language: en\n", "language: en\npage: [a4]\n"),
}


@pytest.mark.parametrize("edit", PACK_KEY_EDITS.values(), ids=PACK_KEY_EDITS.keys())
def test_a_malformed_pack_key_is_a_located_error(tmp_path: Path,
                                                 edit: tuple[str, str]) -> None:
    folder = _edited_pack(tmp_path, *edit)
    with pytest.raises(rejectlet.RejectletError) as raised:
        rejectlet.load_pack(folder)
    assert_located(raised.value)
    assert all(d.location is not None and d.location.line > 0
               for d in raised.value.diagnostics)


# -- declared pack checks are metered and scan in linear time -------------------------

CHECKED_PACK = """\
pack: checked
version: 1.0.0
language: en
variables:
  strengths: {type: text, required: true}
sections:
  thanks:
    kind: gratitude
    text: "Thank you for your time and the interview. {{ strengths }}"
  interest:
    kind: interest
    text: "I remain keen on the team and would be glad to stay in touch."
letters:
  reply:
    salutation: "Dear Ms. Lee,"
    body: [thanks, interest]
    closing: "Best regards,"
    signature: "Sam Ortiz"
checks:
  - code: ACME001
    message: m
    scope: letter
    forbid: [a]
    exceptions: [@EXCEPTIONS@]
"""


def _checked_letter(tmp_path: Path, words: int) -> rejectlet.Letter:
    folder = tmp_path / "pack"
    folder.mkdir()
    exceptions = ", ".join([" ".join(["a"] * 24)] * 999)
    (folder / "pack.yaml").write_text(CHECKED_PACK.replace("@EXCEPTIONS@", exceptions),
                                      "utf-8")
    pack = rejectlet.load_pack(folder)
    return rejectlet.compose(pack, "reply", {"strengths": " ".join(["a"] * words) + " b"})


def test_declared_checks_scan_one_group_free_pattern_per_phrase_list() -> None:
    from rejectlet.rules import declared

    phrases = tuple(f"phrase {i} here" for i in range(1_000))
    compiled = declared._phrases(phrases)
    assert compiled is not None
    assert "(?P<" not in compiled.pattern.pattern
    assert compiled.which("phrase 517 here") == 517


def test_declared_checks_count_against_the_letter_budget_in_a_thread(tmp_path: Path) -> None:
    letter = _checked_letter(tmp_path, 5_000)
    found: list[list[str]] = []

    def work() -> None:
        with rejectlet.budget(rejectlet.Limits(operations=2_000)):
            found.append([d.code for d in rejectlet.validate(letter)])

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert found and "RJ307" in found[0]


def test_declared_checks_with_many_exceptions_still_find_and_except(tmp_path: Path) -> None:
    letter = _checked_letter(tmp_path, 30)
    problems = [d for d in rejectlet.validate(letter) if d.code == "ACME001"]
    # 30 words of 'a': the first 24 stand inside an exception, the rest do not
    assert len(problems) == 1
    assert problems[0].location is not None


# -- data with very many unknown keys ----------------------------------------------------

def test_data_with_too_many_values_is_refused_at_the_value_past_the_limit(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    data = tmp_path / "letter.yaml"
    data.write_text("".join(f"zz{i}: v\n" for i in range(data_module.MAX_DATA_VALUES + 5)),
                    "utf-8")
    with pytest.raises(rejectlet.DataError) as raised:
        rejectlet.compose(rejectlet.load_pack(folder), "note",
                          rejectlet.read_data_file(data))
    (problem,) = raised.value.diagnostics
    assert problem.code == "RJ205"
    assert problem.location is not None and problem.location.path.endswith("letter.yaml")
    assert problem.location.line == data_module.MAX_DATA_VALUES + 1


def test_many_unknown_keys_are_reported_in_a_bounded_number_of_findings(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    unknown = data_module.MAX_DATA_VALUES - 20
    data = base_data(**{f"zz{i}": "v" for i in range(unknown)})
    with pytest.raises(rejectlet.DataError) as raised:
        rejectlet.compose(rejectlet.load_pack(folder), "note", data)
    found = raised.value.diagnostics
    assert {d.code for d in found} == {"RJ202"}
    assert len(found) == data_module.MAX_UNKNOWN_REPORTED + 1
    assert f"{unknown - data_module.MAX_UNKNOWN_REPORTED:,}" in found[-1].message


def test_a_batch_row_with_too_many_values_fails_alone(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(ROW_PACK, "utf-8")
    pack = rejectlet.load_pack(folder)
    table = tmp_path / "rows.yaml"
    wide = ", ".join(f"zz{i}: v" for i in range(data_module.MAX_DATA_VALUES + 1))
    table.write_text("- {name: Ann Lee, count: 30}\n"
                     f"- {{name: Ben Cho, count: 30, {wide}}}\n"
                     "- {name: Cy Diaz, count: 30}\n", "utf-8")
    report = run_batch(BatchJob(pack=pack, kind="reply", rows=list(read_rows(table, pack)),
                                inputs=(table,), dry_run=True))
    assert list(report.failed) == [2]
    assert [d.code for d in report.failed[2]] == ["RJ205"]
