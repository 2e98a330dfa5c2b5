"""Budgets a host program sets per call, and the budget a whole run shares."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

import rejectlet
from rejectlet.limits import DEFAULT_LIMITS, Limits, budget, current_limits

from ._support import PACK_YAML, base_data, codes, compose, write_pack

LOOP = "{% for i in range(100) %}{{ i }} {% endfor %}"


def compose_codes(folder: Path) -> list[str]:
    with pytest.raises(rejectlet.RejectletError) as raised:
        compose(folder)
    assert all(d.location is not None for d in raised.value.diagnostics)
    return codes(raised.value)


def test_limits_are_exported_and_checked() -> None:
    assert rejectlet.Limits is Limits
    assert rejectlet.budget is budget
    with pytest.raises(ValueError, match="operations"):
        Limits(operations=0)
    with pytest.raises(ValueError, match="seconds"):
        Limits(seconds=-1.0)


def test_the_defaults_apply_outside_any_budget() -> None:
    assert current_limits() == DEFAULT_LIMITS
    with budget(Limits(operations=10)):
        assert current_limits().operations == 10
    assert current_limits() == DEFAULT_LIMITS


def test_a_host_can_lower_the_step_budget(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)
    compose(folder)
    with budget(Limits(operations=50)):
        assert compose_codes(folder) == ["RJ307"]


def test_a_host_can_lower_the_time_budget(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)
    with budget(Limits(seconds=1e-9)):
        assert compose_codes(folder) == ["RJ307"]


@pytest.mark.parametrize(("limits", "body"), [
    (Limits(output_chars=100), "{{ 'x' * 150 }}"),
    (Limits(output_chars=100), "{{ note.ljust(150) }}"),
    (Limits(range_items=5), "{% for i in range(10) %}{% endfor %}"),
    (Limits(width=10), "{{ note|center(20) }}"),
    (Limits(width=10), "{{ '%20s' % note }}"),
    (Limits(letter_chars=50), "{{ 'word ' * 20 }}"),
])
def test_a_host_can_lower_each_size_budget(tmp_path: Path, limits: Limits, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    compose(folder)
    with budget(limits):
        assert compose_codes(folder) == ["RJ305"]


def test_a_host_can_raise_a_budget_for_a_pack_it_trusts(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{% for i in range(20000) %}{% endfor %}Thanks.")
    assert compose_codes(folder) == ["RJ305"]
    with budget(Limits(range_items=30_000)):
        compose(folder)


def test_the_budget_follows_asyncio_to_thread(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)

    async def main() -> list[str]:
        with budget(Limits(operations=50)):
            try:
                await asyncio.to_thread(compose, folder)
            except rejectlet.RejectletError as exc:
                return codes(exc)
        return []

    assert asyncio.run(main()) == ["RJ307"]


def test_a_plain_thread_starts_with_the_defaults(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)
    seen: list[object] = []

    def work() -> None:
        seen.append(current_limits())
        try:
            compose(folder)
        except rejectlet.RejectletError as exc:
            seen.append(codes(exc))
        with budget(Limits(operations=50)):
            try:
                compose(folder)
            except rejectlet.RejectletError as exc:
                seen.append(codes(exc))

    with budget(Limits(operations=50)):
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    assert seen == [DEFAULT_LIMITS, ["RJ307"]]


def test_letters_in_one_budget_share_its_run_budget(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)
    pack = rejectlet.load_pack(folder)
    results = []
    with budget(Limits(run_operations=1_000)):
        for _ in range(20):
            try:
                rejectlet.compose(pack, "note", base_data())
                results.append("ok")
            except rejectlet.TemplateError as exc:
                assert codes(exc) == ["RJ307"]
                assert "run" in exc.diagnostics[0].message
                results.append("stopped")
    assert results[0] == "ok"
    assert results[-1] == "stopped"
    with budget(Limits(run_operations=1_000)):  # a new block is a new run
        rejectlet.compose(pack, "note", base_data())


def test_a_run_stops_once_three_letters_used_up_their_budget(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)
    pack = rejectlet.load_pack(folder)
    messages = []
    with budget(Limits(operations=50)):
        for _ in range(5):
            with pytest.raises(rejectlet.TemplateError) as raised:
                rejectlet.compose(pack, "note", base_data())
            assert codes(raised.value) == ["RJ307"]
            messages.append(raised.value.diagnostics[0].message)
    assert all("50 template steps" in message for message in messages[:3])
    assert all("3 letters of the run" in message for message in messages[3:])


def test_a_nested_budget_still_counts_against_the_outer_run(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", LOOP)
    pack = rejectlet.load_pack(folder)
    stopped = 0
    with budget(Limits(run_operations=1_000)):
        for _ in range(20):
            with budget():
                try:
                    rejectlet.compose(pack, "note", base_data())
                except rejectlet.TemplateError:
                    stopped += 1
    assert stopped > 0


def test_checking_a_pack_shares_one_budget(tmp_path: Path) -> None:
    from rejectlet.pack_check import check_pack

    folder = write_pack(tmp_path / "pack", LOOP)
    text = PACK_YAML.replace("@STYLES@", "")
    kinds = "".join(f"  note{n}:\n    type: custom\n    salutation: \"Dear {{{{ name }}}},\"\n"
                    "    body: [body]\n    closing: \"Regards,\"\n    signature: Sam\n"
                    for n in range(6))
    (folder / "pack.yaml").write_text(text + kinds, encoding="utf-8")
    pack = rejectlet.load_pack(folder)
    assert not [d for d in check_pack(pack) if d.code == "RJ307"]
    with budget(Limits(run_operations=2_000)):
        found = check_pack(pack)
    stopped = [d for d in found if d.code == "RJ307"]
    assert stopped and all("run" in d.message for d in stopped)


def test_a_letter_too_long_to_check_is_refused_at_compose(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{{ 'word ' * 30000 }}",
                        files={"more.md": "{{ 'more ' * 30000 }}",
                               "text.md": "{{ 'text ' * 30000 }}"})
    text = PACK_YAML.replace("@STYLES@", "").replace(
        "  body: {kind: gratitude, file: body.md}",
        "  body: {kind: gratitude, file: body.md}\n  more: {kind: resell, file: more.md}\n"
        "  text: {kind: interest, file: text.md}").replace("body: [body]",
                                                           "body: [body, more, text]")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(rejectlet.TemplateError) as raised:
        compose(folder)
    (diagnostic,) = raised.value.diagnostics
    assert diagnostic.code == "RJ305"
    assert "the limit is 400,000" in diagnostic.message
    assert diagnostic.location is not None and diagnostic.location.line


def test_a_batch_shares_one_budget_across_its_rows(tmp_path: Path) -> None:
    from rejectlet.batch import BatchJob, BatchReport, read_rows, run_batch

    folder = write_pack(tmp_path / "pack", LOOP)
    pack = rejectlet.load_pack(folder)
    table = tmp_path / "rows.csv"
    table.write_text("name\n" + "".join(f"Person {n}\n" for n in range(6)), encoding="utf-8")
    with budget(Limits(operations=50)):
        report: BatchReport = run_batch(BatchJob(pack, "note", read_rows(table, pack),
                                                 dry_run=True))
    messages = [report.failed[number][0].message for number in sorted(report.failed)]
    assert len(messages) == 6
    assert all("50 template steps" in message for message in messages[:3])
    assert all("3 letters of the run" in message for message in messages[3:])
