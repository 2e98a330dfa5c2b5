"""What a template builds is bounded before it is built, and in total.

A method whose result size comes from an argument ran before the sandbox looked
at the result: ``int.to_bytes`` allocated its length, and Markup's own
``center``/``ljust``/``join`` (Python methods, unlike str's) were sized only
after. And every value was held to ``output_chars`` on its own while nothing
bounded how many of them a letter could keep: many ``{% set %}`` names, the
arguments of a ``cycler()`` or a macro, or a tuple's items, all built before
anything was measured, came to gigabytes. Both are now refused with RJ305.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rejectlet
from rejectlet import Limits, budget

from ._support import base_data, compose, run_in_child, write_pack

#: Each asks for gigabytes in one call unless the size is judged before the call;
#: run in a child whose memory is capped well below that.
BEFORE_THE_CALL = {
    "to-bytes": "{{ (0).to_bytes(3000000000, 'big')|length }}",
    "markup-center": "{{ ('x'|safe).center(3000000000)|length }}",
    "markup-ljust": "{{ ('x'|safe).ljust(3000000000)|length }}",
}


@pytest.mark.parametrize("body", BEFORE_THE_CALL.values(), ids=BEFORE_THE_CALL.keys())
def test_a_call_sized_by_its_argument_is_refused_before_it_runs(tmp_path: Path,
                                                                body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    data = tmp_path / "data.json"
    data.write_text(json.dumps(base_data()), encoding="utf-8")
    report = run_in_child("letter", str(folder), str(data), timeout=120.0)
    assert report.outcome == "error", report.describe()
    assert report.codes == ("RJ305",), report.describe()
    assert report.located, report.describe()


def _sets(count: int, size: int) -> str:
    return f"{{% set s = 'y' * {size} %}}" + "".join(
        f"{{% set a{n} = s ~ {n} %}}" for n in range(count)) + "done"


def test_many_big_values_kept_at_once_are_refused_in_a_child(tmp_path: Path) -> None:
    """150 values of 199,991 characters: each within the cap, 30,000,000 together."""
    folder = write_pack(tmp_path / "pack", _sets(150, 199_990))
    data = tmp_path / "data.json"
    data.write_text(json.dumps(base_data()), encoding="utf-8")
    report = run_in_child("letter", str(folder), str(data), timeout=120.0)
    assert report.outcome == "error", report.describe()
    assert report.codes == ("RJ305",), report.describe()


SMALL = Limits(built_chars=50_000)
VALUE = "{% set s = 'y' * 9000 %}"
KEPT = {
    "set-names": _sets(10, 9000),
    "cycler-arguments": VALUE + "{% set c = cycler(" + ", ".join(
        f"s ~ {n}" for n in range(10)) + ") %}done",
    "tuple-items": VALUE + "{% set t = (" + ", ".join(
        f"s ~ {n}" for n in range(10)) + ",) %}done",
    "macro-arguments": VALUE + "{% macro m() %}{{ varargs|length }}{% endmacro %}{{ m(" +
                       ", ".join(f"s ~ {n}" for n in range(10)) + ") }}",
    "filter-results": VALUE + "".join(f"{{% set u{n} = s|upper %}}" for n in range(10)) + "x",
    "in-a-condition": VALUE + "{% if (s ~ 1, s ~ 2, s ~ 3, s ~ 4, s ~ 5, s ~ 6) %}x{% endif %}",
}


@pytest.mark.parametrize("body", KEPT.values(), ids=KEPT.keys())
def test_the_values_a_letter_builds_are_bounded_in_total(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    with budget(SMALL), pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder)
    [found] = caught.value.diagnostics
    assert found.code == "RJ305"
    assert "50,000" in found.message
    assert found.location is not None


def test_a_letter_within_the_total_composes(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", _sets(4, 9000))
    with budget(SMALL):
        assert "done" in rejectlet.render(compose(folder), "text", force=True)


def test_the_total_is_per_letter(tmp_path: Path) -> None:
    """Each letter starts from nothing: a run of letters each within the total composes."""
    folder = write_pack(tmp_path / "pack", _sets(4, 9000))
    with budget(SMALL):
        for _ in range(5):
            compose(folder)


def test_making_bytes_is_refused_before_any_codec_runs(tmp_path: Path) -> None:
    """``str.encode('punycode')`` is pure Python of quadratic cost in one step the
    clock never interrupts (9,000 characters took 48 s past a one-second budget):
    a codec must not run at all. A codec of the test's own records whether it ran."""
    import codecs

    ran: list[str] = []

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        ran.append(text)
        return text.encode("utf-8"), len(text)

    def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
        return bytes(data).decode("utf-8"), len(data)

    name = "rejectlet_test_recording"
    codecs.register(lambda asked: codecs.CodecInfo(encode, decode, name=name)
                    if asked == name else None)
    folder = write_pack(tmp_path / "pack", f"{{{{ note.encode('{name}')|length }}}}")
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder, base_data(note="你好" * 100))
    assert [d.code for d in caught.value.diagnostics] == ["RJ305"]
    assert ran == []
