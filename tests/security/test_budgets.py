"""Budgets counted at the source: allocation, CPU, `when:` and whole runs, in any thread.

Every input here is meant to exhaust something, so each runs in a child process
with a memory cap (``tests.security._bounded``), on the main thread and on
worker threads started with ``threading.Thread`` and ``asyncio.to_thread``:
the budgets are counted inside the sandbox, not by a timer signal, so they
must hold the same way on every thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from ._support import PACK_YAML, ChildReport, assert_cheap, base_data, run_in_child, write_pack

REFUSED = frozenset({"RJ305"})
STOPPED = frozenset({"RJ305", "RJ307"})


@dataclass(frozen=True)
class Bomb:
    id: str
    body: str
    codes: frozenset[str] = REFUSED
    when: str | None = None  # put in the section's `when:` instead of its text


#: Each builds a value of gigabytes, or takes minutes inside one C call, unless a
#: size is checked before the work.
ALLOCATION = [
    Bomb("ljust", "{{ note.ljust(10**9) }}"),
    Bomb("rjust", "{{ note.rjust(10**9, '-') }}"),
    Bomb("center-method", "{{ note.center(10**9) }}"),
    Bomb("zfill", "{{ note.zfill(10**9) }}"),
    Bomb("expandtabs", "{{ ('\t' * 1000).expandtabs(10**6) }}"),
    Bomb("replace-method", "{{ note.replace('y', note) }}"),
    Bomb("replace-method-empty-pattern", "{{ note.replace('', note) }}"),
    Bomb("join-method", "{{ note.join(note) }}"),
    Bomb("translate", "{{ note.translate({121: note}) }}"),
    Bomb("repetition", "{{ note * 100000 }}"),
    Bomb("repeated-list", "{{ [note] * 100000 }}"),
    Bomb("percent-width", "{{ '%999999999s' % 'a' }}"),
    Bomb("percent-key-width", "{{ '%(a)999999999s' % {'a': 1} }}"),
    Bomb("percent-precision", "{{ '%.999999999f' % 1 }}"),
    Bomb("percent-star", "{{ '%*s' % (999999999, 'a') }}"),
    Bomb("format-filter-precision", "{{ '%.999999999f'|format(1) }}"),
    Bomb("format-filter-key-width", "{{ '%(a)999999999s'|format(a=1) }}"),
    Bomb("format-method-precision", "{{ '{:.999999999f}'.format(1) }}"),
    Bomb("batch-fill", "{{ note|batch(10**9, 'x')|list|length }}"),
    Bomb("slice-fill", "{{ 'ab'|slice(10**8, 'x')|list|length }}"),
    Bomb("indent-with-a-string", "{{ ('x\n' * 90000)|indent(note) }}"),
    Bomb("wordwrap-wrapstring", "{{ ('a ' * 90000)|wordwrap(1, wrapstring=note) }}"),
    Bomb("print-list-of-big-strings",
         "{% set s = note * 9 %}{{ [s, s, s, s, s, s, s, s, s, s, s, s] }}"),
    Bomb("nested-lists", "{% set a = [note, note] %}{% set b = [a, a, a, a] %}"
                         "{% set c = [b, b, b, b] %}{% set d = [c, c, c, c] %}{{ d }}"),
    Bomb("nested-lists-joined", "{% set a = [note, note, note, note, note] %}"
                                "{{ [a, a, a]|join(',') }}"),
    Bomb("in-on-a-huge-list", "{% set s = note * 9 %}{{ (s ~ 'z') in [s] * 1000 }}"),
    Bomb("number-squared", "{% set a = 10**64 %}" + "{% set a = a * a %}" * 24 + "{{ a }}"),
    Bomb("block-output", "{% set s %}{% for i in range(9000) %}{{ note }}{% endfor %}"
                         "{% endset %}{{ s|length }}", STOPPED),
    Bomb("macro-output", "{% macro m() %}{% for i in range(9000) %}" + "x" * 5000 +
                         "{% endfor %}{% endmacro %}{{ m()|length }}", STOPPED),
    Bomb("dict-fromkeys", "{{ {}.fromkeys(range(9000), note)|length }}"),
    Bomb("bytes-center", "{{ 'x'.encode().center(10**9) }}"),
    Bomb("lazy-filter-items", "{{ ((note * 4)|list|map('replace', 'y', note)|list)|length }}"),
    Bomb("pprint-removed", "{{ [[1]] * 60000|pprint }}", frozenset({"RJ301", "RJ305"})),
    Bomb("tojson-indent", "{{ (range(5000)|list)|tojson(indent=10**6) }}"),
    Bomb("tojson-indent-text", "{{ (range(5000)|list)|tojson(indent=note * 9) }}"),
    Bomb("urlize-target", "{{ ('ab.com ' * 25000)|urlize(target=note * 9) }}"),
    Bomb("urlize-rel", "{{ ('ab.com ' * 25000)|urlize(rel=note * 9) }}"),
    Bomb("format-one-field-many-times", "{{ ('{0}' * 20000).format(note * 7) }}"),
    Bomb("format-item-many-times", "{{ ('{0[0]}' * 20000).format([note * 7]) }}"),
    Bomb("format-map-many-times", "{{ ('{a}' * 20000).format_map({'a': note * 7}) }}"),
    Bomb("percent-key-many-times", "{{ ('%(a)s' * 20000) % {'a': note * 7} }}"),
    Bomb("format-filter-many-times", "{{ ('%(a)s' * 20000)|format(a=note * 7) }}"),
    Bomb("translate-list-table", "{{ (note * 9).translate([''] * 121 + [note * 9]) }}"),
    Bomb("translate-tuple-table", "{{ (note * 9).translate(('',) * 121 + (note * 9,)) }}"),
    Bomb("indent-number-on-many-lines", "{{ ('\n' * 199000 ~ 'x')|indent(1000, blank=true) }}"),
]

#: Each runs long in pure template code, or in many small steps.
CPU = [
    Bomb("nested-loops-over-strings",
         "{% set s = 'ab' * 90000 %}{% for c in s %}{% for d in s %}{% endfor %}{% endfor %}",
         STOPPED),
    Bomb("sum-of-lists", "{{ ([[0]] * 60000)|sum(start=[])|length }}", STOPPED),
    Bomb("recursive-loop", "{% for x in [note] * 9 recursive %}{{ loop([x] * 9) }}"
                           "{% endfor %}", STOPPED | {"RJ306"}),
    Bomb("macro-calls", "{% macro f(n) %}{% for c in note %}{{ n }}{% endfor %}{% endmacro %}"
                        "{% for c in note %}{{ f(1) }}{% endfor %}", STOPPED),
    Bomb("filters-in-a-loop",
         "{% for c in note %}{% for d in note %}{{ d|upper|lower|trim }}{% endfor %}"
         "{% endfor %}", STOPPED),
]

#: The same, in a section's `when:` expression, which has no output of its own.
WHEN = [
    Bomb("when-ljust", "Thanks.", when="note.ljust(10**9) is string"),
    Bomb("when-repetition", "Thanks.", when="(note * 10**6)|length > 1"),
    Bomb("when-percent", "Thanks.", when="('%(a)999999999s' % {'a': 1})|length > 1"),
    Bomb("when-batch", "Thanks.", when="(note|batch(10**9, 'x')|list)|length > 1"),
    Bomb("when-range", "Thanks.", when="range(10**6)|list|length > 1"),
    Bomb("when-nested-lists", "Thanks.",
         when="[[[note] * 9] * 9, [[note] * 9] * 9]|string|length > 1"),
    Bomb("when-sum", "Thanks.", when="([[0]] * 60000)|sum(start=[])|length > 1",
         codes=STOPPED),
    Bomb("when-tojson", "Thanks.", when="((range(5000)|list)|tojson(indent=10**6))|length"),
]

#: A few of each class, run again on worker threads.
ON_THREADS = ["ljust", "percent-key-width", "print-list-of-big-strings", "in-on-a-huge-list",
              "nested-loops-over-strings", "sum-of-lists", "when-range", "when-ljust",
              "block-output"]
MODES = ["letter-thread", "letter-to-thread"]
ALL = {bomb.id: bomb for bomb in ALLOCATION + CPU + WHEN}

#: Children run at once.
PARALLEL = 3


def _pack(folder: Path, bomb: Bomb) -> Path:
    write_pack(folder, bomb.body)
    if bomb.when is not None:
        text = PACK_YAML.replace("@STYLES@", "").replace(
            "  body: {kind: gratitude, file: body.md}",
            "  body: {kind: gratitude, file: body.md, when: " + json.dumps(bomb.when) + "}\n"
            "  other: {kind: interest, text: \"I remain interested.\"}").replace(
            "body: [body]", "body: [body, other]")
        (folder / "pack.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def children(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[ChildReport]]]:
    """Every capped child of this module, queued at once and run a few at a time."""
    root = tmp_path_factory.mktemp("budgets")
    data = root / "data.json"
    data.write_text(json.dumps(base_data(note="y" * 20_000)), encoding="utf-8")
    jobs: dict[str, tuple[str, ...]] = {}
    for bomb in ALL.values():
        folder = _pack(root / bomb.id, bomb)
        jobs[bomb.id] = ("letter", str(folder), str(data))
        if bomb.id in ON_THREADS:
            for mode in MODES:
                jobs[f"{mode}:{bomb.id}"] = (mode, str(folder), str(data))
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        futures = {key: pool.submit(run_in_child, *args, timeout=120.0)
                   for key, args in jobs.items()}
        try:
            yield futures
        finally:
            for future in futures.values():
                future.cancel()


def assert_stopped(report: ChildReport, wanted: frozenset[str]) -> None:
    assert report.outcome == "error", report.describe()
    assert report.codes, report.describe()
    assert set(report.codes) <= wanted, report.describe()
    assert report.located, report.describe()
    assert_cheap(report)


@pytest.mark.parametrize("bomb", ALLOCATION, ids=[bomb.id for bomb in ALLOCATION])
def test_a_value_too_big_to_build_is_refused_before_it_is_built(
        children: dict[str, Future[ChildReport]], bomb: Bomb) -> None:
    assert_stopped(children[bomb.id].result(), bomb.codes)


@pytest.mark.parametrize("bomb", CPU, ids=[bomb.id for bomb in CPU])
def test_endless_template_work_is_stopped_by_the_step_and_time_budget(
        children: dict[str, Future[ChildReport]], bomb: Bomb) -> None:
    assert_stopped(children[bomb.id].result(), bomb.codes)


@pytest.mark.parametrize("bomb", WHEN, ids=[bomb.id for bomb in WHEN])
def test_a_when_expression_runs_under_the_same_budgets(
        children: dict[str, Future[ChildReport]], bomb: Bomb) -> None:
    assert_stopped(children[bomb.id].result(), bomb.codes)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ON_THREADS)
def test_every_budget_holds_on_a_worker_thread(
        children: dict[str, Future[ChildReport]], mode: str, name: str) -> None:
    on_main = children[name].result()
    on_thread = children[f"{mode}:{name}"].result()
    assert_stopped(on_thread, ALL[name].codes)
    assert on_thread.codes == on_main.codes, (on_main.describe(), on_thread.describe())
