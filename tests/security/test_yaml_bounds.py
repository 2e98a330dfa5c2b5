"""YAML loading is bounded: numbers that are costly to convert and files with too
many nodes are refused at their line with our own codes, in time proportional to
the file, whatever Python or PyYAML would have said.

Base-60 integers (``1:2:3:…``) cost time that grows with the square of their length,
about 23 seconds per megabyte unchecked; long decimal numbers pass Python's
4,300-digit limit; hexadecimal ones convert but then break whatever prints them.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from rejectlet import YamlError
from rejectlet.cli import main
from rejectlet.yamlio import MAX_NUMBER_CHARS, MAX_YAML_NODES, load_yaml_text
from tests.security._support import ChildReport, assert_cheap, run_in_child

HOSTILE = {
    "base-60-value": "a: 1" + ":1" * 150_000 + "\n",
    "base-60-key": "? 1" + ":1" * 150_000 + "\n: x\n",
    "base-60-float": "a: 1" + ":1" * 150_000 + ".5\n",
    "hex-value": "a: 0x" + "f" * 900_000 + "\n",
    "hex-key": "? 0x" + "f" * 900_000 + "\n: x\n",
    "decimal-value": "a: " + "9" * 900_000 + "\n",
    "tagged-decimal": "a: !!int '" + "9" * 900_000 + "'\n",
    "many-nodes": "a: [" + "1," * 400_000 + "1]\n",
}
CODES = {"many-nodes": "RJ100"}


@pytest.fixture(scope="module")
def children(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Future[ChildReport]]:
    root = tmp_path_factory.mktemp("yaml-bounds")
    paths = {}
    for name, text in HOSTILE.items():
        path = root / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    pool = ThreadPoolExecutor(max_workers=2)
    futures = {name: pool.submit(run_in_child, "yaml", str(path), timeout=120.0)
               for name, path in paths.items()}
    pool.shutdown(wait=False)
    return futures


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_costly_yaml_file_is_refused_at_its_line_within_a_bound(
        children: dict[str, Future[ChildReport]], name: str) -> None:
    report = children[name].result()
    assert report.outcome == "error", report.describe()
    assert set(report.codes) == {CODES.get(name, "RJ106")}, report.describe()
    assert report.located, report.describe()
    assert_cheap(report)


def refusal(text: str) -> YamlError:
    with pytest.raises(YamlError) as caught:
        load_yaml_text(text, "data.yaml")
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.location is not None
    return caught.value


@pytest.mark.parametrize(("text", "line", "column"), [
    ("name: Sam\nstart: 10:30\n", 2, 8),
    ("name: Sam\nwhen: -1:30:00\n", 2, 7),
    ("name: Sam\n1:30: x\n", 2, 1),
    ("name: Sam\nlong: 1:30.5\n", 2, 7),
])
def test_a_base_60_number_is_refused_where_it_is_written(text: str, line: int,
                                                         column: int) -> None:
    diagnostic = refusal(text).diagnostics[0]
    assert diagnostic.code == "RJ106"
    assert diagnostic.location is not None
    assert (diagnostic.location.path, diagnostic.location.line,
            diagnostic.location.column) == ("data.yaml", line, column)


@pytest.mark.parametrize("number", ["1" * (MAX_NUMBER_CHARS + 1), "0x" + "f" * MAX_NUMBER_CHARS,
                                    "0" + "7" * MAX_NUMBER_CHARS, "1" * 5000,
                                    "1." + "5" * MAX_NUMBER_CHARS])
@pytest.mark.parametrize("as_key", [False, True])
def test_a_number_beyond_the_limit_is_refused_as_value_or_key(number: str,
                                                              as_key: bool) -> None:
    text = f"? {number}\n: x\n" if as_key else f"value: {number}\n"
    diagnostic = refusal(text).diagnostics[0]
    assert diagnostic.code == "RJ106"
    assert str(MAX_NUMBER_CHARS) in diagnostic.message


def test_numbers_within_the_limits_and_quoted_times_still_read() -> None:
    loaded = load_yaml_text(f"a: {'9' * MAX_NUMBER_CHARS}\nb: 0x1f\nc: '10:30'\nd: 1.5\n"
                            "e: -42\n")
    assert loaded == {"a": int("9" * MAX_NUMBER_CHARS), "b": 31, "c": "10:30", "d": 1.5,
                      "e": -42}


def test_a_file_with_too_many_nodes_is_refused_at_the_first_one_past_the_limit() -> None:
    error = refusal("a: [" + "1, " * MAX_YAML_NODES + "1]\n")
    diagnostic = error.diagnostics[0]
    assert diagnostic.code == "RJ100"
    assert f"{MAX_YAML_NODES:,}" in diagnostic.message
    assert diagnostic.location is not None and diagnostic.location.line == 1
    assert load_yaml_text("a: [" + "1, " * (MAX_YAML_NODES // 2) + "1]\n") is not None


def test_the_command_line_reports_a_huge_number_without_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "reply.yaml"
    data.write_text("pack: classic\nletter: reply\nfollow_up_days: 0x" + "f" * 5000 + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(data)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "reply.yaml:3:17: RJ106" in result.output
    assert "Traceback" not in result.output


def test_the_yaml_limits_hold_on_a_worker_thread() -> None:
    """The limits are counted while reading, not timed by a signal, so a thread
    (a server's worker, asyncio.to_thread) gets the same refusals."""
    texts = ["a: 1" + ":1" * 1000 + "\n", "a: 0x" + "f" * 5000 + "\n",
             "a: [" + "1, " * MAX_YAML_NODES + "1]\n"]

    def refused_codes(text: str) -> list[str]:
        try:
            load_yaml_text(text, "data.yaml")
        except YamlError as error:
            return [d.code for d in error.diagnostics]
        return []

    with ThreadPoolExecutor(max_workers=3) as pool:
        found = list(pool.map(refused_codes, texts))
    assert found == [["RJ106"], ["RJ106"], ["RJ100"]]
