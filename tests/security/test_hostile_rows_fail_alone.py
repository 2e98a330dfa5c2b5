"""A row whose own data makes checking run out of time fails alone.

A run is stopped once three of its letters have used up their budget in
template steps: the pack's templates are the same for every row, so a pack
that exhausts three letters will exhaust them all. Checking and converting a
letter's text is work its data sizes, and the data differ from row to row, so a
letter stopped there fails alone and the other rows still render.

The clock here is one the test moves by hand, so nothing depends on how fast
the machine is.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import rejectlet
import rejectlet.limits as limits_module
import rejectlet.validation as validation_module
from rejectlet.limits import BudgetExceeded, Limits, budget, letter_meter

from ._support import write_pack


class Clock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    hand = Clock()
    monkeypatch.setattr(limits_module, "time", SimpleNamespace(monotonic=hand.monotonic))
    return hand


def test_letters_stopped_while_checked_do_not_stop_the_run(clock: Clock) -> None:
    with budget(Limits(seconds=5.0)):
        for _ in range(5):
            with letter_meter() as meter:
                clock.now += 10.0
                with pytest.raises(BudgetExceeded) as stopped:
                    meter.check_time()
                assert not stopped.value.whole_run
        with letter_meter() as meter:
            meter.step()  # the sixth letter still runs


def test_letters_stopped_in_template_steps_still_stop_the_run(clock: Clock) -> None:
    with budget(Limits(seconds=5.0)):
        for _ in range(3):
            with letter_meter() as meter:
                clock.now += 10.0
                with pytest.raises(BudgetExceeded):
                    meter.step()
        with letter_meter() as meter, pytest.raises(BudgetExceeded) as stopped:
            meter.step()
        assert stopped.value.whole_run


def test_hostile_rows_whose_checking_runs_out_fail_alone_in_a_batch(
        tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    from rejectlet.batch import BatchJob, read_rows, run_batch

    slow_rows = 4
    real_validate = validation_module._validate

    def validate_slowly(letter: rejectlet.Letter, rules: Any, check_time: Any = None
                        ) -> Any:
        if letter.data.get("name") == "Slow Row":  # this row's text takes long to check
            clock.now += 60.0
        return real_validate(letter, rules, check_time)

    monkeypatch.setattr(validation_module, "_validate", validate_slowly)
    pack = rejectlet.load_pack(write_pack(tmp_path / "pack"))
    table = tmp_path / "rows.csv"
    table.write_text("name\n" + "Slow Row\n" * slow_rows
                     + "".join(f"Person {n}\n" for n in range(5)), encoding="utf-8")
    report = run_batch(BatchJob(pack, "note", read_rows(table, pack), dry_run=True))
    assert report.checked == slow_rows + 5
    stopped = {row for row, found in report.failed.items()
               if any(d.code == "RJ307" for d in found)}
    assert stopped == {2, 3, 4, 5}  # the hostile rows, and no other
    # the ordinary rows were checked by the rules (this small pack's letters lack
    # an interest section, RJ002), not refused because the run was stopped
    assert all({d.code for d in report.failed.get(row, [])} <= {"RJ002"}
               for row in range(6, 11))


def test_letters_stopped_in_steps_while_checked_do_not_stop_the_run(clock: Clock) -> None:
    """The learned scorer spends a step per sentence: a checking meter that runs
    out in a step is still the letter's own data at work, and fails alone."""
    with budget(Limits(seconds=5.0)):
        for _ in range(5):
            with letter_meter(checking=True) as meter:
                clock.now += 10.0
                with pytest.raises(BudgetExceeded):
                    meter.step()
        with letter_meter() as meter:
            meter.step()
