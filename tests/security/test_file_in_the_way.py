"""An output path through a file is a located RJ427 that says a file is in the way.

``-o notes.txt/letter.txt`` where ``notes.txt`` is a file can never be written:
no folder can be made there. It is not "the folder does not exist (create the
folder first)", which the user cannot do, but RJ427 naming the file in the way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.output import write_atomic
from tests.security._support import ROOT
from tests.security.test_bad_input import run

LETTER = ROOT / "examples" / "reply.yaml"


@pytest.mark.parametrize("below", ["x.txt", "deeper/x.txt"], ids=["just-below", "further"])
def test_a_file_in_the_way_of_the_output_folder_is_rj427(tmp_path: Path, below: str) -> None:
    (tmp_path / "afile").write_text("kept\n", encoding="utf-8")
    target = tmp_path / "afile" / below
    with pytest.raises(rejectlet.RejectletError) as caught:
        write_atomic(target, "letter text")
    (found,) = caught.value.diagnostics
    assert found.code == "RJ427"
    assert found.location is not None and found.location.path.endswith(below)
    assert found.hint is not None and "file is in the way" in found.hint
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "kept\n"


def test_render_says_so_at_the_output_path(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("kept\n", encoding="utf-8")
    result = run("render", str(LETTER), "-f", "text", "-o", str(tmp_path / "afile" / "x.txt"))
    assert result.exit_code == 2, result.output
    assert "RJ427" in result.output and "RJ424" not in result.output
    assert "file is in the way" in result.output


def test_a_missing_folder_is_still_rj424(tmp_path: Path) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        write_atomic(tmp_path / "missing" / "x.txt", "letter text")
    assert [d.code for d in caught.value.diagnostics] == ["RJ424"]
