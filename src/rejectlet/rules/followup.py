"""A promise to follow up needs a date, or the reminder cannot be written."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter, SectionKind
from .base import Finding, rule
from .locate import placement


@rule("RJ014", "follow-up-date", "A promised follow-up has a date it can be worked out from.",
      Severity.ERROR)
def follow_up_date_known(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    from ..reminders import follow_up_date

    for block in letter.blocks:
        if block.kind is SectionKind.FOLLOWUP and follow_up_date(letter) is None:
            yield Finding("the letter promises to follow up, but no date can be worked out "
                          "for it", placement(letter, block),
                          "give the letter a date and follow_up_days, or a follow_up_date")
            return
