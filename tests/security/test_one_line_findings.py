"""A finding the command line prints is one line, whatever text it quotes.

A pack's own check wrote its ``message`` as given, so ``"m\\nfake.yaml:1:1: RJ999
error: forged"`` printed a second, convincing finding of the pack's choosing
(or, put the other way, hid a real one among made-up lines). Every diagnostic,
fix line and report line is now printed as one line: a line break inside it,
from a pack, a data key or a file name, is shown as its escape.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rejectlet.cli import main, one_line
from tests.security._support import base_data, write_pack

FORGED = "fake.yaml:1:1: RJ999 error: forged"

CHECK = """checks:
  - code: ACME001
    message: "m@BREAK@@FORGED@"
    forbid: [considering]
"""


@pytest.mark.parametrize("line_break", ["\\n", "\\r\\n", "\\u2028", "\\u2029", "\\x85"])
def test_a_check_message_cannot_print_a_line_of_its_own(tmp_path: Path,
                                                        line_break: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thanks for considering me, {{ name }}.")
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text(encoding="utf-8") + CHECK.replace(
        "@BREAK@", line_break).replace("@FORGED@", FORGED), encoding="utf-8")
    data = tmp_path / "letter.yaml"
    data.write_text(json.dumps({**base_data(), "pack": str(folder), "letter": "note"}),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(data)])
    printed = result.output
    assert "ACME001" in printed, printed[-2000:]
    for line in printed.splitlines():
        assert not line.startswith("fake.yaml"), printed
    assert "RJ999" in printed  # still shown, as part of the one line


def test_one_line_escapes_every_line_end() -> None:
    assert one_line("a\nb\u2028c\u2029d") == "a\\nb\\u2028c\\u2029d"
    assert one_line("plain") == "plain"
