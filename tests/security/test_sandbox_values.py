"""What a template can do to values: change none, and never turn data into markup.

These run in the test process: nothing here is meant to exhaust anything.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import rejectlet

from ._support import PACK_YAML, base_data, codes, compose, render_html, render_text, write_pack

PRIVATE = ("\ue000", "\ue001")


def compose_error(folder: Path, data: dict[str, Any] | None = None) -> rejectlet.RejectletError:
    with pytest.raises(rejectlet.RejectletError) as raised:
        compose(folder, data)
    return raised.value


# -- no mutating method -------------------------------------------------------------------

_SAMPLES: dict[type, Any] = {list: ["Cy", "Ana", "Ben"], dict: {"name": "Sam", "email": "x"}}
_ARGUMENTS: list[tuple[Any, ...]] = [(), (0,), ("Ana",), ("name",), ("name", "x"), (0, "x"),
                                     ({"name": "Mallory"},), (["x"],)]


def _mutating_methods(kind: type) -> list[str]:
    """Every public method of ``kind`` that changes its object for some argument,
    found by calling it on copies rather than from a list that could go stale."""
    found = []
    for name in dir(kind):
        if name.startswith("_"):
            continue
        for arguments in _ARGUMENTS:
            sample = copy.deepcopy(_SAMPLES[kind])
            try:
                getattr(sample, name)(*arguments)
            except Exception:
                continue
            if sample != _SAMPLES[kind]:
                found.append(name)
                break
    return found


LIST_MUTATORS = _mutating_methods(list)
DICT_MUTATORS = _mutating_methods(dict)


def test_the_mutating_methods_were_found() -> None:
    assert {"append", "pop", "clear", "sort"} <= set(LIST_MUTATORS)
    assert {"update", "clear", "setdefault", "pop"} <= set(DICT_MUTATORS)


def _reaches(name: str, owner: str) -> list[str]:
    return [f"{{{{ {owner}.{name} }}}}", f"{{{{ {owner}|attr('{name}') }}}}",
            f"{{{{ {owner}['{name}'] }}}}"]


@pytest.mark.parametrize("name", LIST_MUTATORS)
def test_no_method_that_changes_a_list_can_be_reached(tmp_path: Path, name: str) -> None:
    for number, body in enumerate(_reaches(name, "items")):
        folder = write_pack(tmp_path / f"p{number}", body)
        assert codes(compose_error(folder)) == ["RJ305"], body


@pytest.mark.parametrize("name", DICT_MUTATORS)
@pytest.mark.parametrize("owner", ["sender", "dict", "{'a': 1}", "dict(a=1)"])
def test_no_method_that_changes_a_mapping_can_be_reached(tmp_path: Path, name: str,
                                                         owner: str) -> None:
    for number, body in enumerate(_reaches(name, owner)):
        folder = write_pack(tmp_path / f"p{number}", body)
        error = compose_error(folder)
        assert codes(error) == ["RJ305"], (body, str(error))


@pytest.mark.parametrize("body", [
    "{{ dict.update(sender, {'name': 'Mallory'}) }}",
    "{{ dict.clear(sender) }}",
    "{{ dict.setdefault(sender, 'x', 1) }}",
    "{{ dict.fromkeys(items) }}",
    "{{ cycler.next(sender) }}",
    "{{ namespace.__init__ }}",
    "{{ (sender.items()|list).append(1) }}",
    "{{ items.__setitem__(0, 'x') }}",
])
def test_methods_reached_through_a_class_are_refused(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    assert codes(compose_error(folder)) == ["RJ305"]


def test_reading_methods_still_work(tmp_path: Path) -> None:
    body = ("{{ items.index('Ben') }} {{ sender.get('name') }} {{ sender.items()|list|length }}"
            " {{ items.count('Ana') }} {{ sender.copy()|length }} {{ dict(a=1).keys()|list }}")
    folder = write_pack(tmp_path / "pack", body)
    assert "1 Sam Ortiz 2 1 2 a" in render_text(compose(folder))


PEOPLE_PACK = PACK_YAML.replace("@STYLES@", "").replace(
    "  signature_image: {type: string}\n",
    "  signature_image: {type: string}\n"
    "  people: {type: records, fields: {name: {type: string}, private: {type: string}}}\n"
).replace("    type: custom\n", "    type: custom\n    each: people\n    as: person\n")


@pytest.mark.parametrize("attempt", [
    "{% set _ = dict.update(sender, {'leak': person.private}) %}",
    "{% set _ = sender.update(leak=person.private) %}",
    "{% set _ = (sender|attr('update'))(leak=person.private) %}",
    "{% set _ = sender.setdefault('leak', person.private) %}",
    "{% set _ = items.append(person.private) %}",
])
def test_one_persons_note_cannot_reach_another_persons_letter(tmp_path: Path,
                                                              attempt: str) -> None:
    folder = write_pack(tmp_path / "pack", attempt + "Thanks {{ person.name }}."
                        "{% if sender.leak is defined %} {{ sender.leak }}{% endif %}"
                        "{% if items|length > 2 %} {{ items|last }}{% endif %}")
    (folder / "pack.yaml").write_text(PEOPLE_PACK, encoding="utf-8")
    pack = rejectlet.load_pack(folder)
    data = base_data(people=[{"name": "Ann", "private": "secret-about-ann"},
                             {"name": "Bo", "private": "secret-about-bo"}])
    kept = copy.deepcopy(data)
    with pytest.raises(rejectlet.TemplateError) as raised:
        rejectlet.compose_all(pack, "note", data)
    assert codes(raised.value) == ["RJ305"]
    assert data == kept


def test_each_person_gets_a_fresh_copy_of_the_shared_data(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "Thanks {{ person.name }}, {{ sender.name }}.")
    (folder / "pack.yaml").write_text(PEOPLE_PACK, encoding="utf-8")
    pack = rejectlet.load_pack(folder)
    letters = rejectlet.compose_all(pack, "note", base_data(
        people=[{"name": "Ann", "private": "a"}, {"name": "Bo", "private": "b"}]))
    texts = [render_text(letter) for letter in letters]
    assert "Thanks Ann, Sam Ortiz." in texts[0]
    assert "Thanks Bo, Sam Ortiz." in texts[1]


# -- data stays data ---------------------------------------------------------------------

MARKUP = "*ORG* [link](https://evil.example) `code`"


def _no_markup_from_data(html: str, text: str) -> None:
    assert "<em>ORG</em>" not in html
    assert "evil.example" not in html.replace("[link](https://evil.example)", "")
    assert "<code>code</code>" not in html
    for char in PRIVATE:
        assert char not in html
        assert char not in text


@pytest.mark.parametrize("body", [
    "{% filter replace('ORG', note) %}Thanks to ORG.{% endfilter %}",
    "{% filter replace('ORG', note)|trim %}Thanks to ORG.{% endfilter %}",
    "{% filter format(note) %}Thanks to %s.{% endfilter %}",
    "{% filter indent(note, true) %}Thanks to you.{% endfilter %}",
    "{% filter truncate(45, true, note, 0) %}Thanks to you, all of you, and to everyone on "
    "the panel.{% endfilter %}",
    "{% filter wordwrap(5, true, note) %}Thanks to you.{% endfilter %}",
    "{% macro m(v) %}Thanks to {{ v }}.{% endmacro %}{{ m(note) }}",
    "{% macro m(v) %}Thanks to {{ v }}.{% endmacro %}{{ m(note)|trim }}",
    "{% macro m(v) %}Thanks to {{ v }}.{% endmacro %}{{ m(note) ~ note }}",
    "{% macro m(v) %}Thanks to {{ v }}.{% endmacro %}{{ m(note) + note }}",
    "{% macro m() %}Thanks to ORG.{% endmacro %}{{ m()|replace('ORG', note) }}",
    "{% macro m(v) %}Thanks to %s.{% endmacro %}{{ m(1) % note }}",
    "{% macro m(v) %}Thanks to %s.{% endmacro %}{{ m(1)|format(note) }}",
    "{% macro m(v) %}Thanks to {{ v }}.{% endmacro %}{{ m(note).strip() }}",
    "{% macro m(v) %}Thanks to {{ v }}.{% endmacro %}{{ (m(note) ~ note)|upper }}",
    "{% set x %}Thanks to {{ note }}.{% endset %}{{ x }}",
    "{% set x %}Thanks to {{ note }}.{% endset %}{{ x|replace('Thanks', note) }}",
    "{% macro outer() %}{{ caller() }}{% endmacro %}{% call outer() %}{{ note }}{% endcall %}",
])
def test_data_passed_through_filters_and_macros_stays_data(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    letter = compose(folder, base_data(note=MARKUP))
    html, text = render_html(letter), render_text(letter)
    _no_markup_from_data(html, text)
    assert "*ORG*" in text


@pytest.mark.parametrize("body", [
    "{% macro m(v) %}{{ v }}{% endmacro %}{{ m(name) }}",
    "{% macro m(v) %}{{ v }}{% endmacro %}{{ m(name)|trim }}",
    "{% macro m(v) %}<{{ v }}>{% endmacro %}{{ m(name)|upper }}",
    "{% set x %}{{ name }}{% endset %}{{ x }}",
    "{% set x %}{{ name }}{% endset %}{{ x.strip() }}",
    "{% macro m(v) %}{{ v }}{% endmacro %}{{ [m(name), 'x']|join(' ') }}",
    "{% macro m(v) %}{{ v }}{% endmacro %}{{ m(name)|truncate(5, true, '') }}",
])
def test_a_value_printed_through_a_macro_prints_the_value(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    text = render_text(compose(folder, base_data(name="Zoe Quinn")))
    body_text = text.split("Dear Zoe Quinn,", 1)[1]
    assert "zoe" in body_text.lower()
    for char in PRIVATE:
        assert char not in text


def test_markup_written_in_a_macro_stays_markup(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{% macro m(v) %}**{{ v }}**{% endmacro %}{{ m(name) }}")
    html = render_html(compose(folder, base_data(name="*Zoe*")))
    assert "<strong>*Zoe*</strong>" in html


@pytest.mark.parametrize("posing", ["\ue0000\ue001", "\ue000", "x\ue0010\ue001\ue000"])
def test_data_cannot_pose_as_a_token_for_another_value(tmp_path: Path, posing: str) -> None:
    folder = write_pack(tmp_path / "pack", "{{ note }} and {{ name }}")
    letter = compose(folder, base_data(note="secret", name=posing))
    text = render_text(letter)
    assert text.count("secret") == 1
    assert posing in text


# -- the wrapping filters work -------------------------------------------------------------

def test_wordwrap_and_truncate_work(tmp_path: Path) -> None:
    body = "{{ note|truncate(12) }}\n\n{{ note|wordwrap(10, wrapstring=' | ') }}"
    folder = write_pack(tmp_path / "pack", body)
    text = render_text(compose(folder, base_data(note="It was good to meet the whole team")))
    assert "It was..." in text
    assert "It was | good to | meet the | whole team" in text
