"""The pack-author guide's walk-through pack, built from the guide's own code
blocks, prints exactly the messages the guide shows for each mistake it
describes (and renders the reply it shows). Nothing here copies a message: the
pack comes from the page, the output from the program."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from rejectlet.cli import main

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "pack-authors.md"
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def block_after(text: str, marker: str, language: str, skip: int = 0) -> str:
    """The ``skip``-th code block in ``language`` after the line holding ``marker``."""
    start = text.index(marker)
    blocks = [m.group(2) for m in FENCE.finditer(text, start) if m.group(1) == language]
    return blocks[skip]


@pytest.fixture
def brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    guide = GUIDE.read_text(encoding="utf-8")
    start = guide.index("## Walk-through: a pack from scratch")
    walk = guide[start:]
    folder = tmp_path / "brief"
    (folder / "sections").mkdir(parents=True)
    (folder / "samples").mkdir()
    (folder / "pack.yaml").write_text(block_after(walk, "**2. pack.yaml.**", "yaml"), "utf-8")
    (folder / "sections" / "interest.md").write_text(
        block_after(walk, "**3. The shared section file**", "markdown"), "utf-8")
    (folder / "style.css").write_text(block_after(walk, "**4. A stylesheet**", "css"), "utf-8")
    (folder / "samples" / "reply.yaml").write_text(
        block_after(walk, "**5. Samples.**", "yaml"), "utf-8")
    (folder / "samples" / "check-in.yaml").write_text(
        block_after(walk, "**5. Samples.**", "yaml", skip=1), "utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def check_lines(*args: str) -> list[str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return [line for line in result.output.splitlines() if line.strip()]


def edit_pack(folder: Path, change: Callable[[str], str]) -> None:
    path = folder / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def assert_shown(lines: list[str]) -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    missing = [line for line in lines if line not in guide]
    assert not missing, "docs/pack-authors.md does not show what rejectlet prints:\n" + \
        "\n".join(missing)


def test_the_walkthrough_pack_checks_clean(brief: Path) -> None:
    assert check_lines("check", "./brief") == ["ok"]


@pytest.mark.parametrize(("old", "new"), [
    ("{{ moment | phrase }}", "{{ momnet | phrase }}"),
    ("when: ask_feedback", "when: ask_feedbak"),
    ("when: ask_feedback", "when: sender.emial"),
    ("body: [thanks, fit, interest]\n", "body: [thanks, feedback, fit, interest]\n"),
    ("body: [checkin-thanks, news, interest]", "body: [checkin-thanks, interest]"),
], ids=["undeclared-name", "undeclared-condition", "unknown-field", "feedback-in-body",
        "no-news"])
def test_each_walkthrough_mistake_prints_what_the_guide_shows(brief: Path, old: str,
                                                               new: str) -> None:
    def change(text: str) -> str:
        text = text.replace(old, new, 1)
        if "feedback, fit" in new:
            text = text.replace("    ps: [feedback]\n", "", 1)
        return text

    edit_pack(brief, change)
    lines = check_lines("check", "./brief")
    assert any(" RJ" in line for line in lines)
    assert_shown(lines)
