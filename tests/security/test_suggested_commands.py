"""A command rejectlet suggests for pasting into a shell runs rejectlet with the
words shown and nothing else: a pack folder, letter kind or file name with shell
syntax in it is quoted, in a reminder's description and after ``new pack``."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.reminders import reminder
from rejectlet.shell_words import command_line
from tests.conftest import EXAMPLE

HOSTILE = "x$(touch PWNED); echo `id` 'q' "


def _commands(description: str) -> list[list[str]]:
    """Each suggested command of a reminder, as a shell splits it."""
    return [shlex.split(line) for line in description.split("\n")
            if line.strip().startswith("rejectlet ")]


def test_a_pack_folder_named_like_a_command_is_quoted_in_the_reminder(
        tmp_path: Path) -> None:
    folder = tmp_path / HOSTILE
    shutil.copytree(rejectlet.load_pack("classic").root, folder)
    data = rejectlet.read_data_file(EXAMPLE)
    letter = rejectlet.compose(rejectlet.load_pack(folder), "reply", data)
    calendar = reminder(letter)
    [event] = [c for c in calendar.walk() if c.name == "VEVENT"]
    commands = _commands(str(event["description"]))
    assert commands, event["description"]
    start = commands[0]
    assert start[:4] == ["rejectlet", "new", "letter", "--pack"]
    assert Path(start[4]) == folder.resolve() and start[5] == "--letter"
    assert len(start) == 9 and start[7] == "-o"
    assert [c[:2] for c in commands[1:]] == [["rejectlet", "render"]]
    assert all(len(c) == 3 for c in commands[1:])


def test_a_new_pack_folder_is_quoted_in_the_command_shown(tmp_path: Path) -> None:
    parent = tmp_path / "a b;$(id)"
    parent.mkdir()
    result = CliRunner().invoke(main, ["new", "pack", "acme", "--dir", str(parent)])
    assert result.exit_code == 0, result.output
    suggested = result.output.split("check it with: ", 1)[1].strip()
    assert shlex.split(suggested) == ["rejectlet", "check", str(parent / "acme")]


def test_plain_words_are_left_as_they_are() -> None:
    assert command_line("rejectlet", "render", "check-in.yaml") == \
        "rejectlet render check-in.yaml"
    assert shlex.split(command_line("a", HOSTILE, "", "-")) == ["a", HOSTILE, "", "-"]
