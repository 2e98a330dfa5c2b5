"""A mapping a host program passes is its own code: reading it may raise anything.
Whatever it raises while its entries are listed is unreadable data at its key
(RJ201), never a bare exception out of the library, and a dict subclass is read
as it stores its entries, however its methods are overridden."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import rejectlet

ROOT = Path(__file__).resolve().parents[2]


class Broken(Mapping[str, Any]):
    """Lists a key its own lookup then refuses."""

    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        yield "name"

    def __len__(self) -> int:
        return 1


class Exploding(Mapping[str, Any]):
    """Raises from its iteration itself."""

    def __getitem__(self, key: str) -> Any:
        return "x"

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("no entries today")

    def __len__(self) -> int:
        return 3


class LyingDict(dict[str, Any]):
    """A dict whose methods claim other entries than it stores."""

    def items(self) -> Any:
        raise RuntimeError("items")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("iter")

    def __getitem__(self, key: str) -> Any:
        return "not what is stored"

    def __contains__(self, key: object) -> bool:
        return False


def example(name: str) -> dict[str, Any]:
    return dict(rejectlet.read_data_file(ROOT / "examples" / f"{name}.yaml"))


@pytest.mark.parametrize("kind", [Broken, Exploding])
@pytest.mark.parametrize("where", ["", "recipient"])
def test_a_mapping_that_raises_is_unreadable_data_at_its_key(kind: type, where: str) -> None:
    data: Any = kind() if not where else {**example("reply"), where: kind()}
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", data)
    assert [(d.code, d.key) for d in caught.value.diagnostics] == [("RJ201", where)]


def test_a_record_entry_that_raises_is_unreadable_data_at_its_index() -> None:
    data = example("panel-thanks")
    data["panel"] = [dict(data["panel"][0]), Broken()]
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose_all(rejectlet.load_pack("classic"), "panel-thanks", data)
    assert [(d.code, d.key) for d in caught.value.diagnostics] == [("RJ201", "panel[1]")]


def test_a_dict_subclass_is_read_as_it_stores_its_entries() -> None:
    data = example("reply")
    stored = dict(data["recipient"])
    data["recipient"] = LyingDict(stored)
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply", data)
    assert letter.data["recipient.name"] == stored["name"]


class Touchy(str):
    """Text whose every attribute lookup raises, ``__class__`` included."""

    def __getattribute__(self, name: str) -> Any:
        raise RuntimeError(name)


@pytest.mark.parametrize("where", ["role", "recipient", "met_with"])
def test_text_whose_attribute_lookups_raise_is_judged_by_its_type(where: str) -> None:
    data = example("reply")
    data[where] = [Touchy("Ana")] if where == "met_with" else Touchy("Data Analyst")
    try:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", data)
    except rejectlet.RejectletError as error:
        assert all(d.code.startswith("RJ2") for d in error.diagnostics)


@pytest.mark.parametrize("name", ["sig.png", "sub/sig.png"])
def test_a_signature_image_in_data_from_a_program_reads_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (tmp_path / "sub").mkdir()
    for place in ("sig.png", "sub/sig.png"):
        (tmp_path / place).write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.chdir(tmp_path)
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               {**example("reply"), "signature_image": name})
    with pytest.raises(rejectlet.RenderError) as caught:
        rejectlet.render(letter, "pdf", force=True)
    assert [(d.code, d.key) for d in caught.value.diagnostics] == [("RJ414", "signature_image")]


@pytest.mark.parametrize("key", ["unk\x9bnown", "unk\u202enown", "unk\x1b[2Jnown", "a\x85b"])
def test_a_key_holding_a_control_is_named_escaped(key: str) -> None:
    from rejectlet.controls import ACTING_CHARACTERS

    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(rejectlet.load_pack("classic"), "reply", {**example("reply"), key: 1})
    [finding] = caught.value.diagnostics
    assert finding.code == "RJ202"
    shown = json.dumps(finding.to_dict(), ensure_ascii=False) + str(caught.value)
    assert ACTING_CHARACTERS.search(shown) is None
    assert "unk" in finding.key or "a" in finding.key
