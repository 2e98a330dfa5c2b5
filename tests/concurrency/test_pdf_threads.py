"""PDFs from many threads: the serial bytes, no fork, no changed process state,
font configurations reused, and layout workers bounded."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions
from rejectlet.renderers import isolation
from rejectlet.renderers.pdf import clear_font_configs, render_pdf

from ._letters import process_state

pytestmark = pytest.mark.pdf

CREATED = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
FIXED = PrintOptions(created=CREATED)


@pytest.fixture(scope="module")
def folder_pack(tmp_path_factory: pytest.TempPathFactory) -> rejectlet.Pack:
    """The classic pack copied to a folder: not built in, so laid out in a worker."""
    folder = tmp_path_factory.mktemp("packs") / "classic-copy"
    shutil.copytree(rejectlet.load_pack("classic").root, folder)
    pack = rejectlet.load_pack(folder)
    assert pack.source != "built-in"
    return pack


def _letters(pack: rejectlet.Pack, data: dict[str, Any], count: int) -> list[rejectlet.Letter]:
    letters = []
    for number in range(count):
        varied = {**data, "organization": f"{data['organization']} {number}"}
        letters.append(rejectlet.compose(pack, "reply", varied))
    return letters


def _no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise AssertionError("a PDF was rendered by forking the calling process")

    monkeypatch.setattr(os, "fork", refuse)


def _threaded(work: Callable[[rejectlet.Letter], bytes],
              letters: list[rejectlet.Letter]) -> list[bytes]:
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(work, letters))


def test_threaded_pdfs_match_serial_ones_and_change_no_process_state(
        classic: rejectlet.Pack, folder_pack: rejectlet.Pack, example_data: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    letters = _letters(classic, example_data, 6) + _letters(folder_pack, example_data, 6)
    serial = [render_pdf(letter, options=FIXED) for letter in letters]
    _no_fork(monkeypatch)
    before = process_state()
    threaded = _threaded(lambda letter: render_pdf(letter, options=FIXED), letters)
    assert process_state() == before
    assert [i for i, (a, b) in enumerate(zip(serial, threaded, strict=True)) if a != b] == []
    assert all(pdf.startswith(b"%PDF-") for pdf in threaded)


def test_a_worker_lays_out_exactly_what_the_caller_would(
        folder_pack: rejectlet.Pack, example_data: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _no_fork(monkeypatch)
    letter = rejectlet.compose(folder_pack, "reply", example_data)
    here = render_pdf(letter, options=replace(FIXED, isolate=False))
    elsewhere = render_pdf(letter, options=replace(FIXED, isolate=True))
    assert elsewhere == here


def test_isolation_from_threads_keeps_a_bounded_set_of_workers(
        folder_pack: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    letters = _letters(folder_pack, example_data, 12)
    _threaded(lambda letter: render_pdf(letter, options=FIXED), letters)
    assert 1 <= isolation.idle_workers() <= isolation.IDLE_WORKERS
    isolation.stop_workers()
    assert isolation.idle_workers() == 0
    # the next isolated layout starts a fresh worker
    assert render_pdf(letters[0], options=FIXED).startswith(b"%PDF-")


def test_font_configurations_are_reused_not_built_per_document(
        classic: rejectlet.Pack, example_data: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from weasyprint.text import fonts

    built = []

    class Counted(fonts.FontConfiguration):  # type: ignore[misc]
        def __init__(self) -> None:
            built.append(threading.get_ident())
            super().__init__()

    monkeypatch.setattr(fonts, "FontConfiguration", Counted)
    clear_font_configs()
    for letter in _letters(classic, example_data, 5):
        render_pdf(letter, options=FIXED)
    assert len(built) == 1
    clear_font_configs()
