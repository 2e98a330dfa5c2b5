"""The length rule: a note that reads in a minute."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter
from .base import Finding, rule
from .locate import letter_location


@rule("RJ008", "length", "The body stays short enough for a note.", Severity.WARNING,
      type_options={"check-in": {"max_words": 140}, "coffee-request": {"max_words": 160},
                    "keep-in-touch": {"max_words": 140}, "panel-thanks": {"max_words": 160}},
      max_words=250)
def length(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    limit = int(options.get("max_words", 250))
    words = sum(len(block.text.split()) for block in letter.body)
    if words > limit:
        yield Finding(f"the body has {words} words; this pack keeps notes under {limit}",
                      letter_location(letter), "cut the re-sell to two or three sentences")
