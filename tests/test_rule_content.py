"""What the word rules do with a letter's content: the examples a careful reader
raised, section content for RJ002 and RJ003, suggested fixes and how they show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import rejectlet
from rejectlet import Severity
from rejectlet.cli import main
from tests.corpus import score

CORPUS = {(e.language, e.text): e for e in score.read_part("tuned")}

#: The examples reported against the old rules: missed ones, then false alarms.
MISSED = [
    ("en", "Why didn\u2019t I get the job?"),
    ("en", "Why was I rejected after four rounds?"),
    ("en", "Why did you pick someone else over me?"),
    ("en", "I hope you will revisit the decision."),
    ("en", "Is there anything at all I can do to change your mind?"),
    ("en", "I would even accept a lower salary."),
    ("en", "I expected better."),
    ("en", "For your sake, I hope the new hire works out."),
    ("en", "Whoever you hired cannot match my experience."),
    ("en", "Tell me exactly where I fell short."),
    ("en", "It was a pleasure to visit Company Name last week."),
    ("en", "I applied for the JOB TITLE position."),
    ("en", "In my last role I INSERT \u2026 HERE."),
    ("en", "I remain interested in {company}."),
    ("de", "Ich halte Ihre Entscheidung f\u00fcr falsch."),
    ("de", "Warum haben Sie mich nicht genommen?"),
    ("de", "Ich brauche diese Stelle dringend."),
]
FALSE_ALARMS = [
    ("en", "In my last role I cut forecast bias by forty percent."),
    ("en", "I turned angry customers into loyal ones by fixing the returns process."),
    ("en", "I built discriminative models for fraud detection."),
    ("en", "We never had a disappointing quarter while I led the team."),
    ("en", "I found a mistake in our fuel model and fixed it."),
    ("en", "My talk covered why shippers reconsider rail when fuel prices rise."),
    ("en", "My unfair-advantage project gave our sales team a head start."),
    ("en", "It was a pleasure to meet Tom\u00e1s Ortega (Engineering Manager) and his team."),
    ("en", "I have attached a report [PDF, 12 pages] on last year's routes."),
    ("de", "Ich habe einen Fehler in unserem Kraftstoffmodell gefunden und behoben."),
    ("de", "Ich habe ver\u00e4rgerte Kunden in treue Stammkunden verwandelt."),
]


@pytest.fixture(scope="module")
def packs() -> dict[str, rejectlet.Pack]:
    here = Path(score.__file__).parent
    return {lang: rejectlet.load_pack(here / f"pack-{lang}") for lang in ("en", "de")}


def _codes(pack: rejectlet.Pack, section: str, text: str) -> dict[str, Severity]:
    letter = rejectlet.compose(pack, "reply", {section: text})
    return {d.code: d.severity for d in rejectlet.validate(letter)}


@pytest.mark.parametrize(("language", "text"), MISSED)
def test_the_reported_misses_are_caught_as_errors(
        packs: dict[str, rejectlet.Pack], language: str, text: str) -> None:
    example = CORPUS[(language, text)]
    found = _codes(packs[language], example.section, text)
    for code in example.expect:
        assert found.get(code) is Severity.ERROR, (code, found)


@pytest.mark.parametrize(("language", "text"), FALSE_ALARMS)
def test_the_reported_false_alarms_pass(packs: dict[str, rejectlet.Pack], language: str,
                                         text: str) -> None:
    assert (language, text) in CORPUS
    assert _codes(packs[language], "resell", text) == {}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I will not be applying again."),
    ("de", "Ich werde mich nicht noch einmal bei Ihnen bewerben."),
])
def test_an_interest_section_that_refuses_interest_does_not_count(
        packs: dict[str, rejectlet.Pack], language: str, text: str) -> None:
    letter = rejectlet.compose(packs[language], "reply", {"interest": text})
    [finding] = [d for d in rejectlet.validate(letter) if d.code == "RJ002"]
    assert finding.severity is Severity.ERROR
    assert "'keen'" in finding.message
    assert finding.fix is not None and finding.fix.old == text


def test_a_feedback_request_in_the_resell_is_rj003_with_a_move_to_the_ps(
        packs: dict[str, rejectlet.Pack]) -> None:
    text = "Could you let me know what I could improve?"
    letter = rejectlet.compose(packs["en"], "reply", {"resell": text})
    [finding] = [d for d in rejectlet.validate(letter) if d.code == "RJ003"]
    assert "'fit'" in finding.message
    assert finding.fix is not None
    assert finding.fix.old == text and finding.fix.new == ""


def test_the_same_request_in_the_ps_is_fine(packs: dict[str, rejectlet.Pack]) -> None:
    # The corpus pack's P.S. is a feedback request; only the body is checked.
    letter = rejectlet.compose(packs["en"], "reply", {})
    assert rejectlet.validate(letter) == []


def test_a_revisit_request_suggests_a_gracious_sentence(
        packs: dict[str, rejectlet.Pack]) -> None:
    letter = rejectlet.compose(packs["en"], "reply",
                               {"resell": "I hope you will revisit the decision."})
    [finding] = [d for d in rejectlet.validate(letter) if d.code == "RJ007"]
    assert finding.fix is not None
    assert finding.fix.old == "I hope you will revisit the decision."
    assert "similar roles" in finding.fix.new
    assert finding.to_dict()["fix"] == finding.fix.to_dict()


def test_a_placeholder_fix_offers_the_letters_own_value(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["strengths"] += " I admire [Company Name]."
    letter = rejectlet.compose(classic, "reply", example_data)
    [finding] = [d for d in rejectlet.validate(letter) if d.code == "RJ006"]
    assert finding.fix is not None
    assert finding.fix.old == "[Company Name]"
    assert finding.fix.new == example_data["organization"]


def test_a_mild_sentence_warns_and_the_letter_still_renders(
        packs: dict[str, rejectlet.Pack]) -> None:
    letter = rejectlet.compose(packs["en"], "reply",
                               {"resell": "The long wait was frustrating."})
    assert [d.severity for d in rejectlet.validate(letter)] == [Severity.WARNING]
    assert "frustrating" in rejectlet.render(letter, "text")


def test_asking_why_is_fine_in_a_feedback_follow_up(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["questions"] = ["Why was I not chosen over the other finalist?"]
    example_data["feedback_received"] = "my examples spoke more about tools than results"
    letter = rejectlet.compose(classic, "feedback-followup", example_data)
    assert [d for d in rejectlet.validate(letter) if d.code == "RJ007"] == []


def test_the_cli_shows_the_suggested_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          example_data: dict[str, Any]) -> None:
    example_data["strengths"] += " Please reconsider my application."
    data = tmp_path / "reply.yaml"
    data.write_text(yaml.safe_dump(example_data, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["check", str(data)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "RJ007 error" in err
    assert ("  suggested fix: replace 'Please reconsider my application.' with "
            "'I would welcome being considered for similar roles in the future.'") in err
