"""The letter rules RJ001–RJ008: when each fires, when it stays quiet, and where it points.

Most cases compose a letter from a small pack written for these tests and from
a data file on disk, so a finding can be checked against the exact line of the
pack or data file that caused it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

import rejectlet
from rejectlet import Diagnostic, Letter, LetterHasErrors, PackError, Severity
from rejectlet.pack import load_pack_folder
from tests.conftest import EXAMPLE

DEFAULT_BODY = ("thanks", "fit", "story", "interest")
DEFAULT_PS = ("feedback",)

# Words in the default body when ``note`` is empty:
#   "Thank you for your time and for letting me know about Acme Tools." (13)
#   "I still believe my background suits the work." (8)
#   "I remain very interested in Acme Tools." (7)
BASE_WORDS = 28

BASE_DATA: dict[str, Any] = {"me": "Sam Lee", "name": "Ana Ortiz", "organization": "Acme Tools"}


def _rule_lines(settings: Mapping[str, str], indent: str) -> list[str]:
    return [f"{indent}{key}: {value}  # rule {key}" for key, value in settings.items()]


def rules_pack_yaml(body: Sequence[str] = DEFAULT_BODY, ps: Sequence[str] = DEFAULT_PS,
                    pack_rules: Mapping[str, str] | None = None,
                    letter_rules: Mapping[str, str] | None = None,
                    letter_type: str | None = None) -> str:
    """A pack whose body and P.S. lists, and rule settings, each test chooses.

    Every list entry and rule setting carries a comment naming it, so a test
    can find the line a diagnostic should point at.
    """
    lines = [
        "pack: rulecheck",
        "version: 1.0.0",
        "language: en",
        "variables:",
        "  me: {type: string, required: true}",
        "  name: {type: string, required: true}",
        "  organization: {type: string, required: true}",
        "  detail: {type: string}",
        "  note: {type: text}",
        "  aside: {type: text}",
        "  thank: {type: bool, default: true}",
        "  formal: {type: bool, default: false}",
        "  keen: {type: bool, default: true}",
        "sections:",
        "  thanks:",
        "    kind: gratitude",
        "    when: thank",
        '    text: "Thank you for your time and for letting me know about {{ organization }}."',
        "  thanks_warm:",
        "    kind: gratitude",
        "    when: not formal",
        '    text: "Many thanks for the warm conversations."',
        "  fit:",
        "    kind: resell",
        '    text: "I still believe my background suits the work.'
        '{% if detail %} I enjoyed {{ detail }}.{% endif %}"',
        "  story:",
        "    kind: resell",
        '    text: "{{ note }}"',
        "  aside:",
        "    kind: other",
        '    text: "{{ aside }}"',
        "  interest:",
        "    kind: interest",
        "    when: keen",
        '    text: "I remain very interested in {{ organization }}."',
        "  feedback:",
        "    kind: feedback",
        '    text: "Any thoughts you could share would help me grow."',
        "  share:",
        "    kind: share",
        '    text: "Here is the article I mentioned."',
        "  draft:",
        "    kind: other",
        '    text: "TODO add a kind closing line."  # draft text',
        "  late_ps:",
        "    kind: update",
        "    text: |",
        "      I have some news since we spoke.",
        "",
        "      P.S. I finished my certificate.",
        "letters:",
        "  reply:  # letter reply",
        *([f"    type: {letter_type}"] if letter_type else []),
        '    subject: "Thank you, {{ organization }}"',
        '    salutation: "Dear {{ name }},"',
    ]
    if body:
        lines.append("    body:")
        lines.extend(f"      - {sid}  # body {sid}" for sid in body)
    else:
        lines.append("    body: []")
    lines += ['    closing: "Best regards,"', '    signature: "{{ me }}"']
    if ps:
        lines.append("    ps:")
        lines.extend(f"      - {sid}  # ps {sid}" for sid in ps)
    if letter_rules:
        lines.append("    rules:")
        lines.extend(_rule_lines(letter_rules, "      "))
    if pack_rules:
        lines.append("rules:")
        lines.extend(_rule_lines(pack_rules, "  "))
    return "\n".join(lines) + "\n"


def _only_line(path: Path, matches: Callable[[str], bool], what: str) -> int:
    found = [number for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if matches(line)]
    assert len(found) == 1, f"{what} is on lines {found} of {path.name}"
    return found[0]


def line_ending(path: Path, marker: str) -> int:
    """The 1-based number of the only line of ``path`` that ends with ``marker``."""
    return _only_line(path, lambda line: line.rstrip().endswith(marker), repr(marker))


def line_of_key(path: Path, key: str) -> int:
    """The 1-based number of the only line of ``path`` that starts with ``key:``."""
    return _only_line(path, lambda line: line.startswith(f"{key}: "), repr(key))


def assert_points_at(diagnostic: Diagnostic, path: Path, line: int) -> None:
    location = diagnostic.location
    assert location is not None, f"{diagnostic} has no location"
    assert Path(location.path).resolve() == path.resolve(), str(diagnostic)
    assert location.line == line, str(diagnostic)


@dataclass
class Composed:
    letter: Letter
    pack_file: Path
    data_file: Path

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return rejectlet.validate(self.letter)

    def findings(self, code: str) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.code == code]

    def pack_line(self, marker: str) -> int:
        return line_ending(self.pack_file, marker)

    def data_line(self, key: str) -> int:
        return line_of_key(self.data_file, key)


ComposeFactory = Callable[..., Composed]


def write_data(path: Path, values: Mapping[str, Any]) -> Path:
    """One ``key: value`` line per value (JSON scalars are valid YAML flow scalars)."""
    path.write_text("".join(f"{key}: {json.dumps(value)}\n" for key, value in values.items()),
                    encoding="utf-8")
    return path


@pytest.fixture
def compose_letter(make_pack: Callable[..., Path], tmp_path: Path) -> ComposeFactory:
    """Write the rules pack and a data file, and compose the reply from the file's path."""
    def build(data: Mapping[str, Any] | None = None, **pack_options: Any) -> Composed:
        folder = make_pack(rules_pack_yaml(**pack_options))
        pack = load_pack_folder(folder)
        data_file = write_data(tmp_path / "letter.yaml", {**BASE_DATA, **(data or {})})
        letter = rejectlet.compose(pack, "reply", rejectlet.read_data_file(data_file))
        return Composed(letter, folder / "pack.yaml", data_file)
    return build


def test_the_default_test_letter_breaks_no_rule(compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"note": "I learned a great deal from the panel."})
    assert composed.diagnostics == []


# -- RJ001 gratitude-first --------------------------------------------------------------


@pytest.mark.parametrize("body", [
    ("thanks", "fit", "interest"),
    ("thanks", "interest"),
    ("thanks_warm", "fit", "interest"),
    ("thanks", "thanks_warm", "interest", "fit"),
])
def test_gratitude_first_is_quiet_when_the_body_opens_with_thanks(
        compose_letter: ComposeFactory, body: tuple[str, ...]) -> None:
    composed = compose_letter(body=body)
    assert composed.letter.body[0].kind is rejectlet.SectionKind.GRATITUDE
    assert composed.findings("RJ001") == []


@pytest.mark.parametrize(("body", "opener"), [
    (("fit", "thanks", "interest"), "fit"),
    (("interest", "thanks"), "interest"),
    (("story", "thanks", "interest"), "story"),
    (("aside", "thanks", "interest"), "aside"),
    (("fit", "interest", "thanks"), "fit"),
])
def test_gratitude_first_points_at_the_body_entry_that_opens_instead(
        compose_letter: ComposeFactory, body: tuple[str, ...], opener: str) -> None:
    composed = compose_letter({"note": "A story.", "aside": "An aside."}, body=body)
    [finding] = composed.findings("RJ001")
    assert finding.severity is Severity.ERROR
    assert repr(opener) in finding.message
    assert_points_at(finding, composed.pack_file, composed.pack_line(f"# body {opener}"))


@pytest.mark.parametrize(("body", "switch", "value"), [
    (("thanks", "fit", "interest"), "thank", False),
    (("thanks_warm", "fit", "interest"), "formal", True),
])
def test_gratitude_first_points_at_the_data_value_that_left_the_thanks_out(
        compose_letter: ComposeFactory, body: tuple[str, ...], switch: str,
        value: bool) -> None:
    composed = compose_letter({switch: value}, body=body)
    assert composed.letter.body[0].section_id == "fit"
    [finding] = composed.findings("RJ001")
    assert finding.severity is Severity.ERROR
    assert "left out" in finding.hint
    assert_points_at(finding, composed.data_file, composed.data_line(switch))


def test_gratitude_first_keeps_quiet_when_the_switch_leaves_the_thanks_in(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"thank": True, "formal": False},
                              body=("thanks", "fit", "interest"))
    assert composed.findings("RJ001") == []


def test_gratitude_first_fires_on_an_empty_body_at_the_letter_kind(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter(body=())
    [finding] = composed.findings("RJ001")
    assert finding.severity is Severity.ERROR
    assert_points_at(finding, composed.pack_file, composed.pack_line("# letter reply"))


@pytest.mark.parametrize(("where", "key", "setting"), [
    ("pack", "RJ001", '"off"'),
    ("pack", "RJ001", '"warning"'),
    ("pack", "RJ001", "warning"),
    ("pack", "RJ001", "off"),
    ("pack", "gratitude-first", "warning"),
    ("pack", "gratitude-first", '"off"'),
    ("pack", "RJ001", "{severity: warning}"),
    ("pack", "RJ001", '{severity: "off"}'),
    ("letter", "RJ001", "warning"),
    ("letter", "gratitude-first", '"off"'),
    ("letter", "gratitude-first", "off"),
])
def test_a_pack_cannot_turn_gratitude_first_off_or_soften_it(
        make_pack: Callable[..., Path], where: str, key: str, setting: str) -> None:
    settings = {key: setting}
    text = (rules_pack_yaml(pack_rules=settings) if where == "pack"
            else rules_pack_yaml(letter_rules=settings))
    folder = make_pack(text)
    with pytest.raises(PackError) as raised:
        load_pack_folder(folder)
    codes = [d.code for d in raised.value.diagnostics]
    assert codes == ["RJ117"], str(raised.value)
    assert_points_at(raised.value.diagnostics[0], folder / "pack.yaml",
                     line_ending(folder / "pack.yaml", f"# rule {key}"))


@pytest.mark.parametrize("setting", ["error", "{severity: error}"])
def test_a_pack_may_restate_that_gratitude_first_is_an_error(
        compose_letter: ComposeFactory, setting: str) -> None:
    composed = compose_letter(body=("fit", "thanks", "interest"), pack_rules={"RJ001": setting})
    [finding] = composed.findings("RJ001")
    assert finding.severity is Severity.ERROR


# -- RJ002 continued-interest -----------------------------------------------------------


@pytest.mark.parametrize(("body", "data", "fires"), [
    (("thanks", "fit", "interest"), {}, False),
    (("thanks", "interest", "fit"), {"keen": True}, False),
    (("thanks", "fit"), {}, True),
    (("thanks", "fit", "story"), {"note": "Some news."}, True),
    (("thanks", "fit", "interest"), {"keen": False}, True),
])
def test_continued_interest_is_required_in_the_body(
        compose_letter: ComposeFactory, body: tuple[str, ...], data: dict[str, Any],
        fires: bool) -> None:
    composed = compose_letter(data, body=body)
    findings = composed.findings("RJ002")
    if not fires:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert_points_at(finding, composed.pack_file, composed.pack_line("# letter reply"))


def test_continued_interest_in_a_postscript_does_not_count(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter(body=("thanks", "fit"), ps=("interest",))
    [finding] = composed.findings("RJ002")
    assert finding.severity is Severity.ERROR


def test_continued_interest_hint_names_the_condition_that_left_it_out(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"keen": False})
    [finding] = composed.findings("RJ002")
    assert "keen" in finding.hint


# -- RJ003 feedback-in-ps ---------------------------------------------------------------


@pytest.mark.parametrize(("body", "ps", "fires"), [
    (("thanks", "fit", "interest"), ("feedback",), False),
    (("thanks", "fit", "interest"), (), False),
    (("thanks", "fit", "interest", "feedback"), (), True),
    (("thanks", "feedback", "interest"), ("share",), True),
])
def test_feedback_request_belongs_in_the_postscript(
        compose_letter: ComposeFactory, body: tuple[str, ...], ps: tuple[str, ...],
        fires: bool) -> None:
    composed = compose_letter(body=body, ps=ps)
    findings = composed.findings("RJ003")
    if not fires:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert "'feedback'" in finding.message
    assert_points_at(finding, composed.pack_file, composed.pack_line("# body feedback"))


# -- RJ004 single-ps --------------------------------------------------------------------


@pytest.mark.parametrize(("ps", "second"), [
    (("feedback",), None),
    (("share",), None),
    ((), None),
    (("feedback", "share"), "share"),
    (("share", "feedback"), "feedback"),
])
def test_a_letter_has_at_most_one_postscript(
        compose_letter: ComposeFactory, ps: tuple[str, ...], second: str | None) -> None:
    composed = compose_letter(ps=ps)
    findings = composed.findings("RJ004")
    if second is None:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert repr(second) in finding.message
    assert_points_at(finding, composed.pack_file, composed.pack_line(f"# ps {second}"))


@pytest.mark.parametrize(("aside", "fires"), [
    ("P.S. I have since finished my certificate.", True),
    ("PS: I have since finished my certificate.", True),
    ("p.s. one more thing.", True),
    ("P.P.S. and another.", True),
    ("Ps. a small update.", True),
    ("Some news first.\n\nP.S. a value is one paragraph, whatever its lines.", False),
    ("PSA: the certificate is done.", False),
    ("PS5 evenings are over; I finished my certificate.", False),
    ("Since we spoke I finished my certificate (see P.S. below).", False),
    ("Postscript aside, I finished my certificate.", False),
])
def test_a_body_paragraph_may_not_open_as_a_postscript(
        compose_letter: ComposeFactory, aside: str, fires: bool) -> None:
    composed = compose_letter({"aside": aside}, body=("thanks", "aside", "interest"))
    findings = composed.findings("RJ004")
    if not fires:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert_points_at(finding, composed.pack_file, composed.pack_line("# body aside"))


def test_a_later_paragraph_of_a_body_section_may_not_open_as_a_postscript(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter(body=("thanks", "late_ps", "interest"))
    [finding] = composed.findings("RJ004")
    assert finding.severity is Severity.ERROR
    assert "'late_ps'" in finding.message
    assert_points_at(finding, composed.pack_file, composed.pack_line("# body late_ps"))


# -- RJ005 required-filled --------------------------------------------------------------


@pytest.mark.parametrize(("key", "value", "fires"), [
    ("name", "", True),
    ("name", "   ", True),
    ("me", "", True),
    ("organization", "", True),
    ("name", "Ana", False),
    ("detail", "", False),
    ("note", "", False),
])
def test_required_values_must_have_content(
        compose_letter: ComposeFactory, key: str, value: str, fires: bool) -> None:
    composed = compose_letter({key: value})
    findings = composed.findings("RJ005")
    if not fires:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert repr(key) in finding.message
    assert_points_at(finding, composed.data_file, composed.data_line(key))


# -- RJ006 no-placeholders --------------------------------------------------------------


@pytest.mark.parametrize(("detail", "placeholder"), [
    ("(Organization Name)", "(Organization Name)"),
    ("meeting the (Hiring Manager)", "(Hiring Manager)"),
    ("(insert a detail here)", "(insert a detail here)"),
    ("(COMPANY_NAME)", "(COMPANY_NAME)"),
    ("[Company]", "[Company]"),
    ("the team at [company name]", "[company name]"),
    ("{{ role }}", "{{ role }}"),
    ("{% if role %}", "{% if role %}"),
    ("TODO", "TODO"),
    ("the TBD offsite", "TBD"),
    ("FIXME later", "FIXME"),
    ("<Your Name>", "<Your Name>"),
    ("<insert detail>", "<insert detail>"),
    ("____", "____"),
    ("the ________ project", "________"),
    ("Lorem ipsum dolor", "Lorem ipsum"),
    ("over XX years in retail banking", "XX years"),
    ("a team of XXX engineers", "XXX"),
    ("my regards to (interviewer’s name)", "(interviewer’s name)"),
])
def test_placeholders_in_data_point_at_the_data_value(
        compose_letter: ComposeFactory, detail: str, placeholder: str) -> None:
    composed = compose_letter({"detail": detail})
    [finding] = composed.findings("RJ006")
    assert finding.severity is Severity.ERROR
    assert repr(placeholder) in finding.message
    assert_points_at(finding, composed.data_file, composed.data_line("detail"))


@pytest.mark.parametrize("detail", [
    "the (AWS) migration",
    "your office in (Berlin)",
    "the (remote) team",
    "(New York) and (London)",
    "Q3 (2024) planning",
    "the C++ (and C#) services",
    "your team's [sic] motto",
    "a todo list app",
    "the __init__ module",
    "the A/B tests",
    "a score of 3 < 4",
])
def test_ordinary_brackets_and_words_are_not_placeholders(
        compose_letter: ComposeFactory, detail: str) -> None:
    composed = compose_letter({"detail": detail})
    assert composed.findings("RJ006") == []


@pytest.mark.parametrize(("key", "value"), [
    ("detail", "[Detail]"),  # the body only
    ("note", "[Your story]"),  # a section of its own
    ("me", "<Your Name>"),  # the signature
    ("name", "<Interviewer Name>"),  # the salutation
    ("organization", "[Company]"),  # the subject, then the body
])
def test_a_placeholder_points_at_its_data_value_wherever_the_letter_uses_it(
        compose_letter: ComposeFactory, key: str, value: str) -> None:
    composed = compose_letter({key: value})
    [finding] = composed.findings("RJ006")
    assert repr(value) in finding.message
    assert_points_at(finding, composed.data_file, composed.data_line(key))


def test_a_placeholder_in_the_pack_points_at_the_section_text(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter(body=("thanks", "interest", "draft"))
    [finding] = composed.findings("RJ006")
    assert finding.severity is Severity.ERROR
    assert "'TODO'" in finding.message
    assert_points_at(finding, composed.pack_file, composed.pack_line("# draft text"))


def test_a_placeholder_used_twice_is_reported_once(compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"detail": "[Team]", "note": "More about [Team]."})
    assert len(composed.findings("RJ006")) == 1


# -- RJ007 tone -------------------------------------------------------------------------


@pytest.mark.parametrize(("note", "phrase"), [
    ("I think the process was unfair.", "the process was unfair"),
    ("It was not fair to the other candidates.", "not fair"),
    ("Honestly, it is your loss.", "your loss"),
    ("Your loss, frankly.", "Your loss"),
    ("Would you please reconsider?", "reconsider"),
    ("I ask for your reconsideration.", "your reconsideration"),
    ("I am begging you for the role.", "begging"),
    ("Why didn't I get the job?", "Why didn't I get the job?"),
    ("Why didn’t I get the job?", "Why didn’t I get the job?"),
    ("why did not I hear sooner?", "why did not I hear sooner?"),
    ("Why was I not chosen?", "Why was I not chosen?"),
    ("It was a bad decision.", "bad decision"),
    ("The whole thing was a waste of my time.", "waste of my time"),
    ("I was clearly the best candidate.", "I was clearly the best candidate"),
    ("Please give me another chance.", "give me another chance"),
    ("I really need this job.", "I really need this job"),
    ("The process seemed rigged.", "The process seemed rigged"),
    ("I am furious.", "I am furious"),
])
def test_bitter_angry_or_pleading_phrases_are_flagged(
        compose_letter: ComposeFactory, note: str, phrase: str) -> None:
    composed = compose_letter({"note": note})
    findings = composed.findings("RJ007")
    assert findings, f"no tone finding for {note!r}"
    # In a first reply, a hostile or arguing sentence stops the render.
    assert all(f.severity is Severity.ERROR for f in findings)
    assert any(repr(phrase) in f.message for f in findings), [f.message for f in findings]
    for finding in findings:
        assert_points_at(finding, composed.data_file, composed.data_line("note"))


@pytest.mark.parametrize("note", [
    "I learned a great deal from the panel.",
    "The process felt fair and clear.",
    "I was disappointed not to be chosen.",
    "I hope the new hire thrives.",
    "I would welcome any chance to work together.",
    "Why I applied: the mission.",
    "I regret that our timing did not line up.",
    "Losses are part of forecasting work.",
])
def test_gracious_sentences_pass_the_tone_rule(compose_letter: ComposeFactory,
                                               note: str) -> None:
    composed = compose_letter({"note": note})
    assert composed.findings("RJ007") == []


@pytest.mark.parametrize(("data", "warnings"), [
    ({"note": "I was disappointed."}, 0),
    ({"detail": "a disappointing lunch"}, 0),
    ({"note": "I was disappointed, truly disappointed."}, 1),
    ({"note": "Disappointed? Yes. Disappointed for long? No."}, 1),
    ({"detail": "the disappointing weather", "note": "I was disappointed."}, 0),
    ({"detail": "news that was disappointing", "note": "I was disappointed."}, 1),
    ({"note": "Disappointed, disappointed, disappointed."}, 1),
])
def test_disappointment_may_be_mentioned_once(
        compose_letter: ComposeFactory, data: dict[str, Any], warnings: int) -> None:
    composed = compose_letter(data)
    findings = composed.findings("RJ007")
    assert len(findings) == warnings, [str(f) for f in findings]
    for finding in findings:
        assert finding.severity is Severity.WARNING
        assert "more than once" in finding.message


def test_the_second_disappointment_points_at_the_value_that_repeats_it(
        compose_letter: ComposeFactory) -> None:
    # The fit section (detail) comes before the story section (note) in the body.
    composed = compose_letter({"detail": "news that was disappointing",
                               "note": "I was disappointed."})
    [finding] = composed.findings("RJ007")
    assert_points_at(finding, composed.data_file, composed.data_line("note"))


def test_disappointment_counts_the_pack_wording_and_the_data_together(
        classic: rejectlet.Pack, example_data: dict[str, Any], tmp_path: Path) -> None:
    # The classic pack's own re-sell paragraph already says "disappointed" once.
    example_data["strengths"] += " I was disappointed by the news."
    data_file = tmp_path / "reply.yaml"
    data_file.write_text(yaml.safe_dump(example_data, sort_keys=False, width=10_000,
                                        allow_unicode=True), encoding="utf-8")
    letter = rejectlet.compose(classic, "reply", rejectlet.read_data_file(data_file))
    [finding] = [d for d in rejectlet.validate(letter) if d.code == "RJ007"]
    assert finding.severity is Severity.WARNING
    assert_points_at(finding, data_file, line_of_key(data_file, "strengths"))


@pytest.mark.parametrize(("note", "fires"), [
    ("No hard feelings at all.", True),
    ("There are NO HARD FEELINGS here.", True),
    ("Some hard feelings remain.", False),
    ("no hard feelingsy", False),
    ("a.b* is my motto", True),
    ("aab is my motto", False),
    ("a.bbb is my motto", False),
])
def test_a_pack_adds_literal_phrases_to_avoid(
        compose_letter: ComposeFactory, note: str, fires: bool) -> None:
    composed = compose_letter(
        {"note": note}, pack_rules={"tone": '{phrases: ["no hard feelings", "a.b*"]}'})
    findings = composed.findings("RJ007")
    if not fires:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is Severity.WARNING
    assert "phrases to avoid" in finding.message
    assert_points_at(finding, composed.data_file, composed.data_line("note"))


def test_a_letter_kind_adds_phrases_to_avoid(compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"note": "No hard feelings."},
                              letter_rules={"RJ007": '{phrases: ["no hard feelings"]}'})
    assert len(composed.findings("RJ007")) == 1


@pytest.mark.parametrize(("pack_rules", "letter_rules"), [
    ({"tone": '"off"'}, None),
    ({"RJ007": '"off"'}, None),
    ({"tone": '{severity: "off"}'}, None),
    ({"tone": "off"}, None),
    (None, {"tone": "off"}),
    (None, {"tone": '"off"'}),
    ({"tone": "warning"}, {"tone": '"off"'}),
])
def test_a_pack_can_turn_the_tone_rule_off_except_in_a_first_reply(
        compose_letter: ComposeFactory, pack_rules: dict[str, str] | None,
        letter_rules: dict[str, str] | None) -> None:
    note = {"note": "It was unfair and your loss."}
    custom = compose_letter(note, pack_rules=pack_rules, letter_rules=letter_rules,
                            letter_type="custom")
    assert custom.findings("RJ007") == []
    # In a first reply the rule's floor holds: softened to a warning, never silenced.
    reply = compose_letter(note, pack_rules=pack_rules, letter_rules=letter_rules)
    findings = reply.findings("RJ007")
    assert findings
    assert all(f.severity is Severity.WARNING for f in findings)


@pytest.mark.parametrize(("pack_rules", "letter_rules", "severity"), [
    (None, None, Severity.ERROR),
    ({"tone": "warning"}, None, Severity.WARNING),
    ({"tone": "error"}, None, Severity.ERROR),
    ({"RJ007": "{severity: warning}"}, None, Severity.WARNING),
    (None, {"tone": "warning"}, Severity.WARNING),
    ({"tone": "error"}, {"tone": "warning"}, Severity.WARNING),
    ({"tone": "warning"}, {"tone": "error"}, Severity.ERROR),
])
def test_a_pack_can_change_the_tone_rule_severity(
        compose_letter: ComposeFactory, pack_rules: dict[str, str] | None,
        letter_rules: dict[str, str] | None, severity: Severity) -> None:
    composed = compose_letter({"note": "It was unfair."},
                              pack_rules=pack_rules, letter_rules=letter_rules)
    [finding] = composed.findings("RJ007")
    assert finding.severity is severity


@pytest.mark.parametrize("pack_rules", [None, {"tone": "error"}])
def test_a_mild_sentence_only_warns_even_when_the_rule_is_an_error(
        compose_letter: ComposeFactory, pack_rules: dict[str, str] | None) -> None:
    composed = compose_letter({"note": "The long wait was frustrating."}, pack_rules=pack_rules)
    [finding] = composed.findings("RJ007")
    assert finding.severity is Severity.WARNING


# -- RJ008 length -----------------------------------------------------------------------


def _words(count: int) -> str:
    return " ".join(f"word{index}" for index in range(count))


@pytest.mark.parametrize(("pack_rules", "letter_rules", "note_words", "severity"), [
    (None, None, 0, None),
    (None, None, 250 - BASE_WORDS, None),
    (None, None, 251 - BASE_WORDS, Severity.WARNING),
    (None, None, 400, Severity.WARNING),
    ({"length": "{max_words: 30}"}, None, 2, None),
    ({"length": "{max_words: 30}"}, None, 3, Severity.WARNING),
    ({"RJ008": "{max_words: 30, severity: error}"}, None, 3, Severity.ERROR),
    ({"length": "error"}, None, 251 - BASE_WORDS, Severity.ERROR),
    ({"length": "error"}, None, 250 - BASE_WORDS, None),
    (None, {"length": "{max_words: 30}"}, 3, Severity.WARNING),
    ({"length": "{max_words: 30}"}, {"length": "{max_words: 1000}"}, 400, None),
    ({"length": '"off"'}, None, 400, None),
])
def test_length_limits_the_words_in_the_body(
        compose_letter: ComposeFactory, pack_rules: dict[str, str] | None,
        letter_rules: dict[str, str] | None, note_words: int,
        severity: Severity | None) -> None:
    composed = compose_letter({"note": _words(note_words)},
                              pack_rules=pack_rules, letter_rules=letter_rules)
    findings = composed.findings("RJ008")
    if severity is None:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity is severity
    assert f"{BASE_WORDS + note_words} words" in finding.message
    assert_points_at(finding, composed.pack_file, composed.pack_line("# letter reply"))


def test_length_does_not_count_the_postscript(compose_letter: ComposeFactory) -> None:
    # The P.S. adds nine words; with them the body would be over its limit.
    composed = compose_letter({"note": _words(2)},
                              pack_rules={"length": f"{{max_words: {BASE_WORDS + 2}}}"})
    assert composed.findings("RJ008") == []


# -- rendering refuses letters with errors ----------------------------------------------


def test_render_refuses_a_letter_with_errors_and_lists_them(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"detail": "[Company]"}, body=("fit", "thanks", "interest"))
    errors = [d for d in composed.diagnostics if d.is_error]
    assert {d.code for d in errors} == {"RJ001", "RJ006"}
    for output in rejectlet.FORMATS:
        with pytest.raises(LetterHasErrors) as raised:
            rejectlet.render(composed.letter, output)
        assert list(raised.value.diagnostics) == errors
        assert "RJ001" in str(raised.value)
        assert "RJ006" in str(raised.value)


def test_render_with_force_renders_a_letter_with_errors(compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"detail": "[Company]"}, body=("fit", "thanks", "interest"))
    text = rejectlet.render(composed.letter, "text", force=True)
    assert "I enjoyed [Company]." in text
    assert text.index("I still believe") < text.index("Thank you for your time")
    html = rejectlet.render(composed.letter, "html", force=True)
    assert "I enjoyed [Company]." in html


def test_warnings_alone_do_not_stop_rendering(compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"note": "The long wait was frustrating."})
    assert [d.severity for d in composed.diagnostics] == [Severity.WARNING]
    assert "The long wait was frustrating." in rejectlet.render(composed.letter, "text")


def test_a_hostile_sentence_stops_the_render_of_a_first_reply(
        compose_letter: ComposeFactory) -> None:
    composed = compose_letter({"note": "It was unfair."})
    assert [d.severity for d in composed.diagnostics] == [Severity.ERROR]
    with pytest.raises(LetterHasErrors):
        rejectlet.render(composed.letter, "text")


def test_the_example_letter_breaks_no_rule(classic: rejectlet.Pack) -> None:
    assert rejectlet.validate(rejectlet.compose(classic, "reply",
                                                rejectlet.read_data_file(EXAMPLE))) == []
