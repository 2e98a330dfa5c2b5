"""Standard output and error that are not UTF-8 never end the command in a traceback.

A letter the stream cannot carry is refused whole (RJ427, nothing written); JSON is
escaped to the same value; messages and listings show escapes. Each case runs the
real command in a child process whose streams use the encoding named.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GERMAN = ROOT / "examples" / "de-formell-reply.yaml"


def copy_folder(source: Path, target: Path) -> None:
    """Copy a folder of example data beside the test's own files."""
    target.mkdir()
    for item in source.iterdir():
        (target / item.name).write_bytes(item.read_bytes())


def run(encoding: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "rejectlet", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=120, check=False)


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_a_letter_the_stream_cannot_carry_is_refused_whole(tmp_path: Path,
                                                           encoding: str) -> None:
    data = tmp_path / "brief.yaml"
    text = GERMAN.read_text(encoding="utf-8")
    data.write_text(text.replace("organization: Rheinwerk Energie AG",
                                 "organization: Rheinwerk \u4e16\u754c AG"), encoding="utf-8")
    assert run("utf-8", "render", str(data), cwd=tmp_path).returncode == 0
    result = run(encoding, "render", str(data), cwd=tmp_path)
    assert b"Traceback" not in result.stderr
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"RJ427" in result.stderr
    assert b"standard output" in result.stderr


def test_several_letters_are_all_judged_before_the_first_is_written(tmp_path: Path) -> None:
    copy_folder(ROOT / "examples" / "shared", tmp_path / "shared")
    data = tmp_path / "panel.yaml"
    text = (ROOT / "examples" / "panel-thanks.yaml").read_text(encoding="utf-8")
    data.write_text(text.replace("name: Dana Whitfield", "name: Dana \u4e16\u754c"),
                    encoding="utf-8")
    wide = run("utf-8", "render", str(data), cwd=tmp_path)
    assert wide.returncode == 0, wide.stderr
    first_letter = wide.stdout.decode("utf-8").split("\f")[0]
    first_letter.encode("cp1252")  # the first letter alone would fit the stream
    result = run("cp1252", "render", str(data), cwd=tmp_path)
    assert b"Traceback" not in result.stderr
    assert result.returncode == 2
    assert b"RJ427" in result.stderr
    assert result.stdout == b""


def test_a_letter_the_stream_can_carry_still_renders(tmp_path: Path) -> None:
    english = ROOT / "examples" / "reply.yaml"
    result = run("cp1252", "render", str(english), cwd=tmp_path)
    utf8 = run("utf-8", "render", str(english), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("cp1252") == utf8.stdout.decode("utf-8")


@pytest.mark.parametrize("args", [("schema", "letter", "--pack", "de-formell"),
                                  ("schema", "pack")])
def test_json_on_a_narrow_stream_is_the_same_value(tmp_path: Path,
                                                   args: tuple[str, ...]) -> None:
    narrow = run("ascii", *args, cwd=tmp_path)
    wide = run("utf-8", *args, cwd=tmp_path)
    assert narrow.returncode == wide.returncode == 0, narrow.stderr
    assert json.loads(narrow.stdout.decode("ascii")) == json.loads(wide.stdout.decode("utf-8"))


def test_a_json_report_naming_a_file_the_stream_cannot_carry(tmp_path: Path) -> None:
    data = tmp_path / "brief-\u00fc\u4e16.yaml"
    data.write_text("pack: classic\nletter: reply\n", encoding="utf-8")
    narrow = run("ascii", "check", data.name, "--format", "json", cwd=tmp_path)
    wide = run("utf-8", "check", data.name, "--format", "json", cwd=tmp_path)
    assert b"Traceback" not in narrow.stderr
    assert narrow.returncode == wide.returncode
    assert json.loads(narrow.stdout.decode("ascii")) == json.loads(wide.stdout.decode("utf-8"))


def test_messages_and_listings_show_escapes(tmp_path: Path) -> None:
    data = tmp_path / "brief-\u4e16.yaml"
    data.write_text("pack: classic\nletter: reply\n", encoding="utf-8")
    checked = run("cp1252", "check", data.name, cwd=tmp_path)
    assert b"Traceback" not in checked.stderr
    assert checked.returncode == run("utf-8", "check", data.name, cwd=tmp_path).returncode
    assert b"\\u4e16" in checked.stderr
    shown = run("ascii", "packs", "show", "de-formell", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert b"Traceback" not in shown.stderr
    assert b"\\x" in shown.stdout or b"\\u" in shown.stdout
