"""Data within every limit cannot hold the caller's process in PDF layout.

Built-in packs are laid out in the caller's process, which is fast; a letter
whose HTML is far larger than a letter's (an address of thousands of lines,
many long enclosures) is laid out in a worker process instead, under
``PrintOptions.timeout``, so its layout stops at the time limit (RJ416) like a
stranger's pack's.

Whether such a letter's layout would outrun a given limit depends on the
machine, so these tests do not time it: they see where the layout is sent and
with what limit. That a worker is stopped at its limit is shown, with work that
never ends, in ``test_exhaustion.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions
from rejectlet.renderers import isolation
from rejectlet.renderers.pdf import LARGE_LETTER_CHARS, isolation_wanted
from tests.security.test_email_encoded_words import compose_with

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("values", [
    {"sender.address": "l\n" * 9_990},
    {"enclosures": ["e" * 1_000] * 200},
], ids=["address-lines", "enclosures"])
def test_a_huge_letter_of_a_built_in_pack_is_laid_out_under_the_time_limit(
        values: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    letter = compose_with(**values)
    assert letter.pack.source == "built-in"
    sent: list[float | None] = []

    def worker_that_times_out(function: Any, args: Any, timeout: float | None,
                              where: Any = None) -> Any:
        sent.append(timeout)  # what a worker's time limit would stop, at this limit
        raise rejectlet.RenderError("stopped", where, code="RJ416")

    monkeypatch.setattr(isolation, "call_isolated", worker_that_times_out)
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "pdf", force=True, options=PrintOptions(timeout=0.5))
    assert [d.code for d in caught.value.diagnostics] == ["RJ416"]
    assert sent == [0.5]  # laid out in a worker, under the caller's limit


def test_an_ordinary_letter_of_a_built_in_pack_stays_in_process() -> None:
    pack = rejectlet.load_pack("classic")
    assert not isolation_wanted(pack, PrintOptions(), 6_000)
    assert isolation_wanted(pack, PrintOptions(), LARGE_LETTER_CHARS + 1)
    assert not isolation_wanted(pack, PrintOptions(isolate=False), LARGE_LETTER_CHARS + 1)
