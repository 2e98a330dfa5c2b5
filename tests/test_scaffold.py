"""Starting points: ``rejectlet new pack`` and ``rejectlet new letter``."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from click.testing import CliRunner, Result

import rejectlet
from rejectlet.cli import main
from rejectlet.scaffold import EMAIL_FIELDS


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def flatten(mapping: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested groups as dotted names (sender.name), the way a pack declares them."""
    flat: dict[str, Any] = {}
    for key, value in mapping.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


# -- new pack -----------------------------------------------------------------------------

@pytest.fixture
def new_pack_folder(tmp_path: Path) -> Path:
    result = invoke("new", "pack", "thank-you-notes", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    folder = tmp_path / "thank-you-notes"
    assert str(folder) in result.stderr
    return folder


def test_new_pack_creates_a_pack_folder_with_a_sample(new_pack_folder: Path) -> None:
    assert (new_pack_folder / "pack.yaml").is_file()
    assert (new_pack_folder / "README.md").is_file()
    samples = sorted((new_pack_folder / "samples").glob("*.yaml"))
    assert [s.name for s in samples] == ["reply.yaml"]
    pack = rejectlet.load_pack(new_pack_folder)
    assert pack.name == "thank-you-notes"
    assert pack.title == "Thank You Notes"
    assert pack.stylesheet is not None and pack.stylesheet.is_file()
    assert "reply" in pack.letters


def test_a_new_pack_passes_check_as_created(new_pack_folder: Path) -> None:
    result = invoke("check", str(new_pack_folder))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "ok"


def test_a_new_pack_names_a_rejectlet_range_this_version_meets(new_pack_folder: Path) -> None:
    pack = rejectlet.load_pack(new_pack_folder)
    assert pack.requires.startswith(">=")
    major_minor = ".".join(rejectlet.__version__.split(".")[:2])
    assert pack.requires == f">={major_minor}"


def test_a_new_packs_sample_renders_to_text_html_and_pdf(new_pack_folder: Path) -> None:
    pack = rejectlet.load_pack(new_pack_folder)
    sample = new_pack_folder / "samples" / "reply.yaml"
    (letter,) = rejectlet.letters_from_file(sample, pack=pack)
    assert rejectlet.validate(letter) == []
    name = yaml.safe_load(sample.read_text(encoding="utf-8"))["sender"]["name"]

    text = rejectlet.render(letter, "text")
    assert letter.salutation in text
    assert [b.section_id for b in letter.postscripts] == ["feedback"]
    assert text.index("P.S.") > text.index(letter.signature)
    document = rejectlet.render(letter, "html")
    assert letter.salutation in document
    assert "pack-thank-you-notes" in document
    pdf = rejectlet.render(letter, "pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    words = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert letter.salutation in words
    assert name in words


def test_new_pack_refuses_a_folder_that_exists(new_pack_folder: Path) -> None:
    pack_file = new_pack_folder / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8") + "# my own edits\n",
                         encoding="utf-8")
    before = pack_file.read_text(encoding="utf-8")
    result = invoke("new", "pack", "thank-you-notes", "--dir", str(new_pack_folder.parent))
    assert result.exit_code == 2
    assert "RJ422" in result.stderr
    assert "already exists" in result.stderr
    assert pack_file.read_text(encoding="utf-8") == before


def test_new_pack_refuses_a_name_that_is_not_a_pack_name(tmp_path: Path) -> None:
    result = invoke("new", "pack", "My Pack", "--dir", str(tmp_path))
    assert result.exit_code == 2
    assert "RJ113" in result.stderr
    assert list(tmp_path.iterdir()) == []


# -- new letter ---------------------------------------------------------------------------

@pytest.fixture
def check_in_file(tmp_path: Path) -> Path:
    target = tmp_path / "check-in.yaml"
    result = invoke("new", "letter", "--pack", "classic", "--letter", "check-in",
                    "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.is_file()
    return target


def test_new_letter_writes_only_the_values_the_letter_uses(
        check_in_file: Path, classic: rejectlet.Pack) -> None:
    raw = yaml.safe_load(check_in_file.read_text(encoding="utf-8"))
    assert raw["pack"] == "classic"
    assert raw["letter"] == "check-in"
    values = flatten({k: v for k, v in raw.items() if k not in ("pack", "letter")})
    kind = classic.letters["check-in"]
    # the letter's own values, plus the addresses only the email message reads
    expected = {name for name in classic.variables if kind.needs(name)}
    expected |= {name for name in EMAIL_FIELDS if name in classic.variables}
    assert set(values) == expected
    for unused in ("strengths", "questions", "topics", "panel", "new_role"):
        assert unused not in values


def test_new_letter_explains_each_value_in_a_comment(
        check_in_file: Path, classic: rejectlet.Pack) -> None:
    comments = [line.strip() for line in check_in_file.read_text(encoding="utf-8").splitlines()
                if line.strip().startswith("#")]
    kind = classic.letters["check-in"]
    for name, variable in classic.variables.items():
        if kind.needs(name) and variable.help:
            assert any(variable.help in comment for comment in comments), name
    required = [c for c in comments if "required" in c]
    assert len(required) == sum(1 for name, v in classic.variables.items()
                                if v.required and kind.needs(name))


def test_new_letter_fills_in_defaults(check_in_file: Path, classic: rejectlet.Pack) -> None:
    values = flatten(yaml.safe_load(check_in_file.read_text(encoding="utf-8")))
    kind = classic.letters["check-in"]
    with_defaults = [name for name, v in classic.variables.items()
                     if kind.needs(name) and v.default is not None]
    assert with_defaults
    for name in with_defaults:
        default = classic.variables[name].default
        expected = dt.date.today() if default == "today" else default
        assert values[name] == expected, name


def test_new_letter_for_a_reply_fills_in_every_kind_of_default(
        tmp_path: Path, classic: rejectlet.Pack) -> None:
    target = tmp_path / "reply.yaml"
    result = invoke("new", "letter", "--pack", "classic", "--letter", "reply", "-o", str(target))
    assert result.exit_code == 0, result.output
    values = flatten(yaml.safe_load(target.read_text(encoding="utf-8")))
    assert values["met_with"] == []
    assert values["follow_up"] is True
    assert values["follow_up_days"] == 30
    assert values["ask_feedback"] is True
    assert "questions" not in values


def test_new_letter_as_written_is_not_ready_to_send(check_in_file: Path) -> None:
    result = invoke("check", str(check_in_file))
    assert result.exit_code == 1
    assert "RJ005" in result.stderr


def test_new_letter_checks_clean_and_renders_once_filled_in(check_in_file: Path) -> None:
    raw = yaml.safe_load(check_in_file.read_text(encoding="utf-8"))
    raw["sender"]["name"] = "Priya Raman"
    raw["recipient"]["name"] = "Elena Marsh"
    raw["organization"] = "Northwind Logistics"
    raw["role"] = "Senior Data Analyst"
    raw["news"] = "I have finished a certificate in cloud data engineering"
    check_in_file.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False),
                             encoding="utf-8")

    result = invoke("check", str(check_in_file))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "ok"

    rendered = invoke("render", str(check_in_file))
    assert rendered.exit_code == 0, rendered.output
    text = " ".join(rendered.stdout.split())
    assert "Dear Elena Marsh," in text
    assert "Since then, I have finished a certificate in cloud data engineering." in text
    assert text.endswith("Priya Raman")


def test_new_letter_refuses_a_letter_kind_the_pack_lacks(tmp_path: Path) -> None:
    target = tmp_path / "nothing.yaml"
    result = invoke("new", "letter", "--pack", "classic", "--letter", "thank-you",
                    "-o", str(target))
    assert result.exit_code == 2
    assert "RJ120" in result.stderr
    assert not target.exists()


def test_new_pack_accepts_the_names_pack_yaml_accepts(tmp_path: Path) -> None:
    from rejectlet.scaffold import new_pack

    folder = new_pack("career_office", tmp_path)
    assert rejectlet.load_pack(folder).name == "career_office"
    with pytest.raises(rejectlet.PackError) as raised:
        new_pack("Career Office", tmp_path)
    assert [d.code for d in raised.value.diagnostics] == ["RJ113"]
