"""A value a program passes to ``compose()`` as a keyword argument has no place in
the data file, even when it replaces one that had: its findings name its key
alone, never the file line of the value it replaced, so a host that shows
``path:line`` to its user (or an editor marking that line) never blames input
the user did not write."""

from __future__ import annotations

import pytest

import rejectlet
from tests.conftest import EXAMPLE


def test_a_mistyped_keyword_value_is_not_placed_in_the_file() -> None:
    pack = rejectlet.load_pack("classic")
    data = rejectlet.read_data_file(EXAMPLE)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", data, follow_up_days="thirty")
    [problem] = caught.value.diagnostics
    assert problem.code == "RJ204" and problem.key == "follow_up_days"
    assert problem.location is None or not problem.location.in_file


def test_a_rule_finding_on_a_keyword_value_is_not_placed_in_the_file() -> None:
    pack = rejectlet.load_pack("classic")
    data = rejectlet.read_data_file(EXAMPLE)
    letter = rejectlet.compose(pack, "reply", data, detail="[your loss]")
    found = [d for d in rejectlet.validate(letter) if d.key == "detail"]
    assert found, [str(d) for d in rejectlet.validate(letter)]
    assert all(d.location is None or not d.location.in_file for d in found)


def test_values_from_the_file_keep_their_lines() -> None:
    pack = rejectlet.load_pack("classic")
    data = rejectlet.read_data_file(EXAMPLE)
    letter = rejectlet.compose(pack, "reply", data, detail="[your loss]")
    place = letter.place_of_value("organization")
    assert place is not None and place.in_file and place.line > 0
