"""Nothing the user has is lost: files are written whole or not at all, inputs are
never overwritten, an existing output is kept unless --force says otherwise, an
interrupted batch leaves its finished letters intact, and a failing row is
reported with its number while the other rows go on.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import rejectlet
from rejectlet.batch import BatchJob, read_rows, run_batch
from rejectlet.cli import main
from rejectlet.output import write_atomic
from tests.security._support import pdf_reader

KEEPER_PACK = """\
pack: keeper
version: 1.0.0
language: en
variables:
  name: {type: string, required: true}
  organization: {type: string, required: true}
  count: {type: integer, default: 1}
  recipient.name: {type: string}
  recipient.email: {type: email}
@STYLE@
sections:
  thanks:
    kind: gratitude
    text: "Thank you, {{ name }}, for your time and the {{ 100 // count }} minutes you gave me."
  interest:
    kind: interest
    text: "I remain keen on {{ organization }} and would be glad to stay in touch."
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ name }},"
    body: [thanks, interest]
    closing: "Best regards,"
    signature: "Sam Ortiz"
"""

LETTER = """\
pack: {pack}
letter: reply
name: Ann Lee
organization: Northwind
"""


def keeper(tmp_path: Path, style: str | None = None) -> Path:
    folder = tmp_path / "keeper"
    folder.mkdir()
    text = KEEPER_PACK.replace("@STYLE@", "style: style.css" if style is not None else "")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    if style is not None:
        (folder / "style.css").write_text(style, encoding="utf-8")
    return folder


def letter_file(tmp_path: Path, pack: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir(exist_ok=True)
    data = folder / "ann.yaml"
    data.write_text(LETTER.format(pack=pack), encoding="utf-8")
    return data


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind."""
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# -- atomic writes ---------------------------------------------------------------------

def test_a_failed_rename_keeps_the_old_file_whole(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.txt"
    target.write_text("the letter as it was", encoding="utf-8")

    def refuse(source: Any, destination: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(rejectlet.OutputError) as raised:  # the system's refusal, located
        write_atomic(target, "a new letter " * 1000, overwrite=True)
    assert [d.code for d in raised.value.diagnostics] == ["RJ427"]
    assert target.read_text(encoding="utf-8") == "the letter as it was"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, SystemExit, OSError])
def test_an_interrupted_write_leaves_no_partial_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     interruption: type[BaseException]) -> None:
    target = tmp_path / "letter.pdf"

    def interrupt(fd: int) -> None:
        raise interruption()

    monkeypatch.setattr(os, "fsync", interrupt)
    # an interruption passes through; a refusal of the system becomes a located RJ427
    with pytest.raises(rejectlet.OutputError if interruption is OSError else interruption):
        write_atomic(target, b"%PDF-1.7 " + b"x" * 100_000)
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_a_write_never_shows_half_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # at the moment of the rename the whole content is already on disk in the temporary file
    target = tmp_path / "letter.txt"
    target.write_text("old", encoding="utf-8")
    content = "new letter\n" * 5000
    seen: list[str] = []
    real_replace = os.replace

    def watch(source: Any, destination: Any) -> None:
        seen.append(target.read_text(encoding="utf-8"))
        seen.append(Path(source).read_text(encoding="utf-8"))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", watch)
    write_atomic(target, content, overwrite=True)
    assert seen == ["old", content]
    assert target.read_text(encoding="utf-8") == content


# -- the command line: inputs, existing files, failures ----------------------------------

def test_the_output_may_not_be_the_data_file(tmp_path: Path) -> None:
    data = letter_file(tmp_path, keeper(tmp_path))
    before = data.read_bytes()
    for spelling in (str(data), str(data.parent / "." / data.name),
                     str(data.parent / ".." / data.parent.name / data.name)):
        for extra in ([], ["--force"]):
            result = cli("render", str(data), "-o", spelling, *extra)
            assert result.exit_code == 2, result.output
            assert "RJ421" in result.stderr
    assert data.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_the_output_may_not_be_a_link_to_the_data_file(tmp_path: Path) -> None:
    data = letter_file(tmp_path, keeper(tmp_path))
    before = data.read_bytes()
    link = tmp_path / "link.txt"
    link.symlink_to(data)
    result = cli("render", str(data), "-o", str(link), "--force")
    assert result.exit_code == 2, result.output
    assert "RJ421" in result.stderr
    assert data.read_bytes() == before
    assert link.is_symlink()


@pytest.mark.parametrize("name", ["pack.yaml", "reply.txt", "style.css"])
def test_nothing_is_written_into_the_pack(tmp_path: Path, name: str) -> None:
    pack = keeper(tmp_path, style="p { color: navy }")
    data = letter_file(tmp_path, pack)
    before = snapshot(pack)
    result = cli("render", str(data), "-o", str(pack / name), "--force")
    assert result.exit_code == 2, result.output
    assert "RJ421" in result.stderr
    assert snapshot(pack) == before


def test_an_existing_output_is_kept_without_force(tmp_path: Path) -> None:
    data = letter_file(tmp_path, keeper(tmp_path))
    target = tmp_path / "reply.txt"
    target.write_text("my edited letter", encoding="utf-8")
    result = cli("render", str(data), "-o", str(target))
    assert result.exit_code == 2, result.output
    assert "RJ422" in result.stderr
    assert target.read_text(encoding="utf-8") == "my edited letter"
    result = cli("render", str(data), "-o", str(target), "--force")
    assert result.exit_code == 0, result.output
    assert "I remain keen on Northwind" in target.read_text(encoding="utf-8")
    assert leftovers(tmp_path) == []


@pytest.mark.pdf
def test_a_render_that_fails_writes_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    pack = keeper(tmp_path, style="body { background: url(https://tracker.example/p.png) }")
    data = letter_file(tmp_path, pack)
    fresh = tmp_path / "fresh.pdf"
    result = cli("render", str(data), "-f", "pdf", "-o", str(fresh))
    assert result.exit_code == 2, result.output
    assert "RJ412" in result.stderr
    assert not fresh.exists()
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"%PDF-1.7 the letter I printed last week")
    result = cli("render", str(data), "-f", "pdf", "-o", str(kept), "--force")
    assert result.exit_code == 2, result.output
    assert kept.read_bytes() == b"%PDF-1.7 the letter I printed last week"
    assert leftovers(tmp_path) == []


# -- batches ---------------------------------------------------------------------------

TABLE = """\
name,organization,count,recipient.name,recipient.email
Ann Lee,Northwind,4,Ann Lee,ann@example.com
Ben Cho,Contoso,5,Ben Cho,not-an-address
Cy Diaz,Fabrikam,2,Cy Diaz,cy@example.com
Dee Eze,Initech,0,Dee Eze,dee@example.com
@LONG@,Globex,1,Eve Fox,eve@example.com
Fay Gil,Umbrella,10,Fay Gil,fay@example.com
"""

#: Rows (by line of the table) that must fail, and why.
FAILING = {3: "RJ204", 5: "RJ306", 6: "RJ205"}
GOOD = {2: "ann-lee", 4: "cy-diaz", 7: "fay-gil"}


def table(tmp_path: Path) -> Path:
    path = tmp_path / "rows.csv"
    path.write_text(TABLE.replace("@LONG@", "y" * 20_001), encoding="utf-8")
    return path


def job(pack_folder: Path, rows_file: Path, **options: Any) -> BatchJob:
    pack = rejectlet.load_pack(pack_folder)
    return BatchJob(pack=pack, kind="reply", rows=list(read_rows(rows_file, pack)),
                    inputs=(rows_file,), **options)


def test_a_failing_row_is_reported_by_number_and_the_others_are_written(tmp_path: Path) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    report = run_batch(job(pack, rows, fmt="text", pattern=str(out / "{name}.txt")))
    assert {row: [d.code for d in problems] for row, problems in report.failed.items()} == {
        row: [code] for row, code in FAILING.items()}
    for problems in report.failed.values():
        assert all(d.location is not None for d in problems)
    assert report.rendered == len(GOOD)
    assert sorted(p.stem for p in out.iterdir()) == sorted(GOOD.values())
    assert leftovers(tmp_path) == []


def test_the_batch_command_names_every_failed_row(tmp_path: Path) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = cli("batch", str(rows), "--pack", str(pack), "--letter", "reply", "-f", "text",
                 "--each", str(out / "{n}-{name}.txt"))
    assert result.exit_code == 1, result.output
    for row, code in FAILING.items():
        assert any(line.startswith(f"row {row}:") and code in line
                   for line in result.stderr.splitlines()), result.stderr
    assert "3 row(s) failed: 3, 5, 6" in result.stderr
    assert len(list(out.iterdir())) == len(GOOD)


def test_a_batch_never_writes_over_its_table(tmp_path: Path) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    before = rows.read_bytes()
    for extra in (["-o", str(rows)], ["-o", str(rows), "--force"]):
        result = cli("batch", str(rows), "--pack", str(pack), "--letter", "reply", "-f", "text",
                     *extra)
        assert result.exit_code == 2, result.output
        assert "RJ421" in result.stderr
    # one file per letter named as the table: each row that would be written there
    # fails alone, like any other obstacle at its name, and none takes 'rows-2.csv'
    result = cli("batch", str(rows), "--pack", str(pack), "--letter", "reply", "-f", "text",
                 "--each", str(rows), "--force")
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stderr.splitlines() if "RJ421" in line]
    assert len(failed) == len(GOOD), result.stderr
    assert rows.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("rows*")) == ["rows.csv"]
    assert leftovers(tmp_path) == []


def interrupt_on_write(monkeypatch: pytest.MonkeyPatch, at: int) -> Callable[[], int]:
    """Let ``at - 1`` files be renamed into place, then interrupt as Ctrl-C would."""
    calls = 0
    real_replace = os.replace

    def replace(source: Any, destination: Any) -> None:
        nonlocal calls
        calls += 1
        if calls >= at:
            raise KeyboardInterrupt
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    return lambda: calls


def test_an_interrupted_batch_keeps_finished_letters_whole(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    clean, broken = tmp_path / "clean", tmp_path / "broken"
    clean.mkdir()
    broken.mkdir()
    run_batch(job(pack, rows, fmt="text", pattern=str(clean / "{n}-{name}.txt")))
    expected = snapshot(clean)
    assert len(expected) == len(GOOD)
    interrupt_on_write(monkeypatch, at=3)
    with pytest.raises(KeyboardInterrupt):
        run_batch(job(pack, rows, fmt="text", pattern=str(broken / "{n}-{name}.txt")))
    written = snapshot(broken)
    assert sorted(written) == sorted(expected)[:2]
    assert all(written[name] == expected[name] for name in written)
    assert leftovers(tmp_path) == []


def test_an_interrupted_combined_batch_leaves_the_old_file(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    combined = tmp_path / "all.txt"
    combined.write_text("last week's letters", encoding="utf-8")
    interrupt_on_write(monkeypatch, at=1)
    with pytest.raises(KeyboardInterrupt):
        run_batch(job(pack, rows, fmt="text", output=combined, overwrite=True))
    assert combined.read_text(encoding="utf-8") == "last week's letters"
    assert leftovers(tmp_path) == []


@pytest.mark.pdf
def test_an_interrupted_pdf_batch_keeps_finished_letters_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    interrupt_on_write(monkeypatch, at=2)
    with pytest.raises(KeyboardInterrupt):
        run_batch(job(pack, rows, fmt="pdf", pattern=str(out / "{n}-{name}.pdf")))
    written = sorted(out.iterdir())
    assert [p.name for p in written] == ["001-ann-lee.pdf"]
    reader = pdf_reader(written[0].read_bytes())
    assert "Northwind" in " ".join(page.extract_text() for page in reader.pages)
    assert leftovers(tmp_path) == []


def test_a_profile_is_never_overwritten_by_the_batch(tmp_path: Path) -> None:
    pack, rows = keeper(tmp_path), table(tmp_path)
    profile = tmp_path / "profile.yaml"
    profile.write_text(textwrap.dedent(f"""\
        pack: {pack}
        letter: reply
        organization: Northwind
    """), encoding="utf-8")
    before = profile.read_bytes()
    result = cli("batch", str(rows), "--profile", str(profile), "-f", "text",
                 "-o", str(profile), "--force")
    assert result.exit_code == 2, result.output
    assert "RJ421" in result.stderr
    assert profile.read_bytes() == before
