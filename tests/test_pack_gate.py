"""`rejectlet check PACK` reports the author mistakes that load but go wrong later.

Each test writes one mistake into a small pack and expects exactly one finding
with our code, at the place to edit, with a hint saying how to fix it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import rejectlet
from rejectlet.pack import load_pack
from rejectlet.pack_check import check_pack

PackFactory = Callable[..., Path]

SAMPLE = """
pack: ../mini
letter: reply
name: Ada
organization: Acme
"""


def findings(folder: Path, code: str) -> list[rejectlet.Diagnostic]:
    return [d for d in check_pack(load_pack(folder)) if d.code == code]


def line_col(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of ``needle``."""
    before = text[:text.index(needle)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def with_sample(files: dict[str, str] | None = None) -> dict[str, str]:
    return {"samples/reply.yaml": SAMPLE, **(files or {})}


def test_a_pack_with_a_sample_for_each_letter_has_no_gate_findings(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text, with_sample(), name="mini")
    found = [d for d in check_pack(load_pack(folder))
             if d.code in ("RJ124", "RJ125", "RJ126", "RJ127", "RJ128")]
    assert found == []


def test_a_letter_kind_without_a_sample_is_named(make_pack: PackFactory,
                                                 minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text, name="mini")
    [finding] = findings(folder, "RJ124")
    assert finding.location is not None
    assert finding.location.path.endswith("pack.yaml")
    assert "'reply'" in finding.message and "samples/reply.yaml" in finding.hint


def test_a_sample_folder_with_the_wrong_name_is_the_one_finding(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text, {"sample/reply.yaml": SAMPLE}, name="mini")
    [finding] = findings(folder, "RJ124")
    assert finding.is_error
    assert finding.location is not None and finding.location.path.endswith("sample")
    assert "samples/" in finding.hint
    assert finding.fix is not None and finding.fix.new == "samples"


def test_a_capitalised_samples_folder_is_named_too(make_pack: PackFactory,
                                                   minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text, {"Samples/reply.yaml": SAMPLE}, name="mini")
    if (folder / "samples").is_dir():  # a file system that ignores case has no mistake
        return
    [finding] = findings(folder, "RJ124")
    assert "Samples/" in finding.message


def test_an_integer_default_that_is_a_word_is_reported_at_the_default(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace(
        "  ask: {type: bool, default: false}\n",
        "  ask: {type: bool, default: false}\n  days: {type: integer, default: thirty}\n")
    folder = make_pack(text, with_sample(), name="mini")
    [finding] = findings(folder, "RJ125")
    written = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert finding.location is not None
    assert (finding.location.line, finding.location.column) == line_col(written, "thirty")
    assert "'days'" in finding.message and "whole number" in finding.hint


def test_a_default_outside_its_choices_suggests_the_near_choice(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace(
        "  ask: {type: bool, default: false}\n",
        "  ask: {type: bool, default: false}\n"
        "  tone: {type: string, choices: [formal, warm], default: wram}\n")
    folder = make_pack(text, with_sample(), name="mini")
    [finding] = findings(folder, "RJ125")
    written = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert finding.location is not None
    assert (finding.location.line, finding.location.column) == line_col(written, "wram")
    assert "warm" in finding.hint


def test_a_bool_default_in_quotes_is_reported(make_pack: PackFactory,
                                              minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("default: false", "default: 'no'")
    folder = make_pack(text, with_sample(), name="mini")
    assert len(findings(folder, "RJ125")) == 1


def test_a_language_name_instead_of_a_tag_is_reported_with_the_tag(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("language: en", "language: british")
    folder = make_pack(text, with_sample(), name="mini")
    [finding] = findings(folder, "RJ126")
    written = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert finding.location is not None
    assert (finding.location.line, finding.location.column) == line_col(written, "british")
    assert finding.fix is not None and finding.fix.new == "en-GB"


def test_an_underscore_tag_is_corrected_to_the_bcp47_form(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace("language: en", "language: en_GB")
    folder = make_pack(text, with_sample(), name="mini")
    [finding] = findings(folder, "RJ126")
    assert finding.fix is not None and finding.fix.new == "en-GB"


def test_regional_tags_babel_knows_pass(make_pack: PackFactory,
                                        minimal_pack_text: str) -> None:
    for tag in ("en-GB", "de", "fr-CA", "pt-BR"):
        text = minimal_pack_text.replace("language: en", f"language: {tag}")
        folder = make_pack(text, with_sample(), name="mini")
        assert findings(folder, "RJ126") == [], tag


GLUE = """
    interest:
      kind: interest
      text: |
        I remain keen on {{ organization }}{% if ask %}
        and on the team{% endif %}.
"""


def test_a_tag_at_a_line_end_that_glues_words_is_reported_at_the_tag(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace(
        '  interest: {kind: interest, text: "I remain keen on {{ organization }}."}\n',
        textwrap.indent(textwrap.dedent(GLUE).lstrip("\n"), "  "))
    folder = make_pack(text, with_sample(), name="mini")
    [finding] = findings(folder, "RJ127")
    written = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert finding.location is not None
    assert (finding.location.line, finding.location.column) == line_col(
        written, "{% if ask %}")
    assert "{%-" in finding.hint
    # the finding is true: the letter really glues the words
    letter = rejectlet.compose(load_pack(folder), "reply",
                               {"name": "Ada", "organization": "Acme", "ask": True})
    assert "Acmeand" in rejectlet.render(letter, "text")


def test_a_tag_after_a_space_or_on_its_own_line_is_not_reported(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    fine = GLUE.replace("}}{% if ask %}", "}} {% if ask %}")
    text = minimal_pack_text.replace(
        '  interest: {kind: interest, text: "I remain keen on {{ organization }}."}\n',
        textwrap.indent(textwrap.dedent(fine).lstrip("\n"), "  "))
    folder = make_pack(text, with_sample(), name="mini")
    assert findings(folder, "RJ127") == []


def test_a_byte_order_mark_is_reported_and_does_not_reach_the_letter(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = minimal_pack_text.replace(
        '  interest: {kind: interest, text: "I remain keen on {{ organization }}."}\n',
        "  interest: {kind: interest, file: interest.md}\n")
    folder = make_pack(text, with_sample(), name="mini")
    (folder / "interest.md").write_bytes(b"\xef\xbb\xbfI remain keen on {{ organization }}.\n")
    [finding] = findings(folder, "RJ128")
    assert finding.location is not None
    assert finding.location.path.endswith("interest.md")
    assert (finding.location.line, finding.location.column) == (1, 1)
    assert finding.fix is not None and finding.fix.old == "\ufeff"
    letter = rejectlet.compose(load_pack(folder), "reply",
                               {"name": "Ada", "organization": "Acme"})
    for form in ("text", "html"):
        output = rejectlet.render(letter, form)
        assert "\ufeff" not in (output if isinstance(output, str) else output.decode())


def test_a_byte_order_mark_in_pack_yaml_is_reported(make_pack: PackFactory,
                                                    minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text, with_sample(), name="mini")
    raw = (folder / "pack.yaml").read_bytes()
    (folder / "pack.yaml").write_bytes(b"\xef\xbb\xbf" + raw)
    [finding] = findings(folder, "RJ128")
    assert finding.location is not None and finding.location.path.endswith("pack.yaml")
