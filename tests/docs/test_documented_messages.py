"""The messages the docs show are the messages rejectlet prints.

Each case below makes the input a page of the docs describes, runs the
command the page shows, and requires every line the program prints to appear
in that page word for word. The expected text is produced by running the
program, never copied into the test, so a changed message (or a page that
drifts from the program) fails here until the page is corrected.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from rejectlet.cli import main
from rejectlet.renderers.html_assets import MAX_ASSET_BYTES
from rejectlet.textfmt import copy_label, enclosure_label

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

MAIL_PACK = """\
pack: mail
version: 0.1.0
extends: classic
email_style: email.css
"""
#: the email stylesheet docs/email.md builds up, one line at a time
MAIL_CSS = [
    "/* mail/email.css */",
    "td.content { display: flex; gap: 12px; }",
    "p.signature { position: relative; left: 4px; font-style: italic; }",
    'td.content { background-image: url("https://tracker.example.com/open.gif"); }',
]


def run(*args: str) -> list[str]:
    """The lines a command prints, run from the working folder as a user would."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return [line for line in result.output.splitlines() if line.strip()]


def in_docs(page: str, lines: list[str]) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    missing = [line for line in lines if line not in text]
    assert not missing, f"docs/{page} does not show what rejectlet prints:\n" + \
        "\n".join(missing)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def mail_letter(folder: Path, css_lines: int) -> None:
    (folder / "mail").mkdir(exist_ok=True)
    (folder / "mail" / "pack.yaml").write_text(MAIL_PACK, encoding="utf-8")
    (folder / "mail" / "email.css").write_text("\n".join(MAIL_CSS[:css_lines]) + "\n",
                                               encoding="utf-8")
    shutil.copytree(ROOT / "examples" / "shared", folder / "shared", dirs_exist_ok=True)
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    (folder / "mail.yaml").write_text(text.replace("pack: classic\n", "pack: ./mail\n"),
                                      encoding="utf-8")


def test_email_md_shows_the_email_stylesheet_warnings(workdir: Path) -> None:
    mail_letter(workdir, 3)
    in_docs("email.md", run("check", "mail.yaml"))


def test_email_md_shows_rj432_as_printed(workdir: Path) -> None:
    mail_letter(workdir, 4)
    lines = run("render", "mail.yaml", "-f", "eml", "-o", "mail.eml")
    assert any("RJ432" in line for line in lines)
    in_docs("email.md", lines)


def new_pack_with(workdir: Path, edit: Callable[[str], str]) -> None:
    run("new", "pack", "my-pack")
    pack_file = workdir / "my-pack" / "pack.yaml"
    pack_file.write_text(edit(pack_file.read_text(encoding="utf-8")), encoding="utf-8")


def test_pack_authors_md_shows_a_misspelt_table_once(workdir: Path) -> None:
    new_pack_with(workdir, lambda text: text.replace("\nsections:", "\nsectons:"))
    lines = run("check", "my-pack")
    assert [line.split(" ")[1] for line in lines if " RJ" in line] == ["RJ111"]
    in_docs("pack-authors.md", lines)


def test_pack_authors_md_shows_a_tab_as_a_tab(workdir: Path) -> None:
    new_pack_with(workdir, lambda text: text.replace("\n  fit:", "\n\tfit:"))
    lines = run("check", "my-pack")
    assert any("RJ100" in line and "tab" in line for line in lines)
    in_docs("pack-authors.md", lines)


def test_pack_authors_md_shows_an_oversized_logo_as_printed(workdir: Path) -> None:
    run("new", "pack", "acme")
    (workdir / "acme" / "img").mkdir()
    (workdir / "acme" / "img" / "logo.png").write_bytes(
        b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_ASSET_BYTES - 7))
    with (workdir / "acme" / "style.css").open("a", encoding="utf-8") as handle:
        handle.write('.letterhead { background: url("img/logo.png") no-repeat right; }\n')
    lines = [line for line in run("check", "acme") if " RJ" in line]
    assert [line.split(" ")[1] for line in lines] == ["RJ437"]
    in_docs("pack-authors.md", lines)


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_printing_md_names_the_enclosure_and_copy_labels_of_each_language(
        language: str) -> None:
    labels = [enclosure_label(language, 1), enclosure_label(language, 2),
              copy_label(language)]
    in_docs("printing.md", [f'"{label}"' for label in labels])
