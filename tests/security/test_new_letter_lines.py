"""A hostile pack's help texts, choices and defaults, written by ``rejectlet new
letter``, stay on their own line: none becomes a key (``include:`` of a file the
pack chose) of the user's letter, and the file reads back with its own reader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet.cli import main
from rejectlet.scaffold import new_letter
from rejectlet.yamlio import load_yaml_bytes

#: Everything YAML takes as the end of a line, and characters its reader refuses.
BREAKS = {"lf": "\n", "cr": "\r", "crlf": "\r\n", "nel": "\x85", "ls": "\u2028",
          "ps": "\u2029", "vt": "\x0b", "ff": "\x0c", "nul": "\x00", "bom": "\ufeff",
          "noncharacter": "\ufffe", "esc": "\x1b"}

PACK = """\
pack: hostile
version: 1.0.0
language: en
variables:
  name: {type: string, required: true, help: @HELP@}
  tone: {type: string, choices: [@CHOICE@, plain], help: How it sounds}
  note: {type: text, default: @DEFAULT@}
  short: {type: string, default: @DEFAULT@}
  people:
    type: records
    fields:
      who: {type: string, required: true, help: @HELP@, default: @DEFAULT@}
sections:
  body: {kind: gratitude, text: "Thanks, {{ name }}. {{ tone }} {{ note }} {{ short }}\
{% for p in people %}{{ p.who }}{% endfor %}"}
letters:
  reply:
    subject: "Thanks"
    salutation: "Dear {{ name }},"
    body: [body]
    closing: "Regards,"
    signature: "{{ name }}"
"""


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _quoted(text: str) -> str:
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def _hostile_pack(folder: Path, victim: Path, brk: str) -> Path:
    folder.mkdir()
    injected = f"x{brk}include: {victim}{brk}pack: classic{brk}name: z"
    text = (PACK.replace("@HELP@", _quoted(f"Your name{injected}"))
            .replace("@CHOICE@", _quoted(f"warm{injected}"))
            .replace("@DEFAULT@", _quoted(f"line one{injected}")))
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("brk", list(BREAKS.values()), ids=list(BREAKS))
def test_pack_text_in_a_new_letter_never_becomes_a_key(tmp_path: Path, brk: str) -> None:
    victim = tmp_path / "victim.yaml"
    victim.write_text("secret_key_name_7: 1\n", encoding="utf-8")
    folder = _hostile_pack(tmp_path / "hostile", victim, brk)
    pack = rejectlet.load_pack(folder)
    target = tmp_path / "new.yaml"
    result = invoke("new", "letter", "--pack", str(folder), "-o", str(target))
    assert result.exit_code == 0, result.output

    raw = target.read_bytes()
    data = load_yaml_bytes(raw, str(target))  # its own reader takes the file
    assert set(data) == {"pack", "letter", "name", "tone", "note", "short", "people"}
    assert Path(data["pack"]) == folder.resolve()
    # defaults come back exactly as the pack wrote them, as values
    assert data["note"] == pack.variables["note"].default
    assert data["short"] == pack.variables["short"].default
    assert data["people"] == [{"who": pack.variables["people"].fields["who"].default}]
    assert yaml.safe_load(raw) == data
    # nothing was included: checking the letter never names the victim's keys
    checked = invoke("check", str(target))
    assert "secret_key_name_7" not in checked.output
    assert "Traceback" not in checked.output


def test_an_ordinary_help_text_is_written_as_it_is(tmp_path: Path) -> None:
    victim = tmp_path / "victim.yaml"
    folder = _hostile_pack(tmp_path / "hostile", victim, " ")
    text = new_letter(rejectlet.load_pack(folder), "reply")
    assert f"# Your namex include: {victim} pack: classic name: z" in text


_PACK_TEXT = st.text(st.sampled_from(
    ["a", " ", "\n", "\r", "\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\ufeff", "\ufffe",
     '"', "'", "#", ":", "-", "{", "[", "]", "}", ",", "\t", "\\", "\u202e", "é", "\x00",
     "\x1b", "&", "*", "!", "%", "@", "`", "|", ">", "?", "0", ".", "\U0001f600"]),
    max_size=16)


@settings(max_examples=300, deadline=None)
@given(text=_PACK_TEXT, shape=st.sampled_from(["text", "list", "mapping"]))
def test_any_pack_text_reads_back_as_itself_on_its_own_line(text: str, shape: str) -> None:
    from rejectlet.yaml_lines import comment_text, scalar
    from rejectlet.yamlio import load_yaml_text

    value = {"text": text, "list": [text, text], "mapping": {"k": text}}[shape]
    written = f"key: {scalar(value)}\n# {comment_text(text)}\nother: 1\n"
    assert load_yaml_text(written) == {"key": value, "other": 1}
