"""No rule does more than a few hundred units of work between readings of the clock.

A letter's time budget is held by reading the clock as work goes: a rule that
walks tens of thousands of sentences, or of matches, without reading it runs
past a host's ``Limits(seconds=…)`` by as long as the walk takes (a letter of
``". "`` repeated, within every data limit, ran five to seven times past a
half-second budget). Here the clock stands still and only counts: between two
readings, how many sentences the tone and feedback scans took up and how many
matches a scan produced. No time is measured, so the test is the same on any
machine.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

import rejectlet
import rejectlet.limits
import rejectlet.rules.linear as linear_module
import rejectlet.rules.stance as stance_module

#: Most units of work allowed between two readings: the 256 turns of
#: ``watch_the_clock``, each a sentence with the few searches made in it. A
#: walk that never reads the clock takes up all of the letter's 170,000 or so.
MOST_BETWEEN_READINGS = 1_000
DOTS = ". " * 10_000


def _letter(pack_name: str) -> rejectlet.Letter:
    """A letter whose every text is ``". "`` repeated: thousands of one-mark
    sentences, all within the data limits."""
    pack = rejectlet.load_pack(pack_name)
    data: dict[str, Any] = {}
    for field in rejectlet.letter_fields(pack, "reply"):
        if not field.used or field.choices:
            continue
        value = {"string": DOTS.strip(), "text": DOTS, "list": [DOTS[:700]] * 40,
                 "email": "a@example.com"}.get(field.type)
        if value is None:
            continue
        group, _, leaf = field.name.partition(".")
        if leaf:
            data.setdefault(group, {})[leaf] = value
        else:
            data[field.name] = value
    data["date"] = dt.date(2026, 1, 1)
    return rejectlet.compose(pack, "reply", data)


@pytest.mark.parametrize("pack_name", ["classic", "de-formell"])
def test_the_clock_is_read_every_few_hundred_units_of_work(
        pack_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = _letter(pack_name)
    since = [0]
    most = [0]

    def monotonic() -> float:
        most[0] = max(most[0], since[0])
        since[0] = 0
        return 0.0  # the clock stands still: no budget runs out

    def counted(function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            since[0] += 1
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(rejectlet.limits, "time", SimpleNamespace(monotonic=monotonic))
    # one unit per match a scan produces, and one per sentence the tone and
    # feedback scans take up
    monkeypatch.setattr(linear_module, "Hit", counted(linear_module.Hit))
    monkeypatch.setattr(stance_module, "_sentence_frames",
                        counted(stance_module._sentence_frames))
    linear_module._every_hit.cache_clear()
    rejectlet.validate(letter)
    monotonic()
    assert 0 < most[0] <= MOST_BETWEEN_READINGS
