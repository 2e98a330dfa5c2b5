"""Mistakes in a pack are PackErrors that point at the pack file and say how to fix them.

Each test starts from the small valid pack in ``minimal_pack_text``, makes one
(or a few) of the mistakes a pack author makes, and checks the code, the
file, the line and column, and the suggestion. Expected positions are found in
the pack text itself, so they stay exact when the text is edited.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import rejectlet

PackFactory = Callable[..., Path]


# -- helpers ---------------------------------------------------------------------------


def write_pack(make_pack: PackFactory, text: str, files: dict[str, str] | None = None,
               ) -> tuple[Path, str]:
    """Write the pack and return its folder and the exact text of its pack.yaml."""
    text = textwrap.dedent(text).lstrip("\n")
    folder = make_pack(text, files)
    assert (folder / "pack.yaml").read_text(encoding="utf-8") == text
    return folder, text


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} should occur once in the pack"
    return text.replace(old, new)


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column of the n-th occurrence of ``needle`` in ``text``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        start = line.find(needle)
        while start >= 0:
            seen += 1
            if seen == occurrence:
                return number, start + 1
            start = line.find(needle, start + 1)
    raise AssertionError(f"{needle!r} not in the text")


def pack_error(folder: Path) -> rejectlet.PackError:
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    return raised.value


def with_code(error: rejectlet.RejectletError, code: str) -> list[rejectlet.Diagnostic]:
    return [d for d in error.diagnostics if d.code == code]


def one(error: rejectlet.RejectletError, code: str) -> rejectlet.Diagnostic:
    found = with_code(error, code)
    assert len(found) == 1, f"expected one {code}, got:\n{error}"
    return found[0]


def where(diagnostic: rejectlet.Diagnostic) -> rejectlet.Location:
    assert diagnostic.location is not None, diagnostic
    return diagnostic.location


def assert_at(diagnostic: rejectlet.Diagnostic, path: Path, line: int,
              column: int | None = None) -> None:
    location = diagnostic.location
    assert location is not None, diagnostic
    assert Path(location.path).resolve() == path.resolve(), diagnostic
    assert location.line == line, diagnostic
    if column is not None:
        assert location.column == column, diagnostic


# -- the starting point ----------------------------------------------------------------


def test_minimal_pack_loads(make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder, _ = write_pack(make_pack, minimal_pack_text)
    pack = rejectlet.load_pack(folder)
    assert pack.name == "mini"
    assert list(pack.letters) == ["reply"]


# -- unknown keys ----------------------------------------------------------------------


def test_unknown_top_level_key_suggests_the_known_one(make_pack: PackFactory,
                                                        minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "sections:", "sectons:")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ111")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "sectons:"))
    assert "unknown key 'sectons'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'sections'?"
    assert diagnostic.severity is rejectlet.Severity.ERROR


@pytest.mark.parametrize(
    ("old", "new", "typo", "where", "suggestion"),
    [
        ("ask: {type: bool, default: false}", "ask: {type: bool, defualt: false}",
         "defualt", "variable 'ask'", "default"),
        ('fit: {kind: resell, text:', 'fit: {kind: resell, wen: ask, text:',
         "wen", "section 'fit'", "when"),
        ('    signature: "Sam"\n', '    signature: "Sam"\n    subjet: "Thanks"\n',
         "subjet", "letter 'reply'", "subject"),
    ],
    ids=["variable", "section", "letter"],
)
def test_unknown_key_inside_an_entry_suggests_the_known_one(
        make_pack: PackFactory, minimal_pack_text: str, old: str, new: str, typo: str,
        where: str, suggestion: str) -> None:
    folder, text = write_pack(make_pack, edit(minimal_pack_text, old, new))
    error = pack_error(folder)
    diagnostic = one(error, "RJ111")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, typo))
    assert f"unknown key {typo!r} in {where}" in diagnostic.message
    assert diagnostic.hint == f"did you mean {suggestion!r}?"
    assert len(error.diagnostics) == 1, str(error)


def test_unknown_key_with_nothing_close_lists_the_allowed_keys(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "ask: {type: bool, default: false}",
                "ask: {type: bool, zzzz: 1}")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ111")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "zzzz"))
    assert "default" in diagnostic.hint
    assert "required" in diagnostic.hint


# -- wrong types -----------------------------------------------------------------------


def value_position(text: str, line_needle: str, value: str) -> tuple[int, int]:
    """Line and column of ``value`` on the line holding ``line_needle``."""
    line, column = position(text, line_needle)
    content = text.splitlines()[line - 1]
    return line, content.index(value, column - 1) + 1


@pytest.mark.parametrize(
    ("old", "new", "value", "wanted"),
    [
        ("name: {type: string, required: true}", 'name: {type: string, required: "yes"}',
         '"yes"', "should be true or false, not a string"),
        ("body: [thanks, fit, interest]", "body: thanks",
         "thanks", "should be a list, not a string"),
        ("ask: {type: bool, default: false}", "ask: {type: bool, help: 3}",
         "3", "should be a string, not a number"),
        ('closing: "Best regards,"', "closing: [Best, regards]",
         "[", "should be a string, not a list"),
        ("thanks: {kind: gratitude,", "thanks: {kind: gratitude, when: true,",
         "true", "should be an expression, not a boolean"),
    ],
    ids=["required-string", "body-string", "help-number", "closing-list", "when-boolean"],
)
def test_value_of_the_wrong_type_is_located_at_the_value(
        make_pack: PackFactory, minimal_pack_text: str, old: str, new: str, value: str,
        wanted: str) -> None:
    folder, text = write_pack(make_pack, edit(minimal_pack_text, old, new))
    error = pack_error(folder)
    diagnostic = one(error, "RJ113")
    assert wanted in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", *value_position(text, new, value))


def test_unknown_variable_type_suggests_the_known_one(make_pack: PackFactory,
                                                        minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "ask: {type: bool,", "ask: {type: boolean,")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ113")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "boolean"))
    assert "unknown type 'boolean'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'bool'?"


def test_unknown_section_kind_suggests_the_known_one(make_pack: PackFactory,
                                                       minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "kind: resell", "kind: resel")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ113")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "resel"))
    assert "section 'fit': unknown kind 'resel'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'resell'?"


def test_unknown_section_kind_far_from_any_lists_the_kinds(make_pack: PackFactory,
                                                             minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "kind: resell", "kind: brag")
    folder, _ = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ113")
    for kind in ("gratitude", "interest", "feedback"):
        assert kind in diagnostic.hint


# -- letters naming sections -----------------------------------------------------------


def test_letter_body_naming_an_unknown_section_suggests_one(make_pack: PackFactory,
                                                              minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "body: [thanks, fit, interest]",
                "body: [thanks, fitt, interest]")
    folder, text = write_pack(make_pack, text)
    error = pack_error(folder)
    diagnostic = one(error, "RJ121")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "fitt"))
    assert "unknown section 'fitt'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'fit'?"
    assert len(error.diagnostics) == 1, str(error)


def test_letter_ps_naming_an_unknown_section_is_reported(make_pack: PackFactory,
                                                           minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "ps: [feedback]", "ps: [feedbak]")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ121")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "feedbak"))
    assert diagnostic.hint == "did you mean 'feedback'?"


# -- missing keys ----------------------------------------------------------------------


def test_letter_without_a_required_key_is_reported(make_pack: PackFactory,
                                                     minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, '    signature: "Sam"\n', "")
    folder, text = write_pack(make_pack, text)
    error = pack_error(folder)
    diagnostic = one(error, "RJ112")
    assert "letter 'reply' is missing the required key 'signature'" in diagnostic.message
    location = diagnostic.location
    assert location is not None
    assert Path(location.path).resolve() == (folder / "pack.yaml").resolve()
    reply_line, _ = position(text, "reply:")
    assert location.line in (reply_line, reply_line + 1)  # the letter, not elsewhere
    assert len(error.diagnostics) == 1, str(error)


def test_pack_without_a_version_is_reported(make_pack: PackFactory,
                                              minimal_pack_text: str) -> None:
    folder, _ = write_pack(make_pack, edit(minimal_pack_text, "version: 0.1.0\n", ""))
    diagnostic = one(pack_error(folder), "RJ112")
    assert "missing the required key 'version'" in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", 1, 1)


def test_section_without_a_kind_is_reported(make_pack: PackFactory,
                                              minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "fit: {kind: resell, text:", "fit: {text:")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ112")
    assert "section 'fit' is missing the required key 'kind'" in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", position(text, "fit: {text:")[0])


@pytest.mark.parametrize(
    "spec",
    ['{kind: resell, text: "Inline.", file: sections/fit.md}', "{kind: resell}"],
    ids=["both", "neither"],
)
def test_section_needs_exactly_one_of_text_and_file(make_pack: PackFactory,
                                                      minimal_pack_text: str, spec: str) -> None:
    text = edit(minimal_pack_text, 'fit: {kind: resell, text: "I still believe I would fit well."}',
                f"fit: {spec}")
    folder, text = write_pack(make_pack, text, {"sections/fit.md": "From a file.\n"})
    diagnostic = one(pack_error(folder), "RJ112")
    assert "exactly one of 'text' or 'file'" in diagnostic.message
    assert diagnostic.hint
    assert_at(diagnostic, folder / "pack.yaml", position(text, f"fit: {spec}")[0])


# -- files outside the pack ------------------------------------------------------------

_FIT = 'fit: {kind: resell, text: "I still believe I would fit well."}'


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "sections/../../x.md"])
def test_section_file_outside_the_pack_is_refused(make_pack: PackFactory,
                                                    minimal_pack_text: str, target: str) -> None:
    text = edit(minimal_pack_text, _FIT, f"fit: {{kind: resell, file: {target}}}")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ115")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, target))
    assert "outside the pack folder" in diagnostic.message
    assert diagnostic.hint


def test_section_file_symlinked_outside_the_pack_is_refused(
        make_pack: PackFactory, minimal_pack_text: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("private words\n", encoding="utf-8")
    text = edit(minimal_pack_text, _FIT, "fit: {kind: resell, file: sections/fit.md}")
    folder, text = write_pack(make_pack, text)
    (folder / "sections").mkdir()
    (folder / "sections" / "fit.md").symlink_to(secret)
    diagnostic = one(pack_error(folder), "RJ115")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "sections/fit.md"))


def test_section_file_missing_from_the_pack_is_reported(make_pack: PackFactory,
                                                          minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, _FIT, "fit: {kind: resell, file: sections/fit.md}")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ114")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "sections/fit.md"))
    assert "no file 'sections/fit.md'" in diagnostic.message


def test_section_file_inside_the_pack_is_used(make_pack: PackFactory,
                                                minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, _FIT, "fit: {kind: resell, file: sections/fit.md}")
    folder, _ = write_pack(make_pack, text, {"sections/fit.md": "From a file, {{ name }}.\n"})
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "reply", {"name": "Ana", "organization": "Acme"})
    assert "From a file, Ana." in [block.text for block in letter.blocks]


def test_style_outside_the_pack_is_refused(make_pack: PackFactory,
                                             minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "language: en\n", "language: en\nstyle: ../shared.css\n")
    folder, text = write_pack(make_pack, text)
    (folder.parent / "shared.css").write_text("body { color: red; }\n", encoding="utf-8")
    diagnostic = one(pack_error(folder), "RJ115")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "../shared.css"))
    assert diagnostic.message.startswith("style:")


# -- rules -----------------------------------------------------------------------------


def with_rules(text: str, rules: str) -> str:
    return text.rstrip("\n") + "\nrules:\n" + textwrap.indent(textwrap.dedent(rules), "  ")


def test_unknown_rule_name_suggests_the_known_one(make_pack: PackFactory,
                                                    minimal_pack_text: str) -> None:
    folder, text = write_pack(make_pack, with_rules(minimal_pack_text, "lenght: warning\n"))
    diagnostic = one(pack_error(folder), "RJ116")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "lenght"))
    assert "unknown rule 'lenght'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'length'?"


def test_unknown_rule_code_is_reported(make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder, text = write_pack(make_pack, with_rules(minimal_pack_text, "RJ999: warning\n"))
    diagnostic = one(pack_error(folder), "RJ116")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "RJ999"))


def test_bad_severity_word_is_reported(make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder, text = write_pack(make_pack, with_rules(minimal_pack_text, "tone: warn\n"))
    diagnostic = one(pack_error(folder), "RJ113")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "warn"))
    assert "unknown severity 'warn'" in diagnostic.message
    for word in ("error", "warning", "off"):
        assert word in diagnostic.hint


def test_unknown_rule_option_suggests_the_known_one(make_pack: PackFactory,
                                                      minimal_pack_text: str) -> None:
    folder, text = write_pack(make_pack,
                              with_rules(minimal_pack_text, "length: {max_word: 120}\n"))
    diagnostic = one(pack_error(folder), "RJ111")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "max_word"))
    assert "no option 'max_word'" in diagnostic.message
    assert diagnostic.hint == "did you mean 'max_words'?"


def test_rule_option_of_the_wrong_type_is_reported(make_pack: PackFactory,
                                                     minimal_pack_text: str) -> None:
    folder, text = write_pack(make_pack,
                              with_rules(minimal_pack_text, "length: {max_words: many}\n"))
    diagnostic = one(pack_error(folder), "RJ113")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "many"))
    assert "max_words" in diagnostic.message


@pytest.mark.parametrize(
    "setting",
    ['RJ001: "off"', "gratitude-first: warning", 'gratitude-first: {severity: "off"}',
     "rj001: warning"],
)
def test_gratitude_first_cannot_be_turned_off_or_softened(
        make_pack: PackFactory, minimal_pack_text: str, setting: str) -> None:
    folder, _ = write_pack(make_pack, with_rules(minimal_pack_text, setting + "\n"))
    error = pack_error(folder)
    diagnostic = one(error, "RJ117")
    assert "cannot be turned off or softened" in diagnostic.message
    assert diagnostic.hint
    assert len(error.diagnostics) == 1, str(error)


def test_gratitude_first_cannot_be_turned_off_for_one_letter(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "    ps: [feedback]\n",
                '    ps: [feedback]\n    rules:\n      gratitude-first: "off"\n')
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ117")
    assert_at(diagnostic, folder / "pack.yaml", position(text, "gratitude-first")[0])


def test_gratitude_first_may_stay_an_error(make_pack: PackFactory,
                                             minimal_pack_text: str) -> None:
    folder, _ = write_pack(make_pack, with_rules(minimal_pack_text, "RJ001: error\n"))
    assert rejectlet.load_pack(folder).name == "mini"


# -- templates -------------------------------------------------------------------------


def test_template_using_an_undeclared_variable_suggests_the_declared_one(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "I still believe I would fit well.",
                "I still believe I would fit {{ organisation }} well.")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ303")
    assert "'organisation', which is not a declared variable" in diagnostic.message
    assert diagnostic.hint == "did you mean 'organization'?"
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "organisation }}"))


def test_undeclared_variable_in_a_letter_template_is_reported(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, 'signature: "Sam"', 'signature: "{{ sender }}"')
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ303")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, 'sender }}"'))


def test_jinja_syntax_error_in_a_block_scalar_is_at_its_line(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    block = ("fit:\n"
             "    kind: resell\n"
             "    text: |\n"
             "      I still believe I would fit well,\n"
             "      and {{ organization } would suit me.\n"
             "      Thank you again.")
    folder, text = write_pack(make_pack, edit(minimal_pack_text, _FIT, block))
    error = pack_error(folder)
    diagnostic = one(error, "RJ301")
    line, _ = position(text, "{{ organization } would")
    assert_at(diagnostic, folder / "pack.yaml", line)
    assert str(diagnostic).startswith(
        f"{where(diagnostic).path}:{line}: RJ301 error: template syntax error")
    assert diagnostic.hint
    assert len(error.diagnostics) == 1, str(error)


def test_jinja_syntax_error_after_blank_lines_in_a_block_scalar_is_at_its_line(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    block = ("fit:\n"
             "    kind: resell\n"
             "    text: |\n"
             "      First paragraph.\n"
             "\n"
             "      Second paragraph.\n"
             "\n"
             "      {% if organization %}Third, unclosed.")
    folder, text = write_pack(make_pack, edit(minimal_pack_text, _FIT, block))
    diagnostic = one(pack_error(folder), "RJ301")
    assert_at(diagnostic, folder / "pack.yaml", position(text, "Third, unclosed")[0])


def test_jinja_syntax_error_in_a_flow_scalar_is_at_its_line_and_column(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "I still believe I would fit well.",
                "I still {% if ask %}believe.")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ301")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, '"I still {% if'))


def test_jinja_syntax_error_in_a_letter_line_is_at_its_line(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, 'salutation: "Dear {{ name }},"',
                'salutation: "Dear {{ name | }},"')
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ301")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, '"Dear {{ name | }},"'))


def test_jinja_syntax_error_in_a_section_file_is_at_its_line_in_that_file(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, _FIT, "fit: {kind: resell, file: sections/fit.md}")
    section = ("I still believe I would fit well.\n"
               "\n"
               "My interest in {{ organization }} is real,\n"
               "and {% for %} this line is broken.\n"
               "Thank you.\n")
    folder, _ = write_pack(make_pack, text, {"sections/fit.md": section})
    diagnostic = one(pack_error(folder), "RJ301")
    assert_at(diagnostic, folder / "sections" / "fit.md", 4)


def test_invalid_when_expression_is_at_its_value(make_pack: PackFactory,
                                                   minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "when: ask,", "when: 'ask and',")
    folder, text = write_pack(make_pack, text)
    diagnostic = one(pack_error(folder), "RJ302")
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "'ask and'"))


# -- every problem at once -------------------------------------------------------------


def test_three_independent_mistakes_are_reported_together(make_pack: PackFactory,
                                                           minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "ask: {type: bool,", "ask: {type: boolean,")
    text = edit(text, "kind: resell", "kind: resel")
    text = with_rules(text, "lenght: warning\n")
    folder, text = write_pack(make_pack, text)
    error = pack_error(folder)
    assert [d.code for d in error.diagnostics] == ["RJ113", "RJ113", "RJ116"], str(error)
    expected = [position(text, "boolean"), position(text, "resel"), position(text, "lenght")]
    found = [(where(d).line, where(d).column) for d in error.diagnostics]
    assert found == expected
    assert str(error).count("\n") == 2  # one line per problem


def test_mistakes_of_every_stage_are_reported_together(make_pack: PackFactory,
                                                        minimal_pack_text: str) -> None:
    # a wrong key, a template syntax error and an undeclared name are found by
    # different stages of loading; none of them hides the others
    text = edit(minimal_pack_text, "language: en\n", "language: en\ntitel: Mini\n")
    text = edit(text, 'salutation: "Dear {{ name }},"', 'salutation: "Dear {{ name },"')
    text = edit(text, "I still believe I would fit well.", "I fit {{ nmae }} well.")
    folder, text = write_pack(make_pack, text)
    error = pack_error(folder)
    assert sorted(d.code for d in error.diagnostics) == ["RJ111", "RJ301", "RJ303"], str(error)
    lines = {d.code: where(d).line for d in error.diagnostics}
    assert lines == {"RJ111": position(text, "titel")[0],
                     "RJ301": position(text, "salutation:")[0],
                     "RJ303": position(text, "{{ nmae }}")[0]}


def test_diagnostics_print_one_line_each_in_file_order(make_pack: PackFactory,
                                                        minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "body: [thanks, fit, interest]",
                "body: [thanks, fitt, intrest]")
    text = edit(text, "sections:", "sectons_extra: 1\nsections:")
    folder, _ = write_pack(make_pack, text)
    error = pack_error(folder)
    lines = str(error).splitlines()
    assert len(lines) == len(error.diagnostics) == 3
    numbers = [where(d).line for d in error.diagnostics]
    assert numbers == sorted(numbers)
    shown = where(error.diagnostics[0]).path
    assert all(line.startswith(f"{shown}:") for line in lines)


# -- broken YAML in a pack -------------------------------------------------------------


def test_yaml_syntax_error_in_pack_yaml_is_a_located_yaml_error(
        make_pack: PackFactory, minimal_pack_text: str) -> None:
    text = edit(minimal_pack_text, "language: en\n", "language: en\n  title: Mini\n")
    folder, _ = write_pack(make_pack, text)
    with pytest.raises(rejectlet.YamlError) as raised:
        rejectlet.load_pack(folder)
    location = raised.value.location
    assert location is not None
    assert Path(location.path).resolve() == (folder / "pack.yaml").resolve()
    assert location.line == 4


def test_pack_yaml_that_is_not_a_mapping_is_a_pack_error(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "- pack: mini\n- version: 1\n")
    diagnostic = one(pack_error(folder), "RJ113")
    assert "should be a mapping" in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", 1, 1)


# -- finding packs ---------------------------------------------------------------------


def test_unknown_pack_name_is_pack_not_found() -> None:
    with pytest.raises(rejectlet.PackNotFoundError) as raised:
        rejectlet.load_pack("no-such-pack")
    diagnostic = raised.value.diagnostics[0]
    assert diagnostic.code == "RJ101"
    assert "no pack named 'no-such-pack'" in diagnostic.message
    assert "classic" in diagnostic.hint  # lists what exists


def test_misspelt_pack_name_suggests_the_near_one() -> None:
    with pytest.raises(rejectlet.PackNotFoundError) as raised:
        rejectlet.load_pack("clasic")
    assert raised.value.diagnostics[0].hint == "did you mean 'classic'?"


def test_folder_without_pack_yaml_is_pack_not_found(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-pack"
    folder.mkdir()
    (folder / "pack.yml").write_text("pack: wrong-name\n", encoding="utf-8")
    with pytest.raises(rejectlet.PackNotFoundError) as raised:
        rejectlet.load_pack(folder)
    diagnostic = raised.value.diagnostics[0]
    assert diagnostic.code == "RJ101"
    assert "has no pack.yaml" in diagnostic.message
    assert diagnostic.hint


def test_missing_pack_folder_is_pack_not_found(tmp_path: Path) -> None:
    with pytest.raises(rejectlet.PackNotFoundError) as raised:
        rejectlet.load_pack(tmp_path / "absent")
    assert "no pack folder" in raised.value.diagnostics[0].message


def test_pack_errors_are_rejectlet_errors() -> None:
    for cls in (rejectlet.PackError, rejectlet.PackNotFoundError):
        assert issubclass(cls, rejectlet.RejectletError)
