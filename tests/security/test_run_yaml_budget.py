"""A ``check`` run reads a bounded amount of YAML in all: a pack whose samples each
include many large files (or many links to one) is stopped once the run has read
``Limits.run_yaml_nodes`` nodes, on any thread, instead of parsing them again
for every sample."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import rejectlet
import rejectlet.yamlio
from rejectlet.limits import DEFAULT_LIMITS, Limits, budget
from rejectlet.pack_check import check_pack
from rejectlet.scaffold import new_pack

KEYS = 2_000
INCLUDES = 16
SAMPLES = 6


def _hungry_pack(tmp_path: Path) -> Path:
    """The scaffold's pack, with INCLUDES large included files and samples that each
    include all of them: every sample asks for INCLUDES x KEYS nodes."""
    folder = new_pack("hungry", tmp_path)
    samples = folder / "samples"
    base = (samples / "reply.yaml").read_text(encoding="utf-8")
    (samples / "reply.yaml").unlink()
    # distinct files: one file named many times in a sample's tree is read once
    for number in range(INCLUDES):
        (samples / f"b{number}.inc").write_text(
            f"z{number}:\n" + "".join(f"  k{i}: v\n" for i in range(KEYS)), encoding="utf-8")
    names = ", ".join(f"b{number}.inc" for number in range(INCLUDES))
    for number in range(SAMPLES):
        (samples / f"s{number}.yaml").write_text(f"{base}include: [{names}]\n",
                                                 encoding="utf-8")
    return folder


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every count of nodes the loader charges to the run."""
    charged: list[int] = []
    original = rejectlet.yamlio.charge_yaml_nodes

    def charge(count: int) -> None:
        charged.append(count)
        original(count)

    monkeypatch.setattr(rejectlet.yamlio, "charge_yaml_nodes", charge)
    return charged


def _check(folder: Path, limits: Limits, counted: list[int]) -> list[rejectlet.Diagnostic]:
    pack = rejectlet.load_pack(folder)
    counted.clear()  # loading the pack happened outside the run
    with budget(limits):
        return check_pack(pack)


def test_a_check_run_stops_reading_yaml_at_its_budget(tmp_path: Path,
                                                     counted: list[int]) -> None:
    folder = _hungry_pack(tmp_path)
    limit = 3 * KEYS * 2  # a few of the included files, far less than the pack asks for
    asked = SAMPLES * INCLUDES * KEYS * 2
    assert asked > 20 * limit
    found = _check(folder, Limits(run_yaml_nodes=limit), counted)
    # each file counted up to the node that passed the budget, and no further
    assert sum(counted) <= limit + len(counted)
    stopped = [d for d in found if d.code == "RJ100" and "in all" in d.message]
    assert len(stopped) == SAMPLES  # every sample is told, none is read past the budget
    assert all(d.location is not None and d.location.line for d in stopped)


def test_the_budget_holds_on_a_worker_thread(tmp_path: Path, counted: list[int]) -> None:
    folder = _hungry_pack(tmp_path)
    limit = 3 * KEYS * 2
    results: list[list[rejectlet.Diagnostic]] = []
    worker = threading.Thread(target=lambda: results.append(
        _check(folder, Limits(run_yaml_nodes=limit), counted)))
    worker.start()
    worker.join()
    (found,) = results
    assert sum(counted) <= limit + len(counted)
    assert any(d.code == "RJ100" and "in all" in d.message for d in found)


def test_the_default_budget_lets_a_pack_check_clean(tmp_path: Path) -> None:
    folder = new_pack("plain", tmp_path)
    pack = rejectlet.load_pack(folder)
    with budget():
        found = check_pack(pack)
    assert not [d for d in found if d.is_error]
    assert DEFAULT_LIMITS.run_yaml_nodes >= 5 * rejectlet.yamlio.MAX_YAML_NODES


def test_outside_a_budget_block_a_file_is_bounded_on_its_own(counted: list[int]) -> None:
    text = "".join(f"k{i}: v\n" for i in range(1_000))
    assert len(rejectlet.yamlio.load_yaml_text(text)) == 1_000
    assert counted == [2_001]


def test_the_run_that_ran_out_is_the_one_named(tmp_path: Path) -> None:
    """Inside a host's budget of 3,000 nodes, an inner run allowing far more is
    still held by the outer one, and the error names the outer one's limit."""
    path = tmp_path / "big.yaml"
    path.write_text("".join(f"k{i}: v\n" for i in range(2_000)), encoding="utf-8")
    with (budget(Limits(run_yaml_nodes=3_000)), budget(Limits(run_yaml_nodes=400_000)),
          pytest.raises(rejectlet.RejectletError) as caught):
        rejectlet.yamlio.load_yaml_file(path)
    (found,) = caught.value.diagnostics
    assert "3,000 YAML values" in found.message and "400,000" not in found.message
