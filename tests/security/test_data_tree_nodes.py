"""A data file and everything it includes are read as one bounded whole.

Each YAML file is bounded by its own node count, but a data file may include
sixteen, and the same file named sixteen times was parsed sixteen times. Now a
file named more than once in the tree is read once, and the whole tree may hold
at most ``data.MAX_DATA_TREE_NODES`` nodes, in any thread and whether or not the
host opened a ``budget()`` block (one that has less left bounds it sooner).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import rejectlet
import rejectlet.data as data_module
from rejectlet.limits import Limits, budget


def _tree(folder: Path, names: list[str], keys: int = 20) -> Path:
    for name in set(names):
        (folder / name).write_text("".join(f"{name[:-5]}_{i}: v\n" for i in range(keys)),
                                   encoding="utf-8")
    top = folder / "letter.yaml"
    top.write_text(f"pack: classic\nletter: reply\ninclude: [{', '.join(names)}]\n",
                   encoding="utf-8")
    return top


def test_a_file_included_many_times_is_read_once(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = data_module.load_yaml_file
    reads: list[str] = []

    def counted(path: object, **options: object) -> object:
        reads.append(Path(str(path)).name)
        return real(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(data_module, "load_yaml_file", counted)
    values = rejectlet.read_data_file(_tree(tmp_path, ["p.yaml"] * 16))
    assert reads.count("p.yaml") == 1 and "p_19" in values


@pytest.mark.parametrize("where", ["here", "thread", "budget"])
def test_the_whole_tree_is_bounded_in_any_thread(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 where: str) -> None:
    monkeypatch.setattr(data_module, "MAX_DATA_TREE_NODES", 100)
    top = _tree(tmp_path, ["a.yaml", "b.yaml", "c.yaml"])  # 40 nodes each, 6 more at top

    def read() -> list[str]:
        try:
            rejectlet.read_data_file(top)
        except rejectlet.RejectletError as error:
            return [d.code for d in error.diagnostics]
        return []

    if where == "thread":
        with ThreadPoolExecutor(1) as pool:
            assert pool.submit(read).result() == ["RJ100"]
    elif where == "budget":
        with budget(Limits(run_yaml_nodes=10_000)):
            assert read() == ["RJ100"]
    else:
        assert read() == ["RJ100"]


def test_a_tree_under_the_bound_is_read_whole(tmp_path: Path) -> None:
    values = rejectlet.read_data_file(_tree(tmp_path, ["a.yaml", "b.yaml"]))
    assert "a_19" in values and "b_19" in values


def test_a_tighter_budget_of_the_host_bounds_the_tree_sooner(tmp_path: Path) -> None:
    top = _tree(tmp_path, ["a.yaml", "b.yaml"])
    with budget(Limits(run_yaml_nodes=50)), pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.read_data_file(top)
    assert [d.code for d in caught.value.diagnostics] == ["RJ100"]
