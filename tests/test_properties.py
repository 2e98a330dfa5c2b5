"""Properties that must hold for every pack and every value, checked with Hypothesis.

1. Gratitude leads in any composition the validator accepts: over random packs
   (section kinds, body order and ``when`` switches all drawn at random) a letter
   without error-level findings always opens with thanks, and a letter that does
   not open with thanks always gets an RJ001 error pointing at its cause.
2. User data is never markup: any text put in a data value comes out literally
   in the text, HTML and PDF outputs, escaped where the format needs it.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import html
import io
import json
import tempfile
import unicodedata
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet import RejectletError, SectionKind, Severity
from rejectlet.controls import ACTING_CHARACTERS
from rejectlet.pack import load_pack_folder
from tests.conftest import EXAMPLE

# -- property 1: gratitude leads ------------------------------------------------------------


@dataclass(frozen=True)
class SectionPlan:
    """One generated section: its kind and, optionally, the switch that decides it."""

    kind: SectionKind
    switched: bool  # has a ``when`` condition
    negated: bool  # the condition is ``not flag_N``
    default: bool  # the flag variable's default
    given: bool | None  # the flag's value in the data file, or None when left out

    @property
    def flag(self) -> bool:
        return self.default if self.given is None else self.given

    @property
    def shown(self) -> bool:
        return not self.switched or (self.flag != self.negated)


@dataclass(frozen=True)
class Plan:
    sections: tuple[SectionPlan, ...]
    body: tuple[int, ...]  # indexes into sections, in body order


# Gratitude and interest are drawn more often than other kinds, so that many
# generated letters pass every rule and both halves of the property are exercised.
_kinds = st.sampled_from([SectionKind.GRATITUDE] * 4 + [SectionKind.INTEREST] * 4
                         + list(SectionKind))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    count = draw(st.integers(min_value=1, max_value=7) | st.integers(min_value=3, max_value=7))
    sections = tuple(
        SectionPlan(kind=draw(_kinds), switched=draw(st.sampled_from([False, False, True])),
                    negated=draw(st.booleans()), default=draw(st.booleans()),
                    given=draw(st.none() | st.booleans()))
        for _ in range(count))
    order = draw(st.permutations(range(count)))
    body = tuple(order[:draw(st.just(count) | st.integers(min_value=0, max_value=count))])
    # Half the time, make the letter a plausible one: thanks listed first and an
    # unconditional statement of interest listed last (switches may still interfere).
    if len(body) >= 2 and draw(st.booleans()):
        listed = list(sections)
        listed[body[0]] = replace(listed[body[0]], kind=SectionKind.GRATITUDE)
        listed[body[-1]] = replace(listed[body[-1]], kind=SectionKind.INTEREST, switched=False)
        sections = tuple(listed)
    return Plan(sections, body)


def plan_pack_yaml(plan: Plan) -> str:
    lines = ["pack: generated", "version: 1.0.0", "language: en", "variables:"]
    lines += [f"  flag_{i}: {{type: bool, default: {json.dumps(s.default)}}}"
              for i, s in enumerate(plan.sections)]
    lines.append("sections:")
    for i, section in enumerate(plan.sections):
        lines += [f"  s{i}:", f"    kind: {section.kind.value}"]
        if section.switched:
            lines.append(f"    when: {'not ' if section.negated else ''}flag_{i}")
        lines.append(f'    text: "Paragraph number {i} reads calmly."')
    lines += ["letters:", "  reply:", '    salutation: "Dear reader,"']
    if plan.body:
        lines.append("    body:")
        lines += [f"      - s{i}" for i in plan.body]
    else:
        lines.append("    body: []")
    lines += ['    closing: "Best regards,"', '    signature: "Sam"']
    return "\n".join(lines) + "\n"


def plan_data_yaml(plan: Plan) -> str:
    lines = [f"flag_{i}: {json.dumps(s.given)}" for i, s in enumerate(plan.sections)
             if s.given is not None]
    return "\n".join(lines) + "\n" if lines else "{}\n"


def _line(path: Path, text: str) -> int:
    lines = path.read_text("utf-8").splitlines()
    assert lines.count(text) == 1, f"{text!r} in {path.name}"
    return lines.index(text) + 1


def expected_rj001_line(plan: Plan, pack_file: Path, data_file: Path) -> tuple[Path, int]:
    """Where RJ001 should point for this plan: the switch that left the thanks out,
    else the body entry of the section that opens the letter, else the letter kind."""
    shown = [i for i in plan.body if plan.sections[i].shown]
    if not shown:
        return pack_file, _line(pack_file, "  reply:")
    left_out = [i for i in plan.body if plan.sections[i].kind is SectionKind.GRATITUDE
                and not plan.sections[i].shown]
    if left_out:
        first = left_out[0]
        if plan.sections[first].given is not None:
            return data_file, _line(data_file, f"flag_{first}: "
                                    f"{json.dumps(plan.sections[first].given)}")
        return pack_file, _line(pack_file, f"  s{first}:")
    return pack_file, _line(pack_file, f"      - s{shown[0]}")


@settings(max_examples=150, deadline=None)
@given(plans())
def test_gratitude_leads_every_letter_the_validator_accepts(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "pack").mkdir()
        pack_file = root / "pack" / "pack.yaml"
        pack_file.write_text(plan_pack_yaml(plan), encoding="utf-8")
        data_file = root / "letter.yaml"
        data_file.write_text(plan_data_yaml(plan), encoding="utf-8")

        letter = rejectlet.compose(load_pack_folder(root / "pack"), "reply",
                                   rejectlet.read_data_file(data_file))
        diagnostics = rejectlet.validate(letter)

        # the composed body is the listed sections whose switch is on, in list order
        assert [b.section_id for b in letter.body] == [
            f"s{i}" for i in plan.body if plan.sections[i].shown]

        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        gratitude_errors = [d for d in errors if d.code == "RJ001"]
        opens_with_thanks = bool(letter.body) and letter.body[0].kind is SectionKind.GRATITUDE
        event("accepted by the validator" if not errors else "refused by the validator")
        if not errors:
            assert letter.body[0].kind is SectionKind.GRATITUDE
        if opens_with_thanks:
            assert [d for d in diagnostics if d.code == "RJ001"] == []
        else:
            assert len(gratitude_errors) == 1, [str(d) for d in diagnostics]
            location = gratitude_errors[0].location
            assert location is not None
            path, line = expected_rj001_line(plan, pack_file, data_file)
            assert (Path(location.path).resolve(), location.line) == (path.resolve(), line)


# -- property 2: data is never markup -------------------------------------------------------

MARKUP = "*_`[]()<>&{}#!\\|~+-=.:;'\"%$@^"
TOKENS = "\ue000\ue0010123456789"

# A string value may not contain a line break; a text value may.
_nasty_line = st.text(alphabet=MARKUP + TOKENS + "abcXYZ \t\r", max_size=40)
_nasty_text = st.text(alphabet=MARKUP + TOKENS + "abcXYZ \t\r\n", max_size=60)
line_values = st.one_of(_nasty_line, st.text(max_size=40).map(lambda s: s.replace("\n", " ")))
text_values = st.one_of(_nasty_text, st.text(max_size=60))

# Values the classic reply inserts exactly as given (no filter changes them).
LINE_FIELDS = (("organization",), ("role",), ("sender", "name"))
TEXT_FIELDS = (("strengths",),)


def _normal(text: str) -> str:
    return " ".join(text.split())


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    target = data
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = value


def _example() -> dict[str, Any]:
    data = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


_EXAMPLE = _example()


@functools.cache
def _classic() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


# Only these elements may appear in a rendered letter; anything else came from data.
LETTER_TAGS = {"html", "head", "meta", "title", "style", "body", "article", "header",
               "address", "br", "p", "section", "div", "span", "strong", "em", "code", "a",
               "ul", "ol", "li", "blockquote"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(document: str) -> _Tags:
    parser = _Tags()
    parser.feed(document)
    parser.close()
    return parser


def _strip_for_data(path: tuple[str, ...], value: str) -> str:
    """The value as the letter keeps it: one-line values are trimmed, text values lose
    leading and trailing line breaks."""
    return value.strip("\n") if path in TEXT_FIELDS else value.strip()


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(LINE_FIELDS + TEXT_FIELDS), data=st.data())
def test_data_values_come_out_literally_in_text_and_html(
        field: tuple[str, ...], data: st.DataObject) -> None:
    value = data.draw(text_values if field in TEXT_FIELDS else line_values, label="value")
    letter_data = copy.deepcopy(_EXAMPLE)
    _set(letter_data, field, value)
    if ACTING_CHARACTERS.search(value.replace("\r\n", "\n")):
        # a control character or bidirectional override is refused at its key
        with pytest.raises(RejectletError) as refused:
            rejectlet.compose(_classic(), "reply", letter_data)
        assert [d.code for d in refused.value.diagnostics] == ["RJ215"]
        return
    letter = rejectlet.compose(_classic(), "reply", letter_data)
    kept = _strip_for_data(field, value.replace("\r\n", "\n"))

    text = rejectlet.render(letter, "text", force=True)
    assert _normal(kept) in _normal(text)

    document = rejectlet.render(letter, "html", force=True)
    assert _normal(html.escape(kept, quote=False)) in _normal(document)
    parsed = _parse(document)
    assert parsed.tags <= LETTER_TAGS
    assert _normal(kept) in _normal("".join(parsed.text))


_DATA_KEYS = ["organization", "role", "detail", "interest_in", "strengths", "sender.name",
              "sender.email", "sender.address", "recipient.title", "recipient.name", "met_with",
              "follow_up", "follow_up_days", "ask_feedback", "date", "cc"]
_any_value = st.one_of(_nasty_text, st.text(max_size=60), st.integers(), st.booleans(),
                       st.none(), st.lists(st.text(max_size=12), max_size=4), st.dates())


@settings(max_examples=150, deadline=None)
@given(values=st.dictionaries(st.sampled_from(_DATA_KEYS), _any_value, min_size=1))
def test_any_data_fails_only_with_reported_errors(values: dict[str, Any]) -> None:
    """Whatever the data holds, composing, validating and rendering either work or
    raise a RejectletError; any other exception is a bug."""
    letter_data = copy.deepcopy(_EXAMPLE)
    for dotted, value in values.items():
        _set(letter_data, tuple(dotted.split(".")), value)
    try:
        letter = rejectlet.compose(_classic(), "reply", letter_data)
        rejectlet.validate(letter)
        for output in ("text", "html"):
            assert rejectlet.render(letter, output, force=True)
    except RejectletError as error:
        assert all(d.code.startswith("RJ") for d in error.diagnostics)


@settings(max_examples=100, deadline=None)
@given(date=st.dates(), days=st.integers())
def test_any_date_and_day_count_fail_only_with_reported_errors(date: dt.date, days: int) -> None:
    """The follow-up promise does date arithmetic; far-off dates are user mistakes to
    report, not crashes."""
    letter_data = copy.deepcopy(_EXAMPLE)
    letter_data.update(date=date, follow_up_days=days)
    try:
        letter = rejectlet.compose(_classic(), "reply", letter_data)
        rejectlet.validate(letter)
        assert rejectlet.render(letter, "text", force=True)
    except RejectletError as error:
        assert all(d.code.startswith("RJ") for d in error.diagnostics)


def _pdf_text(pdf: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    return "".join(unicodedata.normalize("NFKC", text).split())


NASTY_PDF_VALUES = {
    "organization": "*NSYNC <b>{{ 7*7 }}</b> & Co",
    "role": "Data [Analyst](javascript:alert(1)) <i>II</i>",
    "strengths": "I wrote `rm -rf /` once; _never_ again. # not a heading\n\n"
                 "<script>alert('x')</script> & \\escaped\\ {% raw %} !important",
}


@pytest.mark.pdf
def test_pdf_shows_nasty_values_literally() -> None:
    letter_data = copy.deepcopy(_EXAMPLE)
    letter_data.update(NASTY_PDF_VALUES)
    letter = rejectlet.compose(_classic(), "reply", letter_data)
    extracted = _pdf_text(rejectlet.render(letter, "pdf", force=True))
    for value in NASTY_PDF_VALUES.values():
        assert "".join(value.split()) in extracted


_printable = st.text(alphabet=[chr(c) for c in range(0x21, 0x7F)] + [" "], min_size=1,
                     max_size=30).filter(lambda s: s.strip() != "")


@pytest.mark.pdf
@settings(max_examples=5, deadline=None)
@given(organization=_printable, strengths=_printable)
def test_pdf_shows_any_printable_value_literally(organization: str, strengths: str) -> None:
    letter_data = copy.deepcopy(_EXAMPLE)
    letter_data.update(organization=organization, strengths=strengths)
    letter = rejectlet.compose(_classic(), "reply", letter_data)
    extracted = _pdf_text(rejectlet.render(letter, "pdf", force=True))
    assert "".join(organization.split()) in extracted
    assert "".join(strengths.split()) in extracted
