"""Templates that fail while a letter is composed raise a located TemplateError.

Pack templates come from strangers, so they run in a sandbox: reaching for
Python internals, or asking for enormous output, is refused (RJ305) and
reported at the template line that asked. Data is never run as a template.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import rejectlet

PackFactory = Callable[..., Path]

PACK = """
pack: tpack
version: 1.0.0
variables:
  name: {type: string, required: true}
  organization: {type: string}
  items: {type: list}
sections:
  thanks:
    kind: gratitude
    text: |
      Thank you for your time.
      It was good to meet you.
      @EXPR@
      Best wishes to the team.
  interest: {kind: interest, text: "I remain keen on {{ organization }}."}
letters:
  reply:
    subject: "About {{ organization }}"
    salutation: "Dear {{ name }},"
    body: [thanks, interest]
    closing: "Regards,"
    signature: "{{ name }}"
"""

DATA: dict[str, Any] = {"name": "Sam Lee", "organization": "Northwind", "items": ["Ana"]}

SECRET = "correct horse battery staple"


def write_pack(make_pack: PackFactory, expr: str, files: dict[str, str] | None = None,
               pack_text: str = PACK) -> tuple[Path, str]:
    text = textwrap.dedent(pack_text).lstrip("\n").replace("@EXPR@", expr)
    return make_pack(text, files), text


def position(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find(needle)
        if column >= 0:
            return number, column + 1
    raise AssertionError(f"{needle!r} not in the text")


def compose_error(folder: Path, data: dict[str, Any] | None = None) -> rejectlet.TemplateError:
    pack = rejectlet.load_pack(folder)
    with pytest.raises(rejectlet.TemplateError) as raised:
        rejectlet.compose(pack, "reply", data or DATA)
    return raised.value


def only(error: rejectlet.RejectletError) -> rejectlet.Diagnostic:
    assert len(error.diagnostics) == 1, str(error)
    return error.diagnostics[0]


def assert_at(diagnostic: rejectlet.Diagnostic, path: Path, line: int,
              column: int | None = None) -> None:
    location = diagnostic.location
    assert location is not None, diagnostic
    assert Path(location.path).resolve() == path.resolve(), diagnostic
    assert location.line == line, diagnostic
    if column is not None:
        assert location.column == column, diagnostic


def test_pack_composes_with_a_harmless_expression(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "{{ name | upper }}")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "reply", DATA)
    assert "SAM LEE" in letter.blocks[0].text


# -- failures at run time ---------------------------------------------------------


def test_undefined_attribute_is_rj304_at_its_line(make_pack: PackFactory) -> None:
    folder, text = write_pack(make_pack, "We met at {{ organization.address }}.")
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ304"
    assert "section 'thanks'" in diagnostic.message
    assert "'address'" in diagnostic.message  # the missing name; the wording is Jinja's
    assert diagnostic.hint
    assert_at(diagnostic, folder / "pack.yaml", position(text, "organization.address")[0])


def test_undefined_attribute_in_a_letter_line_is_at_its_value(make_pack: PackFactory) -> None:
    folder, text = write_pack(make_pack, "Thanks again.",
                              pack_text=PACK.replace('"Dear {{ name }},"',
                                                     '"Dear {{ name.title_case }},"'))
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ304"
    assert "the salutation of letter 'reply'" in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", *position(text, '"Dear {{ name.title_case'))


def test_condition_reading_a_missing_group_value_is_an_error_at_its_when(
        make_pack: PackFactory) -> None:
    # a typo inside a group passes the load-time name check; at run time it must
    # fail as it would in a text template, not quietly drop the section
    pack_text = PACK.replace("  items: {type: list}\n",
                             "  items: {type: list}\n  recipient.title: {type: string}\n")
    pack_text = pack_text.replace("  interest: {kind: interest, text:",
                                  "  interest: {kind: interest, when: recipient.titel, text:")
    folder, text = write_pack(make_pack, "Thanks again.", pack_text=pack_text)
    diagnostic = only(compose_error(folder, {**DATA, "recipient": {"title": "Dr."}}))
    assert diagnostic.code == "RJ304"
    assert "condition of section 'interest'" in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", *position(text, "recipient.titel"))


def test_same_missing_group_value_in_a_text_template_is_rj304(make_pack: PackFactory) -> None:
    pack_text = PACK.replace("  items: {type: list}\n",
                             "  items: {type: list}\n  recipient.title: {type: string}\n")
    folder, text = write_pack(make_pack, "Dear {{ recipient.titel }}", pack_text=pack_text)
    diagnostic = only(compose_error(folder, {**DATA, "recipient": {"title": "Dr."}}))
    assert diagnostic.code == "RJ304"
    assert_at(diagnostic, folder / "pack.yaml", position(text, "recipient.titel")[0])


def test_other_runtime_failure_is_rj306_at_its_line(make_pack: PackFactory) -> None:
    folder, text = write_pack(make_pack, "{{ items | length / 0 }}")
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ306"
    assert "ZeroDivisionError" in diagnostic.message
    assert_at(diagnostic, folder / "pack.yaml", position(text, "length / 0")[0])


def test_runtime_failure_in_a_section_file_is_at_its_line_in_that_file(
        make_pack: PackFactory) -> None:
    pack_text = PACK.replace("  interest: {kind: interest, text: \"I remain keen on "
                             "{{ organization }}.\"}",
                             "  interest: {kind: interest, file: sections/interest.md}")
    section = ("I remain keen on {{ organization }}.\n"
               "\n"
               "Please give {{ name.nickname }} a call.\n")
    folder, _ = write_pack(make_pack, "Thanks.", {"sections/interest.md": section},
                           pack_text=pack_text)
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ304"
    assert_at(diagnostic, folder / "sections" / "interest.md", 3)


def test_template_error_is_a_rejectlet_error(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "{{ name.missing }}")
    assert isinstance(compose_error(folder), rejectlet.RejectletError)


# -- the sandbox --------------------------------------------------------------------------


def test_lipsum_is_not_offered_to_templates(make_pack: PackFactory) -> None:
    # filler text has no place in a letter, and large counts of it are slow
    with pytest.raises(rejectlet.PackError) as caught:
        rejectlet.load_pack(str(write_pack(make_pack, "Noted: {{ lipsum(3) }}")[0]))
    assert any(d.code == "RJ303" and "lipsum" in d.message for d in caught.value.diagnostics)


@pytest.mark.parametrize(
    "expr",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ name.__class__ }}",
        "{{ range.__globals__ }}",
        "{{ joiner.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ name | attr('__class__') }}",
        "{{ '{0.__class__}'.format(name) }}",
        "{{ 'x' * 10**9 }}",
        "{{ items * 10**8 }}",
        "{{ (name ~ name) * 100000 }}",
        "{% for i in range(10**7) %}.{% endfor %}",
        "{{ range(10**7) | length }}",
        "{{ 2 ** 1000 }}",
    ],
)
def test_sandbox_refuses_at_the_line_that_asked(make_pack: PackFactory, expr: str) -> None:
    folder, text = write_pack(make_pack, f"Noted: {expr}")
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ305", diagnostic
    assert "refused by the sandbox" in diagnostic.message
    assert diagnostic.hint
    assert_at(diagnostic, folder / "pack.yaml", position(text, "Noted:")[0])


def test_range_budget_is_shared_by_all_loops_of_a_letter(make_pack: PackFactory) -> None:
    expr = "{% for i in range(200) %}{% for j in range(200) %}{% endfor %}{% endfor %}"
    folder, _ = write_pack(make_pack, expr)
    assert only(compose_error(folder)).code == "RJ305"


def test_small_range_is_allowed(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "{% for i in range(3) %}{{ i }}{% endfor %}")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "reply", DATA)
    assert "012" in letter.blocks[0].text


def test_huge_output_from_a_loop_is_refused(make_pack: PackFactory) -> None:
    expr = "{% for i in range(9000) %}{{ 'twenty-six characters long' }}{% endfor %}"
    folder, text = write_pack(make_pack, expr)
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ305"
    assert "limit" in diagnostic.message
    location = diagnostic.location
    assert location is not None
    assert Path(location.path).resolve() == (folder / "pack.yaml").resolve()
    first, _ = position(text, "Thank you for your time.")
    assert first <= location.line <= position(text, "range(9000)")[0]


def test_huge_output_from_one_expression_is_refused(make_pack: PackFactory) -> None:
    # each part stays under the repetition limit; the value printed does not
    folder, text = write_pack(make_pack, "{{ ('x' * 150000) | replace('x', 'xx') }}")
    diagnostic = only(compose_error(folder))
    assert diagnostic.code == "RJ305"
    location = diagnostic.location
    assert location is not None
    assert Path(location.path).resolve() == (folder / "pack.yaml").resolve()
    first, _ = position(text, "Thank you for your time.")
    assert first <= location.line <= position(text, "replace(")[0]


def test_huge_output_from_data_values_in_a_loop_is_refused(make_pack: PackFactory) -> None:
    # 9,000 rounds of a 40-character value: under the range limit, over the output limit
    folder, _ = write_pack(make_pack, "{% for i in range(9000) %}{{ organization }} {% endfor %}")
    data = {**DATA, "organization": "Northwind Logistics International Group"}
    assert only(compose_error(folder, data)).code == "RJ305"


# -- data is never a template --------------------------------------------------------------


def test_template_code_in_data_is_printed_literally(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "{{ organization }} and {{ items | join(', ') }}")
    data = {"name": "Sam Lee",
            "organization": "{{ 7*7 }} {% if true %}Inc{% endif %}",
            "items": ["{{ name.__class__ }}", "{% for x in range(3) %}x{% endfor %}"]}
    letter = rejectlet.compose(rejectlet.load_pack(folder), "reply", data)
    text = " ".join(rejectlet.render(letter, "text", force=True).split())
    assert "{{ 7*7 }} {% if true %}Inc{% endif %}" in text
    assert "{{ name.__class__ }}" in text
    assert "{% for x in range(3) %}x{% endfor %}" in text
    assert "49" not in text
    assert "xxx" not in text
    assert letter.subject == "About {{ 7*7 }} {% if true %}Inc{% endif %}"
    # and the leftover template code is caught before the letter goes out
    assert any(d.code == "RJ006" for d in rejectlet.validate(letter))


def test_markdown_in_data_stays_text(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "{{ organization }}")
    data = {"name": "Sam Lee", "organization": "**Bold** <b>tag</b> [link](http://x.test)"}
    letter = rejectlet.compose(rejectlet.load_pack(folder), "reply", data)
    assert "**Bold** <b>tag</b> [link](http://x.test)" in letter.blocks[0].text


# -- includes --------------------------------------------------------------------------------


def test_include_inside_the_pack_works(make_pack: PackFactory) -> None:
    folder, _ = write_pack(make_pack, "{% include 'parts/common.md' %}",
                           {"parts/common.md": "Shared words for {{ name }}."})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "reply", DATA)
    assert "Shared words for Sam Lee." in letter.blocks[0].text


@pytest.mark.parametrize("target", ["../secret.md", "../../etc/passwd", "/etc/passwd",
                                    "parts/../../secret.md"])
def test_include_outside_the_pack_is_refused(make_pack: PackFactory, target: str) -> None:
    folder, text = write_pack(make_pack, f"{{% include '{target}' %}}")
    (folder.parent / "secret.md").write_text(SECRET, encoding="utf-8")
    pack = rejectlet.load_pack(folder)
    with pytest.raises(rejectlet.RejectletError) as raised:
        rejectlet.compose(pack, "reply", DATA)
    assert SECRET not in str(raised.value)
    assert "root:" not in str(raised.value)
    assert_at(raised.value.diagnostics[0], folder / "pack.yaml",
              position(text, "{% include")[0])


def test_include_of_a_symlink_leading_outside_the_pack_is_refused(
        make_pack: PackFactory, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.md"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    folder, _ = write_pack(make_pack, "{% include 'parts/common.md' %}")
    (folder / "parts").mkdir()
    (folder / "parts" / "common.md").symlink_to(secret)
    pack = rejectlet.load_pack(folder)
    try:
        letter = rejectlet.compose(pack, "reply", DATA)
    except rejectlet.RejectletError as exc:
        assert SECRET not in str(exc)
    else:
        leaked = SECRET in " ".join(block.text for block in letter.blocks)
        raise AssertionError("a symlink let the pack include a file outside it"
                             + (" and its contents reached the letter" if leaked else ""))
