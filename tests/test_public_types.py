"""What a type checker sees of the public API from a user's script: concrete types, never
Any, so `mypy --strict` on a program that embeds rejectlet checks its use of our results."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = """
    import rejectlet

    pack = rejectlet.load_pack("classic")
    letter = rejectlet.compose(pack, "reply", {"organization": "Acme"})
    reveal_type(letter)
    reveal_type(rejectlet.validate(letter))
    reveal_type(rejectlet.reminder(letter))
    reveal_type(rejectlet.letter_fields(pack, "reply"))
    reveal_type(rejectlet.read_data_file("reply.yaml"))
    reveal_type(rejectlet.letters_from_file("reply.yaml"))
    for diagnostic in rejectlet.validate(letter):
        reveal_type(diagnostic.to_dict())
"""


def test_a_strict_user_script_sees_no_any(tmp_path: Path) -> None:
    script = tmp_path / "embed.py"
    script.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True, text=True, cwd=tmp_path, timeout=600, check=False)
    revealed = re.findall(r'Revealed type is "(.*)"', result.stdout)
    assert len(revealed) == 7, result.stdout + result.stderr
    assert "error:" not in result.stdout, result.stdout
    # to_dict() is JSON-shaped data, so its values are Any by design; nothing else is
    for shown in revealed[:-1]:
        assert "Any" not in shown, shown
    assert "icalendar" in revealed[2] and "Calendar" in revealed[2]
    assert "FormField" in revealed[3]
