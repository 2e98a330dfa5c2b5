"""``rejectlet preview PACK`` reads a pack's samples through the pack's own door, as
``check`` does: a sample that includes a file outside the pack, a sample or a
samples folder linked out of it, a FIFO sample, or a ``?kind=`` that is a path
never shows (or blocks on) anything outside the pack."""

from __future__ import annotations

import http.client
import json
import os
import shutil
from pathlib import Path

import pytest

from rejectlet.preview import PreviewServer, PreviewSession, Selection
from rejectlet.scaffold import new_pack

MARK = "MINE-TOPSECRET-PREVIEW"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return new_pack("shown", tmp_path)


def _mine(tmp_path: Path) -> Path:
    """A letter of the user's own, outside the pack, naming the pack by its folder."""
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    sample = (tmp_path / "shown" / "samples" / "reply.yaml").read_text(encoding="utf-8")
    mine = folder / "letter.yaml"
    mine.write_text(sample.replace("pack: ..", f"pack: {tmp_path / 'shown'}")
                    .replace("Jordan Lee", MARK), encoding="utf-8")
    return mine


def _shown(view_dict: dict[str, object]) -> str:
    return json.dumps(view_dict)


def _view(folder: Path, kind: str | None = None) -> dict[str, object]:
    view = PreviewSession(folder).letter_view(Selection(kind=kind))
    return view.to_dict()


def _codes(view: dict[str, object]) -> list[str]:
    return [d["code"] for d in view["diagnostics"]]  # type: ignore[attr-defined,index]


def test_a_sample_including_a_file_outside_is_refused(tmp_path: Path, pack: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text(f"organization: {MARK}\n", encoding="utf-8")
    sample = pack / "samples" / "reply.yaml"
    text = sample.read_text(encoding="utf-8").replace("organization: Bright Harbor Studio\n", "")
    sample.write_text(text + f"include: {profile}\n", encoding="utf-8")
    view = _view(pack)
    assert MARK not in _shown(view)
    assert "RJ115" in _codes(view)


def test_a_sample_linked_out_of_the_pack_is_refused(tmp_path: Path, pack: Path) -> None:
    mine = _mine(tmp_path)
    (pack / "samples" / "reply.yaml").unlink()
    (pack / "samples" / "reply.yaml").symlink_to(mine)
    view = _view(pack)
    assert MARK not in _shown(view)
    assert _codes(view) == ["RJ115"]


def test_a_samples_folder_linked_out_of_the_pack_is_refused(tmp_path: Path,
                                                            pack: Path) -> None:
    mine = _mine(tmp_path)
    shutil.rmtree(pack / "samples")
    (mine.parent / "reply.yaml").write_bytes(mine.read_bytes())
    (pack / "samples").symlink_to(mine.parent, target_is_directory=True)
    view = _view(pack)
    assert MARK not in _shown(view)
    assert _codes(view) == ["RJ115"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the system has no FIFOs")
def test_a_fifo_sample_is_refused_without_blocking(pack: Path) -> None:
    (pack / "samples" / "reply.yaml").unlink()
    os.mkfifo(pack / "samples" / "reply.yaml")
    assert _codes(_view(pack)) == ["RJ115"]


@pytest.mark.parametrize("kind", ["../../mine/letter", "../mine/letter", "@ABS@",
                                  "reply/../../../mine/letter", "x\0y", "reply.yaml"])
def test_a_kind_is_only_a_letter_kind_of_the_pack(tmp_path: Path, pack: Path,
                                                  kind: str) -> None:
    mine = _mine(tmp_path)
    kind = kind.replace("@ABS@", str(mine.with_suffix("")))
    view = _view(pack, kind)
    assert MARK not in _shown(view)
    assert _codes(view) == ["RJ120"]


def test_a_letter_kind_named_like_a_path_stays_in_the_pack(tmp_path: Path,
                                                           pack: Path) -> None:
    """A hostile pack may name a letter kind like a path: the pack is refused at that
    id (RJ113, a letter id must be a name), so no sample is looked for at all."""
    mine = _mine(tmp_path)
    pack_file = pack / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    pack_file.write_text(text.replace("letters:\n  reply:", "letters:\n  ../../mine/letter:"),
                         encoding="utf-8")
    view = _view(pack, "../../mine/letter")
    assert MARK not in _shown(view)
    assert _codes(view) == ["RJ113"], view["diagnostics"]
    assert mine.is_file()


def test_the_server_answers_a_path_kind_without_reading_it(tmp_path: Path,
                                                           pack: Path) -> None:
    _mine(tmp_path)
    with PreviewServer(PreviewSession(pack), 0) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        try:
            connection.request("GET", "/letter.json?kind=../../mine/letter",
                               headers={"Host": f"127.0.0.1:{server.port}"})
            response = connection.getresponse()
            body = response.read().decode("utf-8")
        finally:
            connection.close()
    assert response.status == 200
    assert MARK not in body
    assert "RJ120" in body


def test_an_ordinary_sample_is_still_previewed(pack: Path) -> None:
    view = _view(pack)
    assert view["ok"] is True, view["diagnostics"]
    assert "Jordan Lee" in str(view["text"])



def test_a_view_reads_a_bounded_amount_of_yaml(pack: Path) -> None:
    """Each view is one run: a sample including many large files is stopped at the
    run's YAML budget, as in ``check`` (here a small budget, set the way a host sets it)."""
    from rejectlet.limits import Limits, budget

    samples = pack / "samples"
    keys = 1_000
    # eight distinct files: one file named eight times is read once
    for number in range(8):
        (samples / f"b{number}.inc").write_text(
            f"z{number}:\n" + "".join(f"  k{i}: v\n" for i in range(keys)),
            encoding="utf-8")
    sample = samples / "reply.yaml"
    names = ", ".join(f"b{number}.inc" for number in range(8))
    sample.write_text(sample.read_text(encoding="utf-8") + f"include: [{names}]\n",
                      encoding="utf-8")

    def stopped(view: dict[str, object]) -> bool:
        return any(d["code"] == "RJ100" and "in all" in d["message"]  # type: ignore[index]
                   for d in view["diagnostics"])  # type: ignore[attr-defined]

    assert not stopped(_view(pack))  # the default budget reads it all
    with budget(Limits(run_yaml_nodes=5 * keys)):
        assert stopped(_view(pack))
