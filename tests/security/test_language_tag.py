"""A pack's ``language`` that is not shaped like a language tag is refused with the
letter, at the key, in every format: no output carries it, not even with ``force``.

The tag goes into ``<html lang>`` of the HTML, the email and the PDF; a value such
as ``../../x`` or ``en" onload=`` is no language, so it is judged where the
letter is checked (RJ126 at pack.yaml's ``language``), not only by ``check``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.cli import main
from rejectlet.language_tags import has_tag_shape

from ._support import PACK_YAML, base_data, write_pack

HOSTILE = ['../../x', 'en" onload="alert(1)', "en<script>", "en gb", "en\u2028x", "e",
           "en--gb", "a" * 65, "en-" + "x" * 9]
WELL_SHAPED = ["en", "en-GB", "de", "fr-CA", "zh-Hant-TW", "british", "tlh",
               "en-US-u-ca-gregory"]


def _pack(tmp_path: Path, tag: str) -> Path:
    folder = write_pack(tmp_path / "pack")
    (folder / "pack.yaml").write_text(PACK_YAML.replace("@STYLES@", "").replace(
        "language: en", "language: " + _quoted(tag)), encoding="utf-8")
    return folder


def _quoted(tag: str) -> str:
    return "'" + tag.replace("'", "''") + "'"


def _line_col(folder: Path) -> tuple[int, int]:
    lines = (folder / "pack.yaml").read_text("utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("language:"))
    return number, len("language: ") + 1


@pytest.mark.parametrize("tag", HOSTILE)
def test_a_tag_of_no_shape_is_not_a_tag(tag: str) -> None:
    assert not has_tag_shape(tag)


@pytest.mark.parametrize("tag", WELL_SHAPED)
def test_a_well_shaped_tag_is_a_tag(tag: str) -> None:
    assert has_tag_shape(tag)


@pytest.mark.parametrize("tag", HOSTILE[:4])
def test_validate_reports_the_tag_at_the_language_key(tmp_path: Path, tag: str) -> None:
    folder = _pack(tmp_path, tag)
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    [problem] = [d for d in rejectlet.validate(letter) if d.code == "RJ126"]
    assert problem.is_error
    assert problem.location is not None
    assert (problem.location.line, problem.location.column) == _line_col(folder)
    assert problem.location.key == "language"


@pytest.mark.parametrize("fmt", rejectlet.FORMATS)
def test_no_format_is_written_with_the_tag_even_forced(tmp_path: Path, fmt: str) -> None:
    folder = _pack(tmp_path, 'en" onload="alert(1)')
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    for force in (False, True):
        with pytest.raises(rejectlet.RejectletError) as caught:
            rejectlet.render(letter, fmt, force=force)
        assert "RJ126" in [d.code for d in caught.value.diagnostics]


def test_a_reminder_is_not_written_with_the_tag(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "../../x")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    with pytest.raises(rejectlet.PackError) as caught:
        rejectlet.reminder(letter)
    assert [d.code for d in caught.value.diagnostics] == ["RJ126"]


def test_a_well_shaped_tag_babel_does_not_know_still_renders(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "qq-ZZ")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert not [d for d in rejectlet.validate(letter) if d.code == "RJ126"]
    assert 'lang="qq-ZZ"' in rejectlet.render(letter, "html", force=True)


@pytest.mark.parametrize("fmt", ["text", "html", "pdf", "eml"])
def test_the_command_line_refuses_every_format_and_writes_nothing(tmp_path: Path,
                                                                  fmt: str) -> None:
    folder = _pack(tmp_path, "../../x")
    data = tmp_path / "letter.yaml"
    data.write_text(f"pack: {folder}\nletter: note\nname: Ann Lee\n"
                    "sender: {name: Sam Ortiz, email: sam@example.com}\n"
                    "recipient: {name: Ann Lee, email: ann@example.com}\n", "utf-8")
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["render", str(data), "-f", fmt, "-o", str(target),
                                       "--allow-errors"])
    assert result.exit_code == 2, result.output
    assert result.output.count("RJ126") == 1
    assert not target.exists()


def test_a_batch_refuses_the_pack_once_before_any_row(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "../../x")
    pack = rejectlet.load_pack(folder)
    table = tmp_path / "rows.csv"
    table.write_text("name,recipient.name\nAnn Lee,Ann Lee\nBo Li,Bo Li\n", "utf-8")
    out = tmp_path / "out"
    with pytest.raises(rejectlet.PackError):
        run_batch(BatchJob(pack=pack, kind="note", rows=list(read_rows(table, pack)),
                           fmt="text", pattern=str(out / "{n}.txt")))
    assert not out.exists()


def test_check_reports_the_tag_once(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "../../x")
    (folder / "samples").mkdir()
    (folder / "samples" / "note.yaml").write_text(
        "pack: ..\nletter: note\nname: Ann Lee\n", "utf-8")
    result = CliRunner().invoke(main, ["check", str(folder)])
    assert result.output.count("RJ126") == 1, result.output
