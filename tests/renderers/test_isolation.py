"""One answer to "is this pack's layout run in a separate process?", for single PDFs
and batches alike."""

from __future__ import annotations

import rejectlet
from rejectlet.paper.options import PrintOptions
from rejectlet.renderers.pdf import isolation_wanted
from tests.conftest import PackFactory


def test_built_in_packs_are_laid_out_here_and_folder_packs_apart(
        classic: rejectlet.Pack, make_pack: PackFactory, minimal_pack_text: str) -> None:
    folder_pack = rejectlet.load_pack(str(make_pack(minimal_pack_text)))
    assert not isolation_wanted(classic, PrintOptions())
    assert isolation_wanted(folder_pack, PrintOptions())


def test_the_caller_decides_when_it_says_so(classic: rejectlet.Pack, make_pack: PackFactory,
                                            minimal_pack_text: str) -> None:
    folder_pack = rejectlet.load_pack(str(make_pack(minimal_pack_text)))
    assert isolation_wanted(classic, PrintOptions(isolate=True))
    assert not isolation_wanted(folder_pack, PrintOptions(isolate=False))
