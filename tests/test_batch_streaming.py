"""A PDF batch hands each chunk of letters to the layout as soon as it is full.

With several layout workers, the letters of the next chunk are composed while
the workers lay out the earlier ones. These tests watch the order of the work in
one process (one job, chunks made small), and the combined file's title, which
names the count of letters although the first chunk left before the count was
known.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest

from rejectlet import batch as batch_module
from tests.test_batch import batch

pytestmark = pytest.mark.pdf


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each letter composed and each chunk laid out, in order."""
    events: list[str] = []
    compose, lay_out = batch_module.compose_all, batch_module._render_chunk

    def composing(*args: Any, **kwargs: Any) -> Any:
        events.append("compose")
        return compose(*args, **kwargs)

    def laying_out(task: Any) -> Any:
        events.append(f"chunk of {task.count} from letter {task.first_index + 1}")
        return lay_out(task)

    monkeypatch.setattr(batch_module, "CHUNK_LETTERS", 2)
    monkeypatch.setattr(batch_module, "compose_all", composing)
    monkeypatch.setattr(batch_module, "_render_chunk", laying_out)
    return events


def test_a_full_chunk_is_laid_out_before_the_next_rows_are_composed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = _watch(monkeypatch)
    result = batch("--jobs", "1", "-o", str(tmp_path / "all.pdf"))
    assert result.exit_code == 1  # the table's fourth row fails, as it does unchunked
    assert events == ["compose", "compose", "chunk of 2 from letter 1",
                      "compose", "compose", "chunk of 1 from letter 3"]


def test_the_joined_file_names_the_letters_it_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _watch(monkeypatch)
    target = tmp_path / "all.pdf"
    assert batch("--jobs", "1", "-o", str(target)).exit_code == 1
    # the first chunk left when four letters were expected; three were written
    metadata = pypdf.PdfReader(target).metadata
    assert metadata is not None and metadata.title == "Classic: 3 letters"
    assert len(pypdf.PdfReader(target).pages) == 3


def test_a_single_chunk_sent_early_still_names_the_letters_it_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _watch(monkeypatch)
    monkeypatch.setattr(batch_module, "CHUNK_LETTERS", 3)
    target = tmp_path / "all.pdf"
    table = tmp_path / "rows.csv"
    lines = (Path(__file__).parent.parent / "examples" / "batch" / "replies.csv").read_text(
        encoding="utf-8").splitlines()
    # three good rows fill the first chunk; the bad row after them leaves no second one
    table.write_text("\n".join([*lines[:4], lines[4], lines[4]]) + "\n", encoding="utf-8")
    assert batch("--jobs", "1", "-o", str(target), table=table).exit_code == 1
    metadata = pypdf.PdfReader(target).metadata
    assert metadata is not None and metadata.title == "Classic: 3 letters"
