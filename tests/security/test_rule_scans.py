"""Checking a letter takes time in proportion to its text, whatever the text: a
value under the size limit made of sentence-end marks, of bracketed slots, or of
any other run a rule reads, is checked as fast as ordinary prose of the same length. Each case
runs in a capped child; its cost is measured in ordinary letters timed there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rejectlet.data import MAX_STRING_CHARS
from rejectlet.rules.reading import _sentences

from ._support import assert_cheap, base_data, run_in_child, write_pack

N = MAX_STRING_CHARS - 1

#: Values at the size limit that a scan reading a run once per mark would choke on.
RUNS = {
    "exclamations": "!" * N + "x",
    "questions": "?" * N + "x",
    "full-stops": "." * N + "x",
    "marks-and-quotes": "!\"')" * (N // 4) + "x",
    "mixed-marks": "?!." * (N // 3) + "x",
    "abbreviation-then-dots": "dr" + "." * (N - 2) + " x",
    "dotted-word": "a." * (N // 2) + " x",
    "bracketed-slots": "[x]" * (N // 3),
    "nested-slots": "[[x] " * (N // 5),
}


@pytest.mark.parametrize("value", list(RUNS.values()), ids=list(RUNS))
def test_a_run_of_sentence_marks_is_checked_in_linear_time(tmp_path: Path, value: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thank you, {{ name }}. {{ note }}")
    data = tmp_path / "data.json"
    data.write_text(json.dumps(base_data(note=value)), encoding="utf-8")
    report = run_in_child("checked", str(folder), str(data), timeout=120.0)
    assert report.outcome in ("ok", "error"), report.describe()
    assert_cheap(report, letters=200)


@pytest.mark.parametrize("joiner", ["[x]", "\u2026", "!"])
def test_list_items_at_the_limit_are_checked_in_linear_time(tmp_path: Path,
                                                            joiner: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thank you, {{ name }}. {{ items|join(', ') }}")
    data = tmp_path / "data.json"
    item = (joiner * N)[:N]
    data.write_text(json.dumps(base_data(items=[item] * 4)), encoding="utf-8")
    report = run_in_child("checked", str(folder), str(data), timeout=120.0)
    assert report.outcome == "ok", report.describe()
    # measured: about 140 ordinary letters for the linear scan, about 5,500 for
    # the one that compared every slot with every earlier one; the bound sits far
    # from both, so a busy machine cannot tip it
    assert_cheap(report, letters=1000)


def test_sentences_are_still_split_at_their_marks() -> None:
    text = "thanks!!! we met. dr. lee said hi?! yes."
    found = [text[s.start:s.end].strip() for s in _sentences(text)]
    assert found == ["thanks!!!", "we met.", "dr. lee said hi?!", "yes."]
