"""Findings of the third independent campaign, kept closed: pack code that raises
anything at all, templates nested past what Python can compile, malformed pack
keys, data with huge numbers of unknown keys, special files named on the command
line, pack checks that scan slowly, and limits that are not numbers."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch

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
    assert "'truncate'" in problem.message
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
