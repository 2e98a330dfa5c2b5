"""Grammar that follows the data: each filter, and the filters inside a pack template."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rejectlet import grammar
from rejectlet.sandbox import make_environment

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("name", "expected"), [
    ("Siemens", "Siemens'"), ("Acme Systems", "Acme Systems'"), ("Northwind", "Northwind's"),
    ("Elena", "Elena's"),
])
def test_possessive_never_writes_s_apostrophe_s(name: str, expected: str) -> None:
    assert grammar.possessive(name) == expected


@pytest.mark.parametrize(("value", "verb"), [
    ("your open-source tools and public roadmap", "are"),
    ("your open-source tools", "are"),
    ("the way it shares its data openly", "is"),
    ("the care your team puts into its analyses", "is"),
    (["tools", "roadmap"], "are"),
    (["roadmap"], "is"),
    ("its focus on access", "is"),
])
def test_agreement_follows_the_value(value: object, verb: str) -> None:
    assert grammar.agree(value, "is", "are") == verb


@pytest.mark.parametrize(("value", "expected"), [
    (["Tomás Ortega"], "one conversation"), ([], "one conversation"),
    (["you", "Tomás Ortega", "the team"], "three conversations"), (12, "12 conversations"),
])
def test_counts_agree(value: object, expected: str) -> None:
    assert grammar.count(value, "conversation") == expected
    assert grammar.plural(value, "conversation") == expected.split()[-1]


def test_sentence_start_and_mid_sentence_capitals() -> None:
    assert grammar.sentence_start("the Wellcome Trust") == "The Wellcome Trust"
    assert grammar.phrase("My team shipped the new planner.") == "my team shipped the new planner"
    assert grammar.phrase("Python training for the whole team") == \
        "Python training for the whole team"
    assert grammar.phrase("I finished a certificate") == "I finished a certificate"
    assert grammar.phrase("Ich habe ein Zertifikat", "de") == "Ich habe ein Zertifikat"


def test_a_reason_reads_as_a_clause() -> None:
    assert grammar.because("it covers the questions your team raised") == \
        "because it covers the questions your team raised"
    assert grammar.because("because it covers them.") == "because it covers them"


@pytest.mark.parametrize(("role", "expected"), [
    ("Senior Data Analyst Position", "Senior Data Analyst Position"),
    ("Senior Data Analyst", "Senior Data Analyst position"),
    ("Community Manager role", "Community Manager role"),
    ("Data Analyst (m/w/d)", "Data Analyst position"),
])
def test_position_is_not_doubled(role: str, expected: str) -> None:
    assert grammar.with_noun(role, "position") == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Senior Data Analyst (m/w/d)", "Senior Data Analyst"),
    ("Teamleiterin Analytics (w/m/d)", "Teamleiterin Analytics"),
    ("Entwickler (all genders)", "Entwickler"), ("Analyst (m/f/x)", "Analyst"),
    ("Analyst (Teilzeit)", "Analyst (Teilzeit)"),
])
def test_posting_gender_marker_is_stripped(title: str, expected: str) -> None:
    assert grammar.posting_title(title) == expected


def test_german_accusative_herrn() -> None:
    assert grammar.accusative("Herr Ortega") == "Herrn Ortega"
    assert grammar.accusative("Herrn Ortega") == "Herrn Ortega"
    assert grammar.accusative(["Sie", "Herr Ortega", "Frau Lang"]) == \
        ["Sie", "Herrn Ortega", "Frau Lang"]


def test_filters_are_registered_in_the_sandbox() -> None:
    env = make_environment(None, "en")
    template = env.from_string(
        "{{ org | possessive }} work; {{ met | count('conversation') }}; "
        "{{ interest | agree('is', 'are') }}; {{ role | with_noun('position') }}")
    assert template.render(org="Siemens", met=["Ana"], interest="tools and roadmap",
                           role="Analyst Position") == \
        "Siemens' work; one conversation; are; Analyst Position"
    german = make_environment(None, "de").from_string("{{ met | accusative | join(', ') }}")
    assert german.render(met=["Sie", "Herr Ortega"]) == "Sie, Herrn Ortega"


@pytest.mark.parametrize(("noun", "expected"), [
    ("conversation", "conversations"), ("more question", "more questions"),
    ("company", "companies"), ("match", "matches"), ("day", "days"),
    ("person", "people"), ("analysis", "analyses"), ("leaf", "leaves"), ("woman", "women"),
])
def test_plurals_regular_and_irregular(noun: str, expected: str) -> None:
    assert grammar.plural(3, noun) == expected


def test_a_letter_with_regular_nouns_does_not_load_inflect() -> None:
    """inflect takes seconds to import; the built-in letters never need it."""
    script = (
        "import sys, rejectlet\n"
        "for path in sys.argv[1:]:\n"
        "    for letter in rejectlet.letters_from_file(path):\n"
        "        rejectlet.render(letter, 'text')\n"
        "print('inflect' in sys.modules)\n")
    samples = sorted(str(p) for p in (ROOT / "packs").glob("*/samples/*.yaml"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", script, *samples], capture_output=True,
                            text=True, check=True, env=env)
    assert result.stdout.strip() == "False"
