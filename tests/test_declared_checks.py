"""Checks a pack declares in YAML (``checks:``): each form, its scope, its severity,
literal phrase matching, and the mistakes a pack author can make writing one."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet import Diagnostic, Letter, LetterHasErrors, PackError, Severity
from tests.conftest import PackFactory

BASE = """
pack: declared
version: 0.1.0
language: en
variables:
  name: {type: string, required: true}
  organization: {type: string, required: true}
  pitch: {type: text, default: "I would bring six years of forecasting work to the team."}
  greeting: {type: string, default: "Thank you for your time."}
sections:
  thanks: {kind: gratitude, text: "{{ greeting }}"}
  fit: {kind: resell, text: "{{ pitch }}"}
  interest: {kind: interest, text: "I remain keen on joining {{ organization }}."}
  promise: {kind: followup, text: "I will be in touch again next month."}
letters:
  reply:
    salutation: "Dear {{ name }},"
    body: [@REPLY_BODY@]
    closing: "Best regards,"
    signature: "Sam Rivera"
  nudge:
    type: check-in
    salutation: "Dear {{ name }},"
    body: [thanks, fit, interest]
    closing: "Best regards,"
    signature: "Sam Rivera"
  promised:
    salutation: "Dear {{ name }},"
    body: [thanks, fit, interest, promise]
    closing: "Best regards,"
    signature: "Sam Rivera"
checks:
"""

DATA: dict[str, Any] = {"name": "Jordan Lee", "organization": "Acme Freight"}


def pack_text(checks: str, reply_body: str = "thanks, fit, interest") -> str:
    """The base pack with the given ``checks:`` entries (YAML list items)."""
    base = textwrap.dedent(BASE).lstrip("\n").replace("@REPLY_BODY@", reply_body)
    return base + textwrap.indent(textwrap.dedent(checks), "  ")


def pack_with(make_pack: PackFactory, checks: str,
              reply_body: str = "thanks, fit, interest") -> rejectlet.Pack:
    return rejectlet.load_pack(make_pack(pack_text(checks, reply_body)))


def letter(pack: rejectlet.Pack, kind: str = "reply", **values: Any) -> Letter:
    return rejectlet.compose(pack, kind, DATA, **values)


def found(letter: Letter, code: str = "ACME001") -> list[Diagnostic]:
    return [d for d in rejectlet.validate(letter) if d.code == code]


def line_of(folder: Path, needle: str) -> int:
    """The 1-based line of pack.yaml holding ``needle`` (exactly once)."""
    lines = (folder / "pack.yaml").read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, start=1) if needle in line]
    assert len(hits) == 1, f"{needle!r} is on lines {hits}"
    return hits[0]


# -- each form: failing and passing -------------------------------------------------------

def test_require_kind_fires_when_the_body_lacks_that_kind(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: promise when you will write again
          require_kind: followup
    """)
    (finding,) = found(letter(pack, "reply"))
    assert finding.message == "promise when you will write again"
    assert finding.location is not None and finding.location.path.endswith("pack.yaml")
    assert found(letter(pack, "promised")) == []


def test_forbid_fires_on_a_listed_phrase(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          forbid: [salary, pay rise]
    """)
    (finding,) = found(letter(pack, pitch="I hope the salary is flexible next time."))
    assert finding.message.startswith("leave pay out of it")
    assert "'salary'" in finding.message
    assert found(letter(pack)) == []


def test_forbid_matches_without_regard_to_case(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          forbid: [pay rise]
    """)
    assert len(found(letter(pack, pitch="A PAY RISE would be welcome."))) == 1


def test_forbid_points_at_the_data_value_that_wrote_the_phrase(
        make_pack: PackFactory, tmp_path: Path) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          forbid: [salary]
    """)
    data = tmp_path / "letter.yaml"
    data.write_text("name: Jordan Lee\norganization: Acme Freight\n"
                    "pitch: I hope the salary is flexible.\n", encoding="utf-8")
    (finding,) = found(rejectlet.compose(pack, "reply", rejectlet.read_data_file(data)))
    assert finding.location is not None
    assert Path(finding.location.path).resolve() == data.resolve()
    assert finding.location.line == 3


def test_require_fires_when_no_listed_phrase_appears(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: name a result
          require: [percent, per cent]
    """)
    assert len(found(letter(pack))) == 1
    assert found(letter(pack, pitch="I cut costs by ten per cent.")) == []
    assert found(letter(pack, pitch="I cut costs by ten percent.")) == []


def test_max_words_fires_on_a_long_body(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: keep it short
          max_words: 30
    """)
    short = letter(pack)
    words = sum(len(block.text.split()) for block in short.body)
    assert words <= 30
    assert found(short) == []
    long_pitch = " ".join(["forecasting"] * 31)
    (finding,) = found(letter(pack, pitch=long_pitch))
    assert finding.message.startswith("keep it short (")
    assert "the limit is 30" in finding.message


def test_order_fires_when_kinds_come_out_of_order(make_pack: PackFactory) -> None:
    checks = """
        - code: ACME001
          message: thanks, then fit, then interest
          order: [gratitude, resell, interest]
    """
    assert found(letter(pack_with(make_pack, checks))) == []
    swapped = rejectlet.load_pack(
        make_pack(pack_text(checks, reply_body="thanks, interest, fit"), name="swapped"))
    assert swapped.letters["reply"].body == ("thanks", "interest", "fit")
    (finding,) = found(letter(swapped))
    assert finding.message == "thanks, then fit, then interest"


def test_order_ignores_kinds_it_does_not_list(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: thanks before the promise
          order: [gratitude, followup]
    """)
    assert found(letter(pack, "promised")) == []


# -- scope: which letters, which sections --------------------------------------------------

def test_letters_scopes_a_check_by_letter_id(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: promise when you will write again
          letters: [reply]
          require_kind: followup
    """)
    assert len(found(letter(pack, "reply"))) == 1
    assert found(letter(pack, "nudge")) == []


def test_letters_scopes_a_check_by_letter_type(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: promise when you will write again
          letters: [check-in]
          require_kind: followup
    """)
    nudge = letter(pack, "nudge")
    assert nudge.letter_type == "check-in"
    assert len(found(nudge)) == 1
    assert found(letter(pack, "reply")) == []


def test_kind_limits_a_forbidden_phrase_to_that_section_kind(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of the re-sell
          kind: resell
          forbid: [salary]
    """)
    assert found(letter(pack, greeting="Thank you, and no word on salary.")) == []
    assert len(found(letter(pack, pitch="My salary hopes are modest."))) == 1


def test_kind_limits_the_word_count_to_that_section_kind(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: a short re-sell
          kind: resell
          max_words: 5
    """)
    long_thanks = " ".join(["thank you"] * 20)
    assert found(letter(pack, greeting=long_thanks, pitch="I fit well.")) == []
    (finding,) = found(letter(pack, pitch="I would bring six years of forecasting."))
    assert "(7 words; the limit is 5)" in finding.message


def test_kind_limits_required_phrases_to_that_section_kind(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: the re-sell names a result
          kind: resell
          require: [percent]
    """)
    assert len(found(letter(pack, greeting="Thanks; I cut costs ten percent."))) == 1
    assert found(letter(pack, pitch="I cut costs ten percent.")) == []


# -- severity -----------------------------------------------------------------------------

def test_a_check_is_a_warning_by_default(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          forbid: [salary]
    """)
    composed = letter(pack, pitch="The salary matters little.")
    (finding,) = found(composed)
    assert finding.severity is Severity.WARNING
    assert isinstance(rejectlet.render(composed, "text"), str)


def test_a_check_with_severity_error_blocks_rendering(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: leave pay out of it
          severity: error
          forbid: [salary]
          hint: say what you would contribute instead
    """)
    composed = letter(pack, pitch="The salary matters little.")
    (finding,) = found(composed)
    assert finding.severity is Severity.ERROR
    assert finding.hint == "say what you would contribute instead"
    with pytest.raises(LetterHasErrors) as caught:
        rejectlet.render(composed, "text")
    assert "ACME001" in [d.code for d in caught.value.diagnostics]


# -- phrases are literal ------------------------------------------------------------------

def test_a_forbidden_phrase_is_matched_literally_not_as_a_pattern(
        make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: no abbreviations
          forbid: [a.b, "c++", "(tbc)"]
    """)
    assert found(letter(pack, pitch="I know axb and cxx and tbc well.")) == []
    hits = found(letter(pack, pitch="I know a.b and c++ well (tbc)."))
    assert sorted(d.message.split("(", 1)[1] for d in hits) == ["'(tbc)')", "'a.b')", "'c++')"]


def test_a_required_phrase_is_matched_literally_not_as_a_pattern(
        make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: mention the a.b method
          require: [a.b]
    """)
    assert len(found(letter(pack, pitch="I used the axb method."))) == 1
    assert found(letter(pack, pitch="I used the a.b method.")) == []


def test_a_phrase_matches_whole_words_only(make_pack: PackFactory) -> None:
    pack = pack_with(make_pack, """
        - code: ACME001
          message: no pay talk
          forbid: [pay]
    """)
    assert found(letter(pack, pitch="I repaid the trust of my team; payroll was mine.")) == []
    assert len(found(letter(pack, pitch="The pay matters little."))) == 1


# -- mistakes in a check definition -------------------------------------------------------

def _load_error(make_pack: PackFactory, checks: str) -> tuple[PackError, Path]:
    folder = make_pack(pack_text(checks))
    with pytest.raises(PackError) as caught:
        rejectlet.load_pack(folder)
    return caught.value, folder


def test_a_check_code_starting_with_rj_is_refused_at_its_line(make_pack: PackFactory) -> None:
    error, folder = _load_error(make_pack, """
        - code: RJ901
          message: looks like a built-in rule
          forbid: [salary]
    """)
    (problem,) = error.diagnostics
    assert problem.code == "RJ123"
    assert "RJ901" in problem.message
    assert problem.location is not None
    assert problem.location.path.endswith("pack.yaml")
    assert problem.location.line == line_of(folder, "code: RJ901")


def test_a_check_with_two_forms_is_refused_at_its_entry(make_pack: PackFactory) -> None:
    error, folder = _load_error(make_pack, """
        - code: ACME001
          message: two tests at once
          forbid: [salary]
          max_words: 100
    """)
    (problem,) = error.diagnostics
    assert problem.code == "RJ123"
    assert "exactly one of" in problem.message
    assert problem.location is not None
    assert problem.location.path.endswith("pack.yaml")
    assert problem.location.line == line_of(folder, "code: ACME001")


def test_a_check_with_no_form_is_refused(make_pack: PackFactory) -> None:
    error, _ = _load_error(make_pack, """
        - code: ACME001
          message: tests nothing
    """)
    assert [d.code for d in error.diagnostics] == ["RJ123"]


@pytest.mark.parametrize(("entry", "needle"), [
    ("kind: resale\n  forbid: [salary]", "kind: resale"),
    ("require_kind: folowup", "require_kind: folowup"),
    ("order: [gratitude, intrest]", "order: [gratitude, intrest]"),
], ids=["kind", "require_kind", "order"])
def test_an_unknown_section_kind_in_a_check_is_refused_at_its_line(
        make_pack: PackFactory, entry: str, needle: str) -> None:
    error, folder = _load_error(make_pack, "- code: ACME001\n  message: m\n  " + entry + "\n")
    (problem,) = error.diagnostics
    assert problem.code == "RJ113"
    assert "unknown kind" in problem.message
    assert problem.location is not None
    assert problem.location.path.endswith("pack.yaml")
    assert problem.location.line == line_of(folder, needle)


def test_every_bad_check_is_reported_in_one_error(make_pack: PackFactory) -> None:
    error, folder = _load_error(make_pack, """
        - code: RJ901
          message: m
          forbid: [salary]
        - code: ACME002
          message: m
          forbid: [salary]
          require: [thanks]
        - code: ACME003
          message: m
          kind: nonsense
          forbid: [salary]
    """)
    assert sorted(d.code for d in error.diagnostics) == ["RJ113", "RJ123", "RJ123"]
    assert all(d.location is not None and d.location.path.endswith("pack.yaml")
               for d in error.diagnostics)
    lines = sorted(d.location.line for d in error.diagnostics if d.location is not None)
    assert lines == sorted([line_of(folder, "code: RJ901"), line_of(folder, "code: ACME002"),
                            line_of(folder, "kind: nonsense")])
