"""What a caller chooses about printed output."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """Choices for PDF output; every field has a sensible default.

    ``layout`` names a sheet layout (``us-10-window``, ``din5008-a`` …; default:
    the pack's, else plain on its paper). ``card`` renders a note card instead
    (``us-a2``, ``us-a7``, ``iso-a6``), ``folded`` imposes it on a sheet with
    crop marks. ``debug`` draws the window and fold lines for a test print.
    ``created`` fixes the PDF's dates for reproducible output; ``pdf_variant``
    may be ``pdf/a-2b``; ``tagged`` writes a tagged PDF for screen readers.
    """

    layout: str | None = None
    formats_file: Path | None = None
    debug: bool = False
    card: str | None = None
    folded: bool = False
    sheet: str | None = None
    tagged: bool = False
    pdf_variant: str | None = None
    created: dt.datetime | None = None
    page_size: str | None = None
    #: Lay out in a separate process that is stopped after ``timeout`` seconds.
    #: None decides by the pack: yes for folder and installed packs, no for built-in.
    isolate: bool | None = None
    timeout: float = 60.0
