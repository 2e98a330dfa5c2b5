"""One budget holds over a whole ``rejectlet check`` run, its sample renders included.

``check`` composes every letter kind, composes each sample and renders it in every
format. Composing was metered against the run's budget, but rendering was not: a
pack whose stylesheet made the renders slow (tens of kilobytes of nested
``attr(``) ran far past the run's time. Every render now runs under a meter of
the run: the stylesheet scans read its clock, and a PDF layout in the worker
process gets no more time than the run has left. When the time is gone, the run
ends with RJ307 at the stylesheet and renders nothing more.

Time here is a clock the test moves, so nothing depends on how fast this machine is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet import limits
from rejectlet.pack_check import check_pack
from tests.security._support import write_pack

SAMPLE = """\
pack: secpack
letter: note
name: {name}
sender: {{name: Sam Ortiz, email: sam@example.com}}
recipient: {{name: Ann Lee, email: ann@example.com}}
"""


def _pack(tmp_path: Path, samples: int = 2) -> Path:
    folder = write_pack(tmp_path / "pack", style="p { color: #333 }")
    (folder / "samples").mkdir()
    for number in range(samples):
        (folder / "samples" / f"s{number}.yaml").write_text(
            SAMPLE.format(name=f"Person {number}"), encoding="utf-8")
    return folder


class _Clock:
    """A monotonic clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_the_run_ends_with_a_located_error_when_rendering_spends_its_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = rejectlet.load_pack(_pack(tmp_path))
    clock = _Clock()
    monkeypatch.setattr(limits, "time", clock)
    import rejectlet.renderers as renderers

    real_render = renderers.render
    renders: list[str] = []

    def slow_render(letter: Any, form: str, **options: Any) -> Any:
        renders.append(form)
        clock.now += 400.0  # each render takes 400 s of the run's 1,000
        return real_render(letter, form, **options)

    monkeypatch.setattr(renderers, "render", slow_render)
    with rejectlet.budget(rejectlet.Limits(run_seconds=1000.0)):
        found = check_pack(pack, render_samples=True)
    stopped = [d for d in found if d.code == "RJ307"]
    assert len(stopped) == 1, [str(d) for d in found]
    assert stopped[0].location is not None
    assert Path(stopped[0].location.path).name == "style.css"
    # the third render found the run's time gone; nothing was rendered after it, and
    # the second sample was never composed or rendered
    assert len(renders) == 3


def test_the_pdf_layout_in_check_gets_no_more_than_the_run_has_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rejectlet.renderers import isolation

    pack = rejectlet.load_pack(_pack(tmp_path, samples=1))
    timeouts: list[float | None] = []

    def no_layout(function: Any, args: Any, timeout: float | None, where: Any = None) -> Any:
        timeouts.append(timeout)
        return {"pages": 1}, [b"%PDF-1.7\n"]

    monkeypatch.setattr(isolation, "call_isolated", no_layout)
    with rejectlet.budget(rejectlet.Limits(run_seconds=7.0)):
        check_pack(pack, render_samples=True)
    assert timeouts and all(t is not None and 0 < t <= 7.0 for t in timeouts)
    timeouts.clear()
    check_pack(pack, render_samples=True)  # the default run leaves the PDF its own limit
    assert timeouts == [60.0]


def test_a_plain_render_outside_a_check_keeps_its_own_time_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rejectlet.renderers import isolation
    from tests.security._support import base_data

    pack = rejectlet.load_pack(_pack(tmp_path, samples=0))
    timeouts: list[float | None] = []

    def no_layout(function: Any, args: Any, timeout: float | None, where: Any = None) -> Any:
        timeouts.append(timeout)
        return {"pages": 1}, [b"%PDF-1.7\n"]

    monkeypatch.setattr(isolation, "call_isolated", no_layout)
    letter = rejectlet.compose(pack, "note", base_data())
    with rejectlet.budget(rejectlet.Limits(run_seconds=7.0)):
        rejectlet.render(letter, "pdf", force=True)
    assert timeouts == [60.0]


def test_a_layout_that_ran_out_of_time_is_not_repeated_for_every_sample(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stylesheet that makes one sample's layout endless makes them all so: after
    the first layout stopped at its limit (RJ416), the other samples are not laid
    out, instead of each waiting its own full ``PrintOptions.timeout``."""
    from rejectlet.errors import RenderError
    from rejectlet.renderers import isolation

    pack = rejectlet.load_pack(_pack(tmp_path, samples=3))
    layouts: list[float | None] = []

    def endless(function: Any, args: Any, timeout: float | None, where: Any = None) -> Any:
        layouts.append(timeout)
        raise RenderError(f"rendering took longer than {timeout:g} s and was stopped", where,
                          code="RJ416")

    monkeypatch.setattr(isolation, "call_isolated", endless)
    found = check_pack(pack, render_samples=True)
    assert len(layouts) == 1
    assert [d.code for d in found].count("RJ416") == 1


def test_a_batch_lays_out_no_more_chunks_once_one_ran_out_of_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for ``rejectlet batch -f pdf``: each chunk of letters got its own full
    layout limit, so a stylesheet that makes layout endless held the run for one limit
    per chunk. Once one chunk ran out of time, no other chunk is laid out."""
    from rejectlet import batch as batch_module
    from rejectlet.errors import RenderError
    from rejectlet.renderers import isolation
    from tests.test_batch import batch

    layouts: list[float | None] = []
    lock = __import__("threading").Lock()

    def endless(function: Any, args: Any, timeout: float | None, where: Any = None) -> Any:
        with lock:
            layouts.append(timeout)
        raise RenderError("rendering took longer than 60 s and was stopped", where,
                          code="RJ416")

    monkeypatch.setattr(batch_module, "CHUNK_LETTERS", 1)
    monkeypatch.setattr(isolation, "call_isolated", endless)
    result = batch("--jobs", "2", "-o", str(tmp_path / "all.pdf"))
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output
    # three good rows make three chunks; two workers may both have started one
    assert 1 <= len(layouts) <= 2
