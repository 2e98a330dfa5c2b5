"""The rules measured on the labelled corpus (tests/corpus/): the figures may not regress.

The floors in tests/corpus/floors.json are the issue's bar (recall at least 95%
on bad sentences, false alarms on at most 5% of good ones, no good sentence
refused with an error); raising a floor is a deliberate, committed change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus import score

FLOORS = json.loads((Path(score.__file__).parent / "floors.json").read_text(encoding="utf-8"))
PRESENT = [p for p in score.PARTS if (Path(score.__file__).parent / f"{p}.tsv").exists()]


@pytest.fixture(scope="module", params=PRESENT)
def scored(request: pytest.FixtureRequest) -> tuple[str, list[score.Outcome]]:
    part = str(request.param)
    return part, list(score.run(score.read_part(part)))


def test_the_corpus_is_large_and_covers_both_languages_and_every_purpose() -> None:
    examples = score.read_part("tuned")
    assert len(examples) >= 200
    assert {e.language for e in examples} == {"en", "de"}
    purposes = {e.purpose for e in examples}
    for purpose in ("bitterness", "blame", "pleading", "arguing", "revisit", "reasons",
                    "feedback-body", "comparison", "concession", "other-offers",
                    "for-your-sake", "expected-better", "placeholder", "own-work"):
        assert purpose in purposes


def test_the_figures_hold_their_floors(scored: tuple[str, list[score.Outcome]]) -> None:
    part, outcomes = scored
    result = score.figures(outcomes)
    floor = FLOORS[part]
    wrong = "\n".join(score.misses(outcomes))
    assert result["recall"] >= floor["recall"], wrong
    assert result["false_alarms"] <= floor["false_alarms"], wrong
    assert result["refused_good"] <= floor["refused_good"], wrong
    assert result["severity_agreement"] >= floor["severity_agreement"], wrong


def test_the_score_script_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert score.main(["--part", "tuned", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"tuned"}
    assert set(report["tuned"]["codes"]) == set(score.MEASURED)
