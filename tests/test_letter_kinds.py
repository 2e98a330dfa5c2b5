"""Every letter kind of every built-in pack, and the rules that belong to a letter type.

The built-in packs are discovered, never listed here, so a pack added to the
repository is covered by these tests the moment it appears: each of its sample
data files must compose, pass every rule without a warning, and render.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet import DataError, Diagnostic, Letter, Severity
from rejectlet.pack import builtin_names
from tests.conftest import ROOT, PackFactory

# -- the built-in packs and their samples ------------------------------------------------

BUILTIN_PACKS = [info for info in rejectlet.find_packs() if info.source == "built-in"]


def _samples(info: rejectlet.PackInfo) -> list[Path]:
    return sorted((info.path / "samples").glob("*.yaml"))


SAMPLE_CASES = [
    pytest.param(info, sample, id=f"{info.name}/{sample.name}")
    for info in BUILTIN_PACKS for sample in _samples(info)
]
PDF_CASES = [
    pytest.param(info, _samples(info)[0], id=f"{info.name}/{_samples(info)[0].name}")
    for info in BUILTIN_PACKS if _samples(info)
]
PACK_CASES = [pytest.param(info, id=info.name) for info in BUILTIN_PACKS]


def _squash(text: str) -> str:
    """The text without any whitespace, so line wrapping cannot hide a match."""
    return "".join(text.split())


def _html_text(document: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", document))


def _runs(letter: Letter) -> list[str]:
    return [run.text for block in letter.blocks for paragraph in block.paragraphs
            for run in paragraph.runs if run.text.strip()]


def test_the_built_in_packs_are_found_from_the_packs_folder() -> None:
    names = [info.name for info in BUILTIN_PACKS]
    assert "classic" in names
    assert len(names) == len(set(names))
    for info in BUILTIN_PACKS:
        assert (info.path / "pack.yaml").is_file()
        assert info.path.parent == ROOT / "packs" or info.path.parent.name == "_builtin_packs"


def test_no_built_in_pack_fails_to_load() -> None:
    problems: list[Diagnostic] = []
    found = rejectlet.find_packs(problems)
    assert problems == [], "\n".join(str(p) for p in problems)
    assert {i.name for i in found if i.source == "built-in"} == set(builtin_names())


@pytest.mark.parametrize("info", PACK_CASES)
def test_every_built_in_pack_ships_samples(info: rejectlet.PackInfo) -> None:
    assert _samples(info), f"pack {info.name!r} has no samples/*.yaml"


@pytest.mark.parametrize("info", PACK_CASES)
def test_every_letter_kind_a_pack_offers_has_a_sample(info: rejectlet.PackInfo) -> None:
    covered = {letter.kind for sample in _samples(info)
               for letter in rejectlet.letters_from_file(sample)}
    missing = sorted(set(info.letters) - covered)
    assert not missing, f"pack {info.name!r} has no sample for: {', '.join(missing)}"


@pytest.mark.parametrize(("info", "sample"), SAMPLE_CASES)
def test_each_sample_composes_clean_and_renders_text_and_html(
        info: rejectlet.PackInfo, sample: Path) -> None:
    letters = rejectlet.letters_from_file(sample)
    assert letters
    for letter in letters:
        assert letter.pack.name == info.name
        assert letter.pack.root == info.path.resolve()
        assert letter.kind in info.letters
        diagnostics = rejectlet.validate(letter)
        assert diagnostics == [], "\n".join(str(d) for d in diagnostics)

        text = rejectlet.render(letter, "text")
        assert isinstance(text, str)
        squashed_text = _squash(text)
        document = rejectlet.render(letter, "html")
        assert isinstance(document, str)
        assert document.lstrip().lower().startswith("<!doctype html")
        squashed_html = _squash(_html_text(document))
        for expected in (letter.salutation, letter.closing, letter.signature, *_runs(letter)):
            assert _squash(expected) in squashed_text, f"{expected!r} missing from the text"
            assert _squash(expected) in squashed_html, f"{expected!r} missing from the HTML"
        assert "{{" not in text and "{%" not in text


@pytest.mark.pdf
@pytest.mark.parametrize(("info", "sample"), PDF_CASES)
def test_one_sample_per_pack_renders_to_a_pdf_with_its_words(
        info: rejectlet.PackInfo, sample: Path) -> None:
    letter = rejectlet.letters_from_file(sample)[0]
    pdf = rejectlet.render(letter, "pdf")
    assert isinstance(pdf, bytes)
    assert pdf.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = _squash(" ".join(page.extract_text() for page in reader.pages))
    for expected in (letter.salutation, letter.signature.splitlines()[0],
                     letter.body[0].paragraphs[0].runs[0].text):
        assert _squash(expected) in text, f"{expected!r} missing from the PDF of {sample.name}"


# -- rules that belong to one letter type -------------------------------------------------

TYPED_PACK = """
pack: typed
version: 0.1.0
language: en
variables:
  name: {type: string, required: true}
  organization: {type: string, required: true}
  panel:
    type: records
    fields:
      name: {type: string, required: true}
      discussed: {type: string, required: true}
sections:
  thanks: {kind: gratitude, text: "Thank you for your time and your candour, {{ name }}."}
  news: {kind: update, text: "Since we spoke, I have finished a course in applied statistics."}
  ask: {kind: request, text: "Could we talk for fifteen minutes over coffee next week?"}
  ask_again: {kind: request, text: "Could you also introduce me to a colleague on the team?"}
  share: {kind: share, text: "I came across a study of freight demand that you may enjoy."}
  questions: {kind: feedback, text: "Which part of my case study would have needed more depth?"}
  interest: {kind: interest, text: "I remain keen on joining {{ organization }}."}
  panel_generic: {kind: gratitude, text: "Thank you for meeting me, {{ person.name }}."}
  panel_personal: {kind: gratitude, text: "Thank you for {{ person.discussed }}."}
letters:
"""

TYPED_DATA: dict[str, Any] = {
    "name": "Jordan Lee",
    "organization": "Acme Freight",
    "panel": [
        {"name": "Ana Diaz", "discussed": "your account of the routing models"},
        {"name": "Ben Okafor", "discussed": "our talk about the dispatch dashboards"},
    ],
}


def typed_letters(make_pack: PackFactory, letter_type: str | None, body: list[str],
                  letter_id: str = "note") -> list[Letter]:
    """Compose a one-letter pack whose letter has the given type and body."""
    per_person = letter_type == "panel-thanks"
    lines = [f"  {letter_id}:"]
    if letter_type is not None:
        lines.append(f"    type: {letter_type}")
    if per_person:
        lines.append("    each: panel")
        lines.append('    salutation: "Dear {{ person.name }},"')
    else:
        lines.append('    salutation: "Dear {{ name }},"')
    lines += [f"    body: [{', '.join(body)}]", '    closing: "Best regards,"',
              '    signature: "Sam Rivera"']
    pack = rejectlet.load_pack(make_pack(TYPED_PACK + "\n".join(lines) + "\n"))
    return rejectlet.compose_all(pack, letter_id, TYPED_DATA)


def _codes(letters: list[Letter]) -> list[str]:
    return [d.code for letter in letters for d in rejectlet.validate(letter)]


def _findings(letters: list[Letter], code: str) -> list[Diagnostic]:
    return [d for letter in letters for d in rejectlet.validate(letter) if d.code == code]


TYPE_RULES = [
    # code, letter type, a body that breaks the rule, a body that keeps it
    pytest.param("RJ009", "check-in", ["thanks", "interest"], ["thanks", "news", "interest"],
                 id="RJ009-check-in"),
    pytest.param("RJ009", "reapply", ["thanks", "interest"], ["thanks", "news", "interest"],
                 id="RJ009-reapply"),
    pytest.param("RJ010", "coffee-request", ["thanks", "interest"],
                 ["thanks", "ask", "interest"], id="RJ010-no-request"),
    pytest.param("RJ010", "coffee-request", ["thanks", "ask", "ask_again", "interest"],
                 ["thanks", "ask", "interest"], id="RJ010-two-requests"),
    pytest.param("RJ011", "keep-in-touch", ["thanks", "interest"],
                 ["thanks", "share", "interest"], id="RJ011-keep-in-touch"),
    pytest.param("RJ012", "panel-thanks", ["panel_generic", "interest"],
                 ["panel_personal", "interest"], id="RJ012-panel-thanks"),
    pytest.param("RJ013", "feedback-followup", ["thanks", "interest"],
                 ["thanks", "questions", "interest"], id="RJ013-feedback-followup"),
]


@pytest.mark.parametrize(("code", "letter_type", "failing", "passing"), TYPE_RULES)
def test_a_letter_type_rule_fires_when_its_section_is_missing(
        make_pack: PackFactory, code: str, letter_type: str, failing: list[str],
        passing: list[str]) -> None:
    letters = typed_letters(make_pack, letter_type, failing)
    findings = _findings(letters, code)
    assert findings, f"{code} did not fire on a {letter_type} with body {failing}"
    assert all(d.severity is Severity.ERROR for d in findings)
    assert all(d.location is not None and d.location.path.endswith("pack.yaml")
               for d in findings)


@pytest.mark.parametrize(("code", "letter_type", "failing", "passing"), TYPE_RULES)
def test_a_letter_type_rule_is_satisfied_by_its_section(
        make_pack: PackFactory, code: str, letter_type: str, failing: list[str],
        passing: list[str]) -> None:
    letters = typed_letters(make_pack, letter_type, passing)
    assert letters
    diagnostics = [d for letter in letters for d in rejectlet.validate(letter)]
    assert diagnostics == [], "\n".join(str(d) for d in diagnostics)


@pytest.mark.parametrize(("code", "letter_type", "failing", "passing"), TYPE_RULES)
def test_a_letter_type_rule_leaves_other_types_alone(
        make_pack: PackFactory, code: str, letter_type: str, failing: list[str],
        passing: list[str]) -> None:
    body = ["thanks", *failing[1:]] if letter_type == "panel-thanks" else failing
    assert code not in _codes(typed_letters(make_pack, "custom", body))


def test_a_second_request_is_pointed_at_where_the_letter_lists_it(
        make_pack: PackFactory) -> None:
    letters = typed_letters(make_pack, "coffee-request",
                            ["thanks", "ask", "ask_again", "interest"])
    (finding,) = _findings(letters, "RJ010")
    assert "ask_again" in finding.message
    assert finding.location is not None
    pack_text = (Path(finding.location.path)).read_text(encoding="utf-8").splitlines()
    assert "ask_again" in pack_text[finding.location.line - 1]


def test_the_type_is_what_counts_not_the_letter_id(make_pack: PackFactory) -> None:
    named_like_a_type = typed_letters(make_pack, "custom", ["thanks", "interest"],
                                      letter_id="check-in")
    assert named_like_a_type[0].letter_type == "custom"
    assert "RJ009" not in _codes(named_like_a_type)


def test_a_letter_named_after_a_standard_type_takes_that_type(make_pack: PackFactory) -> None:
    letters = typed_letters(make_pack, None, ["thanks", "interest"], letter_id="check-in")
    assert letters[0].letter_type == "check-in"
    assert "RJ009" in _codes(letters)


def test_feedback_in_the_body_is_right_for_a_feedback_followup(
        make_pack: PackFactory) -> None:
    letters = typed_letters(make_pack, "feedback-followup", ["thanks", "questions", "interest"])
    assert "RJ003" not in _codes(letters)


def test_feedback_in_the_body_of_a_reply_breaks_rj003(make_pack: PackFactory) -> None:
    letters = typed_letters(make_pack, "reply", ["thanks", "questions", "interest"])
    (finding,) = _findings(letters, "RJ003")
    assert "questions" in finding.message
    assert finding.severity is Severity.ERROR


# -- per-letter required values -----------------------------------------------------------

CHECK_IN_WITHOUT_STRENGTHS = """\
pack: classic
letter: {letter}
sender:
  name: Priya Raman
recipient:
  name: Elena Marsh
  title: Ms.
organization: Northwind Logistics
role: Senior Data Analyst
news: I have finished a certificate in cloud data engineering
date: 2026-12-23
"""


def test_a_check_in_needs_no_strengths(tmp_path: Path) -> None:
    data = tmp_path / "check-in.yaml"
    data.write_text(CHECK_IN_WITHOUT_STRENGTHS.format(letter="check-in"), encoding="utf-8")
    classic = rejectlet.load_pack("classic")
    assert not classic.letters["check-in"].needs("strengths")
    assert classic.variables["strengths"].required

    (letter,) = rejectlet.letters_from_file(data)
    assert letter.kind == "check-in"
    assert rejectlet.validate(letter) == []
    assert "certificate in cloud data engineering" in rejectlet.render(letter, "text")


def test_a_reply_without_strengths_is_refused_with_rj201(tmp_path: Path) -> None:
    data = tmp_path / "reply.yaml"
    data.write_text(CHECK_IN_WITHOUT_STRENGTHS.format(letter="reply"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(data)
    missing = [d for d in caught.value.diagnostics if d.code == "RJ201"]
    assert len(missing) == 1
    assert "strengths" in missing[0].message
    assert missing[0].location is not None
    assert Path(missing[0].location.path).resolve() == data.resolve()


# -- panel-thanks: one letter per person --------------------------------------------------

PANEL_EXAMPLE = ROOT / "examples" / "panel-thanks.yaml"


def _panel_entries() -> list[dict[str, Any]]:
    raw = yaml.safe_load(PANEL_EXAMPLE.read_text(encoding="utf-8"))
    entries = raw["panel"]
    assert isinstance(entries, list) and len(entries) >= 2
    return entries


def test_panel_thanks_writes_one_letter_per_person(classic: rejectlet.Pack) -> None:
    entries = _panel_entries()
    letters = rejectlet.compose_all(classic, "panel-thanks",
                                    rejectlet.read_data_file(PANEL_EXAMPLE))
    assert len(letters) == len(entries)
    assert [letter.record_index for letter in letters] == list(range(len(entries)))
    for letter, entry in zip(letters, entries, strict=True):
        assert entry["name"].split()[-1] in letter.salutation
        assert entry["name"] in letter.recipient_lines[0]
        gratitude = [b for b in letter.body if b.kind is rejectlet.SectionKind.GRATITUDE]
        assert gratitude
        words = " ".join(" ".join(b.text.split()) for b in gratitude)
        assert entry["discussed"] in words
        for other in entries:
            if other is not entry:
                assert other["discussed"] not in words
                assert other["name"] not in letter.salutation
        assert rejectlet.validate(letter) == []


def test_panel_thanks_cannot_be_composed_as_a_single_letter(classic: rejectlet.Pack) -> None:
    with pytest.raises(DataError) as caught:
        rejectlet.compose(classic, "panel-thanks", rejectlet.read_data_file(PANEL_EXAMPLE))
    assert [d.code for d in caught.value.diagnostics] == ["RJ211"]
    assert "compose_all" in caught.value.diagnostics[0].hint


@settings(max_examples=200, deadline=None)
@given(uses=st.frozensets(st.from_regex(r"[ab](\.[ab]){0,3}", fullmatch=True), max_size=6),
       variable=st.from_regex(r"[ab](\.[ab]){0,4}", fullmatch=True))
def test_needs_is_a_name_read_or_a_group_above_one(uses: frozenset[str], variable: str) -> None:
    kind = dataclasses.replace(rejectlet.load_pack("classic").letters["reply"], uses=uses,
                               each=None)
    expected = variable in uses or any(used.startswith(variable + ".") for used in uses)
    assert kind.needs(variable) is expected
