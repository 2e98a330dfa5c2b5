"""The built-in packs' voice: the examples a career coach flagged, each as a test."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import rejectlet
from rejectlet.model import Letter, Style

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "packs").glob("*/samples/*.yaml"))
FOLLOW_UPS = ("check-in", "coffee-request", "keep-in-touch", "reapply")
#: sentences that quietly argue with the decision
ARGUING = re.compile(r"more convinced than ever|confirmed how well my experience|"
                     r"left me sure I could help|noch besser passe|even stronger match",
                     re.IGNORECASE)


def sample_data(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if key not in ("pack", "letter")}


def sample_letters(path: Path) -> list[Letter]:
    return rejectlet.letters_from_file(path)


def text_of(letter: Letter) -> str:
    return "\n".join(p.text for block in letter.blocks for p in block.paragraphs)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_no_sample_argues_with_the_decision(path: Path) -> None:
    for letter in sample_letters(path):
        assert not ARGUING.search(text_of(letter)), text_of(letter)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_the_role_is_not_bold(path: Path) -> None:
    for letter in sample_letters(path):
        roles = {str(letter.data.get(key) or "") for key in ("role", "new_role")} - {""}
        for block in letter.blocks:
            for paragraph in block.paragraphs:
                for run in paragraph.runs:
                    if any(role in run.text for role in roles):
                        assert not run.style & Style.STRONG, run


@pytest.mark.parametrize("pack_name", ["classic", "warm", "de-formell"])
def test_follow_ups_open_differently_and_keep_gratitude_near_the_top(pack_name: str) -> None:
    openings = []
    for kind in FOLLOW_UPS:
        letter = sample_letters(ROOT / "packs" / pack_name / "samples" / f"{kind}.yaml")[0]
        assert letter.body[0].kind.value == "gratitude", kind
        openings.append(" ".join(letter.body[0].paragraphs[0].text.split()[:3]).lower())
    assert len(set(openings)) == len(openings), openings


@pytest.mark.parametrize("pack_name", ["classic", "warm", "de-formell"])
@pytest.mark.parametrize("kind", ["reply", "panel-thanks"])
def test_first_reply_and_panel_notes_open_with_thanks(pack_name: str, kind: str) -> None:
    for letter in sample_letters(ROOT / "packs" / pack_name / "samples" / f"{kind}.yaml"):
        first = letter.body[0].paragraphs[0].text.lower()
        assert first.startswith(("thank you", "vielen dank")), first


def _panel(pack_name: str) -> list[Letter]:
    return sample_letters(ROOT / "packs" / pack_name / "samples" / "panel-thanks.yaml")


@pytest.mark.parametrize("pack_name", ["classic", "warm", "de-formell"])
def test_panel_notes_carry_two_personal_touches_and_a_recruiter_variant(pack_name: str) -> None:
    letters = _panel(pack_name)
    for index, letter in enumerate(letters):
        person = letter.data["panel"][index] if "panel" in letter.data else None
        record: dict[str, Any] = person if isinstance(person, dict) else {}
        gratitude = text_of(letter).split("\n")[0]
        for field in ("discussed", "takeaway"):
            value = str(letter.data.get(f"person.{field}") or record.get(field) or "")
            if value:
                assert value.rstrip(".") in gratitude, (field, gratitude)
        if letter.data.get("person.recruiter"):
            assert "your team" not in text_of(letter).lower()
            assert "Ihr Team" not in text_of(letter)
    assert any(letter.data.get("person.recruiter") for letter in letters)


@pytest.mark.parametrize("pack_name", ["classic", "warm", "de-formell"])
def test_keep_in_touch_subject_says_what_is_shared_and_has_a_referral_form(
        pack_name: str) -> None:
    path = ROOT / "packs" / pack_name / "samples" / "keep-in-touch.yaml"
    article = rejectlet.letter_from_file(path)
    assert str(article.data["share_what"]).rstrip(".") in article.subject
    pack = rejectlet.load_pack(pack_name)
    data = sample_data(path)
    referral = rejectlet.compose(pack, "keep-in-touch", {
        **data, "share_type": "referral", "share_link": None,
        "share_what": "Dana Whitfield, a route planner I worked with"})
    assert "Dana Whitfield" in referral.subject
    assert "Dana Whitfield" in text_of(referral)
    assert referral.subject != article.subject


def test_a_reason_without_because_reads_as_a_clause() -> None:
    pack = rejectlet.load_pack("warm")
    data = sample_data(ROOT / "packs" / "warm" / "samples" / "keep-in-touch.yaml")
    data["share_why"] = "it covers the self-serve questions you mentioned"
    text = text_of(rejectlet.compose(pack, "keep-in-touch", data))
    assert "think of you because it covers" in text
    assert "of you it covers" not in text


def test_german_accusative_and_posting_marker_in_the_reply() -> None:
    pack = rejectlet.load_pack("de-formell")
    letter = rejectlet.compose(pack, "reply", {
        "sender": {"name": "Jonas Petersen"},
        "recipient": {"name": "Elena Marsch", "anrede": "Frau", "titel": "Prof. Dr."},
        "organization": "Nordwind Logistik GmbH", "role": "Senior Data Analyst (m/w/d)",
        "met_with": ["Sie", "Herr Ortega"], "strengths": "Ich entwickle Prognosen.",
        "follow_up": False, "ask_feedback": False})
    text = text_of(letter)
    assert "Herrn Ortega kennenzulernen" in text
    assert "(m/w/d)" not in text + letter.subject
    assert letter.salutation == "Sehr geehrte Frau Prof. Marsch,"
