"""A pack, counting the packs it extends, has a bounded number of sections, letter
kinds and variables: compiling and checking each costs time, so a stranger's pack
(or a chain of eight of them) cannot make loading take minutes. The limit is
found before a template is compiled, at the first entry past it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import rejectlet
from rejectlet.pack.compile import MAX_LETTERS, MAX_SECTIONS, MAX_VARIABLES
from rejectlet.scaffold import new_pack


def _grow(folder: Path, *, sections: int = 0, letters: int = 0, variables: int = 0) -> None:
    pack_file = folder / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    name = folder.name
    text = text.replace("sections:\n", "sections:\n" + "".join(
        f"  {name}_s{k}: {{kind: other, text: \"{{{{ role }}}}\"}}\n"
        for k in range(sections)), 1)
    text = text.replace("letters:\n", "letters:\n" + "".join(
        f"  {name}-l{k}:\n    subject: Hi\n    salutation: Dear {{{{ recipient.name }}}},\n"
        f"    body: [thanks]\n    closing: Thanks,\n    signature: Me\n"
        for k in range(letters)), 1)
    text = text.replace("variables:\n", "variables:\n" + "".join(
        f"  {name}_v{k}: {{type: string}}\n" for k in range(variables)), 1)
    pack_file.write_text(text, encoding="utf-8")


def _child(tmp_path: Path, parent: Path, name: str) -> Path:
    child = tmp_path / name
    child.mkdir()
    (child / "pack.yaml").write_text(
        f"pack: {name}\nversion: 1.0.0\nextends: ../{parent.name}\nsections:\n",
        encoding="utf-8")
    return child


def _refused(folder: Path) -> list[rejectlet.Diagnostic]:
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    found = list(raised.value.diagnostics)
    assert {d.code for d in found} == {"RJ110"}
    assert all(d.location is not None and d.location.line for d in found)
    return found


@pytest.mark.parametrize(("what", "limit"), [("sections", MAX_SECTIONS),
                                             ("letters", MAX_LETTERS),
                                             ("variables", MAX_VARIABLES)])
def test_one_pack_past_a_count_is_refused(tmp_path: Path, what: str, limit: int) -> None:
    folder = new_pack("big", tmp_path)
    _grow(folder, **{what: limit + 1})
    (found,) = _refused(folder)
    assert f"a pack may have {limit:,}" in found.message


def test_a_chain_is_counted_as_a_whole(tmp_path: Path) -> None:
    base = new_pack("base", tmp_path)
    _grow(base, sections=MAX_SECTIONS // 2)
    child = _child(tmp_path, base, "child")
    _grow(child, sections=MAX_SECTIONS // 2)
    rejectlet.load_pack(base)  # each alone is within the limit
    found = _refused(child)
    assert "counting those of the packs it extends" in found[0].message


def test_the_limit_holds_on_a_worker_thread(tmp_path: Path) -> None:
    folder = new_pack("big", tmp_path)
    _grow(folder, sections=MAX_SECTIONS + 1)
    caught: list[BaseException] = []

    def load() -> None:
        try:
            rejectlet.load_pack(folder)
        except rejectlet.PackError as exc:
            caught.append(exc)

    worker = threading.Thread(target=load)
    worker.start()
    worker.join()
    assert [type(e) for e in caught] == [rejectlet.PackError]


def test_a_pack_at_the_limits_loads(tmp_path: Path) -> None:
    folder = new_pack("full", tmp_path)
    pack = rejectlet.load_pack(folder)
    _grow(folder, sections=MAX_SECTIONS - len(pack.sections),
          variables=MAX_VARIABLES - len(pack.variables))
    pack = rejectlet.load_pack(folder)
    assert len(pack.sections) == MAX_SECTIONS
    assert len(pack.variables) == MAX_VARIABLES
