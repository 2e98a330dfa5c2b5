"""A rule's scan over many short matches reads the letter's clock as it goes.

The placeholder scan (RJ006) is one step to the meter, and letter text within
every limit can hold tens of thousands of bracket pairs; the scan now reads the
letter's clock every 256 matches, so a host's per-call time budget stops
checking (RJ307) instead of being overshot many times over, on any thread.
"""

from __future__ import annotations

import threading

import pytest

import rejectlet
from tests.security.test_email_encoded_words import compose_with

PATTERNS = ["<x> ", "[x] ", "{{ x }} ", "[x](y) "]


def _letter(pattern: str) -> rejectlet.Letter:
    one = (pattern * 20_000)[:19_990].replace("\n", " ")
    return compose_with(strengths=one, detail=one, interest_in=one,
                        met_with=[one] * 8, enclosures=[one] * 8)


def _stopped(letter: rejectlet.Letter) -> list[str]:
    with rejectlet.budget(rejectlet.Limits(seconds=0.05)):
        return [d.code for d in rejectlet.validate(letter)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_scan_of_many_matches_stops_at_the_time_budget(pattern: str) -> None:
    assert _stopped(_letter(pattern)) == ["RJ307"]


def test_the_scan_stops_on_another_thread_too() -> None:
    letter = _letter("<x> ")
    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(_stopped(letter)))
    thread.start()
    thread.join(120)
    assert found == [["RJ307"]]
