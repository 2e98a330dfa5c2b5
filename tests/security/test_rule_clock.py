"""A rule's scan over many short matches reads the letter's clock as it goes.

The placeholder scan (RJ006) is one step to the meter, and letter text within
every limit can hold tens of thousands of bracket pairs; the scan reads the
letter's clock every 256 matches, so a host's per-call time budget stops
checking (RJ307) instead of being overshot many times over, on any thread.

The clock here is one the test controls: each reading moves it on by one
millisecond, so the budget is a number of clock readings, the same on any
machine. A scan that never read the clock would never be stopped.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

import rejectlet
import rejectlet.limits
from tests.security.test_email_encoded_words import compose_with

#: Each reading of the controlled clock moves it on by this many seconds.
TICK = 0.001
#: The budget: this many readings of the clock.
READINGS = 100


def _ticking_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The meters' clock, replaced by one that moves only when it is read."""
    now = [0.0]

    def monotonic() -> float:
        now[0] += TICK
        return now[0]

    monkeypatch.setattr(rejectlet.limits, "time", SimpleNamespace(monotonic=monotonic))
    return now


PATTERNS = ["<x> ", "[x] ", "{{ x }} ", "[x](y) "]


def _letter(pattern: str) -> rejectlet.Letter:
    one = (pattern * 20_000)[:19_990].replace("\n", " ")
    return compose_with(strengths=one, detail=one, interest_in=one,
                        met_with=[one] * 8, enclosures=[one] * 8)


def _stopped(letter: rejectlet.Letter) -> list[str]:
    with rejectlet.budget(rejectlet.Limits(seconds=READINGS * TICK)):
        return [d.code for d in rejectlet.validate(letter) if d.code == "RJ307"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_scan_of_many_matches_stops_at_the_time_budget(
        pattern: str, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = _letter(pattern)  # composed on the real clock
    _ticking_clock(monkeypatch)
    assert _stopped(letter) == ["RJ307"]


def test_an_ordinary_letter_is_checked_well_within_the_same_budget(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget is not simply too small: an ordinary letter's whole check reads
    the clock far fewer times."""
    letter = compose_with()
    now = _ticking_clock(monkeypatch)
    assert _stopped(letter) == []
    assert now[0] < READINGS * TICK / 2


def test_the_scan_stops_on_another_thread_too(monkeypatch: pytest.MonkeyPatch) -> None:
    letter = _letter("<x> ")
    _ticking_clock(monkeypatch)
    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(_stopped(letter)))
    thread.start()
    thread.join(120)
    assert found == [["RJ307"]]
