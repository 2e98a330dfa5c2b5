"""Where letter data comes from: a mapping, a YAML file read explicitly, keyword
arguments, a file with keyword overrides, and profile files pulled in with ``include:``.

compose() takes data only as a mapping: a string or path is refused, never opened,
so a service passing on a client's field cannot be made to read its own files."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet import DataError, Letter, Severity
from tests.conftest import EXAMPLE, PackFactory


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def text_of(letter: Letter) -> str:
    result = rejectlet.render(letter, "text")
    assert isinstance(result, str)
    return result


def same_file(location: rejectlet.Location | None, path: Path) -> bool:
    return location is not None and Path(location.path).resolve() == path.resolve()


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, start=1) if needle in line]
    assert len(hits) == 1, f"{needle!r} is on lines {hits}"
    return hits[0]


# -- the ways to pass data ----------------------------------------------------------------

def test_a_mapping_and_the_same_file_read_explicitly_give_the_same_letter(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    from_dict = rejectlet.compose(classic, "reply", example_data)
    from_file = rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE))
    from_str_path = rejectlet.compose(classic, "reply", rejectlet.read_data_file(str(EXAMPLE)))
    assert text_of(from_dict) == text_of(from_file) == text_of(from_str_path)
    assert from_dict.data == from_file.data


@pytest.mark.parametrize("data", [str(EXAMPLE), EXAMPLE, "/etc/passwd", "reply.yaml"],
                         ids=["str-path", "Path", "server-file", "relative-name"])
def test_a_string_or_path_is_refused_and_never_opened(
        classic: rejectlet.Pack, data: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr("rejectlet.data.load_yaml_file",
                        lambda *args, **kwargs: opened.append(args))
    with pytest.raises(DataError) as caught:
        rejectlet.compose(classic, "reply", data)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ201"
    assert "read_data_file" in problem.hint
    assert opened == []


@pytest.mark.parametrize("data", [[1, 2], ("organization", "Acme"), 42, b"organization: Acme"],
                         ids=["list", "tuple", "number", "bytes"])
def test_data_that_is_not_a_mapping_is_a_located_data_error(
        classic: rejectlet.Pack, data: Any) -> None:
    with pytest.raises(DataError) as caught:
        rejectlet.compose(classic, "reply", data)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ201"
    assert problem.location == rejectlet.Location("<data>")
    with pytest.raises(DataError):
        rejectlet.compose_all(classic, "reply", data)


def test_keyword_arguments_alone_are_enough(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    from_keywords = rejectlet.compose(classic, "reply", **example_data)
    assert text_of(from_keywords) == text_of(rejectlet.compose(classic, "reply",
                                                               rejectlet.read_data_file(EXAMPLE)))


def test_keyword_arguments_with_dotted_groups_as_mappings(classic: rejectlet.Pack) -> None:
    letter = rejectlet.compose(
        classic, "reply",
        sender={"name": "Priya Raman", "email": "priya.raman@example.com"},
        recipient={"name": "Elena Marsh", "title": "Ms."},
        organization="Northwind Logistics", role="Senior Data Analyst",
        strengths="I built the demand models that cut empty-truck miles by twelve percent.")
    assert letter.data["sender.name"] == "Priya Raman"
    assert letter.salutation == "Dear Ms. Marsh,"
    assert rejectlet.validate(letter) == []
    assert letter.data_source == rejectlet.Location("<data>")


def test_keyword_arguments_override_a_file(classic: rejectlet.Pack) -> None:
    letter = rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE),
                               role="Analytics Lead", follow_up=False)
    original = rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE))
    assert letter.data["role"] == "Analytics Lead"
    assert letter.data["follow_up"] is False
    text = " ".join(text_of(letter).split())
    assert "the Analytics Lead position" in text
    assert "Senior Data Analyst" not in text
    assert "promise" not in [b.section_id for b in letter.body]
    # values the keywords did not touch keep pointing at the file's lines
    assert letter.data["organization"] == original.data["organization"]
    assert same_file(letter.location_of_value("organization"), EXAMPLE)
    assert letter.location_of_value("organization") == original.location_of_value("organization")


def test_keyword_arguments_override_part_of_a_group_in_a_file(classic: rejectlet.Pack) -> None:
    letter = rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE),
                               sender={"name": "Priya R. Raman"})
    original = rejectlet.compose(classic, "reply", rejectlet.read_data_file(EXAMPLE))
    assert letter.data["sender.name"] == "Priya R. Raman"
    assert letter.signature == "Priya R. Raman"
    # the rest of the group still comes from the file
    assert letter.data["sender.email"] == original.data["sender.email"]
    assert letter.data["sender.address"] == original.data["sender.address"]
    assert same_file(letter.location_of_value("sender.email"), EXAMPLE)


def test_keyword_arguments_override_a_mapping_without_changing_it(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    before = copy.deepcopy(example_data)
    letter = rejectlet.compose(classic, "reply", example_data,
                               recipient={"name": "Tomás Ortega", "title": "Mr."})
    assert letter.salutation == "Dear Mr. Ortega,"
    assert letter.data["recipient.job_title"] == example_data["recipient"]["job_title"]
    assert example_data == before


def test_data_naming_another_pack_is_refused(
        minimal_pack_text: str, make_pack: PackFactory) -> None:
    mini = rejectlet.load_pack(make_pack(minimal_pack_text))
    with pytest.raises(DataError) as caught:
        rejectlet.compose(mini, "reply", {"pack": "classic", "name": "Ana",
                                          "organization": "Acme"})
    assert [d.code for d in caught.value.diagnostics] == ["RJ207"]


# -- include: -----------------------------------------------------------------------------

PROFILE = """
    # shared values
    sender:
      name: Priya Raman
      email: priya.raman@example.com
    recipient:
      name: Elena Marsh
      title: Ms.
    organization: Northwind Logistics
    role: Data Analyst
    strengths: >-
      I built the demand models that cut empty-truck miles by twelve percent.
"""


def test_include_merges_a_profile_and_the_including_file_wins(tmp_path: Path) -> None:
    profile = write(tmp_path / "shared" / "profile.yaml", PROFILE)
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: shared/profile.yaml
        role: Senior Data Analyst
        sender:
          name: Priya R. Raman
    """)
    (letter,) = rejectlet.letters_from_file(letter_file)
    assert letter.data["role"] == "Senior Data Analyst"
    assert letter.data["sender.name"] == "Priya R. Raman"
    assert letter.data["sender.email"] == "priya.raman@example.com"  # merged, not replaced
    assert letter.data["organization"] == "Northwind Logistics"
    assert rejectlet.validate(letter) == []

    # every value remembers the file that wrote it
    assert same_file(letter.location_of_value("role"), letter_file)
    assert same_file(letter.location_of_value("sender.name"), letter_file)
    assert same_file(letter.location_of_value("sender.email"), profile)
    assert same_file(letter.location_of_value("organization"), profile)
    organization = letter.location_of_value("organization")
    assert organization is not None
    assert organization.line == line_of(profile, "organization:")
    assert same_file(letter.data_source, letter_file)


def test_compose_reads_includes_too(classic: rejectlet.Pack, tmp_path: Path) -> None:
    write(tmp_path / "profile.yaml", PROFILE)
    letter_file = write(tmp_path / "reply.yaml", "include: profile.yaml\nrole: Lead\n")
    letter = rejectlet.compose(classic, "reply", rejectlet.read_data_file(letter_file))
    assert letter.data["role"] == "Lead"
    assert letter.data["sender.name"] == "Priya Raman"


def test_a_rule_finding_points_at_the_profile_that_wrote_the_value(tmp_path: Path) -> None:
    profile = write(tmp_path / "profile.yaml",
                    PROFILE.replace("I built the demand models",
                                    "Though the process was unfair, I built the demand models"))
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: profile.yaml
    """)
    (letter,) = rejectlet.letters_from_file(letter_file)
    (tone,) = [d for d in rejectlet.validate(letter) if d.code == "RJ007"]
    assert "'the process was unfair'" in tone.message
    assert tone.severity is Severity.ERROR
    assert same_file(tone.location, profile)
    assert tone.location is not None
    assert tone.location.line == line_of(profile, "strengths:")


def test_a_bad_value_in_a_profile_is_reported_in_the_profile(tmp_path: Path) -> None:
    profile = write(tmp_path / "profile.yaml",
                    PROFILE.replace("priya.raman@example.com", "priya at example"))
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: profile.yaml
    """)
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(letter_file)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ204"
    assert same_file(problem.location, profile)
    assert problem.location is not None
    assert problem.location.line == line_of(profile, "priya at example")


def test_several_includes_apply_in_order(tmp_path: Path) -> None:
    write(tmp_path / "profile.yaml", PROFILE)
    later = write(tmp_path / "northwind.yaml", """
        organization: Northwind Freight
        role: Planning Analyst
    """)
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: [profile.yaml, northwind.yaml]
        role: Senior Planning Analyst
    """)
    (letter,) = rejectlet.letters_from_file(letter_file)
    assert letter.data["organization"] == "Northwind Freight"
    assert same_file(letter.location_of_value("organization"), later)
    assert letter.data["role"] == "Senior Planning Analyst"
    assert letter.data["sender.name"] == "Priya Raman"


def test_an_included_file_may_include_another(tmp_path: Path) -> None:
    base = write(tmp_path / "base.yaml", PROFILE)
    write(tmp_path / "profiles" / "job.yaml", "include: ../base.yaml\nrole: Lead Analyst\n")
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: profiles/job.yaml
    """)
    (letter,) = rejectlet.letters_from_file(letter_file)
    assert letter.data["role"] == "Lead Analyst"
    assert same_file(letter.location_of_value("sender.name"), base)


def test_includes_that_include_each_other_are_refused(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "include: b.yaml\nrole: A\n")
    b = write(tmp_path / "b.yaml", "organization: Acme\ninclude: a.yaml\n")
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: a.yaml
    """)
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(letter_file)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ210"
    assert "a.yaml" in problem.message
    assert same_file(problem.location, b)
    assert problem.location is not None
    assert problem.location.line == 2


def test_a_file_that_includes_itself_is_refused(tmp_path: Path) -> None:
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: reply.yaml
    """)
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(letter_file)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ210"
    assert same_file(problem.location, letter_file)
    assert problem.location is not None
    assert problem.location.line == 3


def test_a_missing_include_is_refused_at_its_line(tmp_path: Path) -> None:
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include: shared/nowhere.yaml
        role: Analyst
    """)
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(letter_file)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ210"
    assert "shared/nowhere.yaml" in problem.message
    assert same_file(problem.location, letter_file)
    assert problem.location is not None
    assert problem.location.line == 3
    assert problem.location.column == len("include: ") + 1


def test_a_missing_include_in_a_list_points_at_its_item(tmp_path: Path) -> None:
    write(tmp_path / "profile.yaml", PROFILE)
    letter_file = write(tmp_path / "reply.yaml", """
        pack: classic
        letter: reply
        include:
          - profile.yaml
          - missing.yaml
    """)
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(letter_file)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ210"
    assert "missing.yaml" in problem.message
    assert same_file(problem.location, letter_file)
    assert problem.location is not None
    assert problem.location.line == 5


@pytest.mark.parametrize("value", ["3", "''", "{file: profile.yaml}"])
def test_an_include_that_is_not_a_file_name_is_refused(tmp_path: Path, value: str) -> None:
    letter_file = write(tmp_path / "reply.yaml",
                        f"pack: classic\nletter: reply\ninclude: {value}\n")
    with pytest.raises(DataError) as caught:
        rejectlet.letters_from_file(letter_file)
    (problem,) = caught.value.diagnostics
    assert problem.code == "RJ210"
    assert same_file(problem.location, letter_file)
