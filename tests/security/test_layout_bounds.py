"""Data within every limit cannot hold the caller's process in PDF layout.

Built-in packs are laid out in the caller's process, which is fast; a letter
whose HTML is far larger than a letter's (an address of thousands of lines,
many long enclosures) is laid out in a worker process instead, under
``PrintOptions.timeout``, so its layout stops at the time limit (RJ416) like a
stranger's pack's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions
from rejectlet.renderers.pdf import LARGE_LETTER_CHARS, isolation_wanted
from tests.security.test_email_encoded_words import compose_with

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("values", [
    {"sender.address": "l\n" * 9_990},
    {"enclosures": ["e" * 1_000] * 200},
], ids=["address-lines", "enclosures"])
def test_a_huge_letter_of_a_built_in_pack_is_laid_out_under_the_time_limit(
        values: dict[str, object]) -> None:
    letter = compose_with(**values)
    assert letter.pack.source == "built-in"
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "pdf", force=True, options=PrintOptions(timeout=0.5))
    assert [d.code for d in caught.value.diagnostics] == ["RJ416"]


def test_an_ordinary_letter_of_a_built_in_pack_stays_in_process() -> None:
    pack = rejectlet.load_pack("classic")
    assert not isolation_wanted(pack, PrintOptions(), 6_000)
    assert isolation_wanted(pack, PrintOptions(), LARGE_LETTER_CHARS + 1)
    assert not isolation_wanted(pack, PrintOptions(isolate=False), LARGE_LETTER_CHARS + 1)
