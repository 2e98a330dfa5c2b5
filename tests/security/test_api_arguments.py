"""Everything a program passes to the public functions is judged at the door.

Keyword values given to ``compose`` are letter data, so they are read no deeper
than the pack's groups, exactly as the data mapping is: a mapping that holds
itself, or nests thousands deep, is one unknown or mistyped value, reported at
its key, never walked by recursion.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.paper.options import PrintOptions

ROOT = Path(__file__).resolve().parents[2]


def _cyclic() -> dict[str, Any]:
    value: dict[str, Any] = {"name": "Dana"}
    value["self"] = value
    return value


def _deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = {"a": value}
    return value


@pytest.fixture(scope="module")
def pack() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


@pytest.mark.parametrize("from_file", [True, False], ids=["file-data", "dict-data"])
@pytest.mark.parametrize(("key", "value", "code", "named"), [
    ("recipient", _cyclic(), "RJ202", "recipient.self"),
    ("zzz", _deep(3_000), "RJ202", "zzz"),
    ("recipient", {"name": _deep(3_000)}, "RJ200", "recipient.name"),
    ("organization", _cyclic(), "RJ200", "organization"),
])
def test_a_keyword_value_nested_without_end_is_judged_like_data(
        pack: rejectlet.Pack, from_file: bool, key: str, value: Any, code: str,
        named: str) -> None:
    data = rejectlet.read_data_file(ROOT / "examples" / "reply.yaml")
    base: Any = data if from_file else dict(data)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", base, **{key: value})
    found = [d for d in caught.value.diagnostics if d.location and d.location.key == named]
    assert found, [str(d) for d in caught.value.diagnostics]
    assert found[0].code.startswith(code[:4])


def test_both_data_and_keyword_holding_themselves_merge_without_recursion(
        pack: rejectlet.Pack) -> None:
    data = dict(rejectlet.read_data_file(ROOT / "examples" / "reply.yaml"))
    data["recipient"] = _cyclic()
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.compose(pack, "reply", data, recipient=_cyclic())
    assert {d.location.key for d in caught.value.diagnostics if d.location} \
        >= {"recipient.self"}


def test_a_group_given_by_keyword_still_merges_into_the_data(pack: rejectlet.Pack) -> None:
    data = rejectlet.read_data_file(ROOT / "examples" / "reply.yaml")
    letter = rejectlet.compose(pack, "reply", data, recipient={"name": "Robin Quill"})
    text = rejectlet.render(letter, "text", force=True)
    assert "Quill" in text


# -- every public function judges its arguments at the door ---------------------------

class _Evil(str):
    """A str whose own hashing and comparison raise: only its text may be used."""

    def __hash__(self) -> int:
        raise ZeroDivisionError

    def __eq__(self, other: object) -> bool:
        raise ZeroDivisionError


def _letter() -> rejectlet.Letter:
    return rejectlet.letter_from_file(ROOT / "examples" / "reply.yaml")


WRONG: dict[str, Any] = {
    "compose-pack": lambda: rejectlet.compose("classic", "reply", {}),  # type: ignore[arg-type]
    "compose_all-pack": lambda: rejectlet.compose_all(None, "reply"),  # type: ignore[arg-type]
    "validate": lambda: rejectlet.validate("x"),  # type: ignore[arg-type]
    "render-letter": lambda: rejectlet.render("x", "text"),  # type: ignore[arg-type]
    "render-options": lambda: rejectlet.render(_letter(), "text",
                                               options={"layout": "x"}),  # type: ignore[arg-type]
    "render-page-size": lambda: rejectlet.render(_letter(), "html",
                                                 page_size=4),  # type: ignore[arg-type]
    "reminder": lambda: rejectlet.reminder(None),  # type: ignore[arg-type]
    "reminder-data-file": lambda: rejectlet.reminder(_letter(),
                                                     data_file=[[]]),  # type: ignore[arg-type]
    "letter_fields": lambda: rejectlet.letter_fields("classic", "reply"),  # type: ignore[arg-type]
    "letter_from_file-pack": lambda: rejectlet.letter_from_file(
        ROOT / "examples" / "reply.yaml", pack="classic"),  # type: ignore[arg-type]
    "letter_from_file-path": lambda: rejectlet.letter_from_file(5),  # type: ignore[arg-type]
    "read_data_file-none": lambda: rejectlet.read_data_file(None),  # type: ignore[arg-type]
    "read_data_file-bytes": lambda: rejectlet.read_data_file(b"x.yaml"),  # type: ignore[arg-type]
    "load_pack-list": lambda: rejectlet.load_pack(["classic"]),  # type: ignore[arg-type]
    "load_pack-relative_to": lambda: rejectlet.load_pack("./x", relative_to=3),  # type: ignore[arg-type]
    "find_packs": lambda: rejectlet.find_packs("x"),  # type: ignore[arg-type]
    "budget": lambda: rejectlet.budget("strict").__enter__(),  # type: ignore[arg-type]
    "print-options-layout": lambda: PrintOptions(layout=["x"]),  # type: ignore[arg-type]
    "print-options-created": lambda: PrintOptions(created="today"),  # type: ignore[arg-type]
    "print-options-timeout": lambda: PrintOptions(timeout=10**5000),
    "print-options-formats": lambda: PrintOptions(formats_file=5),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("call", WRONG.values(), ids=WRONG.keys())
def test_a_wrong_kind_of_argument_is_refused_at_the_argument(call: Any) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        call()
    assert isinstance(caught.value, TypeError)  # a host catching TypeError keeps working
    location = caught.value.location
    assert location is not None and location.key
    assert str(location).startswith("argument ")


@pytest.mark.parametrize("fmt", ["pdf\x00", _Evil("nope"), 5, ["pdf"], None])
def test_an_unknown_format_names_the_argument(fmt: Any) -> None:
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(_letter(), fmt)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ413"
    assert str(diagnostic.location) == "argument render(format)"


def test_a_str_subclass_option_is_read_as_its_text() -> None:
    options = PrintOptions(layout=_Evil("letter-plain"))
    assert type(options.layout) is str
    assert rejectlet.render(_letter(), "pdf", options=options).startswith(b"%PDF")


@pytest.mark.parametrize("value", [10**400, -10**400, float("nan"), [[]], "5"])
def test_limits_refuse_what_is_no_bound_with_value_error(value: Any) -> None:
    with pytest.raises(ValueError, match="positive number"):
        rejectlet.Limits(seconds=value)


def test_a_data_file_name_that_is_not_utf8_makes_a_reminder() -> None:
    calendar = rejectlet.reminder(_letter(), data_file="\udcff.yaml")
    assert b"\xef\xbf\xbd.yaml" in calendar.to_ical()


@pytest.mark.parametrize("pack_line", ["./\ud800", "./a\x00b", "./loop"])
def test_a_data_pack_value_the_system_refuses_is_a_data_error(
        pack: rejectlet.Pack, tmp_path: Path, pack_line: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "loop").symlink_to("loop")
    monkeypatch.chdir(tmp_path)
    data = dict(rejectlet.read_data_file(ROOT / "examples" / "reply.yaml"))
    data["pack"] = pack_line
    with pytest.raises(rejectlet.RejectletError):
        rejectlet.compose(pack, "reply", data)
