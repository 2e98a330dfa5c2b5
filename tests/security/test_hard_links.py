"""Hard links in a pack loaded from a folder are refused at every pack file door.

A hard link is a second name for a file; nothing on it says where the first name
lives. A pack from a stranger could carry the user's own file under the name of a
section, a stylesheet, a sample, an include or an image, and the checks that stop a
symbolic link leading out see an ordinary file inside the pack. So a pack loaded
from a folder may hold no file with a second name (RJ115 at the line that names it,
RJ412/RJ437 for a stylesheet reference), while built-in and installed packs, whose
installers hard-link from a cache, may.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import rejectlet
from rejectlet import pack_trust
from rejectlet.confine import Refusal, Refused, read_inside
from rejectlet.pack_check import check_pack
from tests.security._support import SAFE_BODY, base_data, compose, render_html, write_pack

SECRET = "hl-secret-4c1d-private"
SAMPLE = """\
pack: secpack
letter: note
name: Ann Lee
sender: {name: Sam Ortiz, email: sam@example.com}
"""


@pytest.fixture
def private(tmp_path: Path) -> Path:
    """A folder of the user's own files, outside any pack."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "secret.md").write_text(f"The key is {SECRET}.", encoding="utf-8")
    (folder / "secret.yaml").write_text(f"name: {SECRET}\n", encoding="utf-8")
    (folder / "secret.css").write_text(f"/* {SECRET} */ p {{ color: red }}\n",
                                       encoding="utf-8")
    (folder / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n" + SECRET.encode())
    return folder


def _link(target: Path, name: Path) -> None:
    name.parent.mkdir(parents=True, exist_ok=True)
    if name.exists():
        name.unlink()
    os.link(target, name)


def _all_messages(error: rejectlet.RejectletError) -> str:
    return "\n".join(f"{d.code} {d.message} {d.hint}" for d in error.diagnostics)


def test_a_hard_linked_section_file_is_refused_at_its_line(tmp_path: Path,
                                                           private: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    _link(private / "secret.md", folder / "body.md")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    found = [d for d in caught.value.diagnostics if d.code == "RJ115"]
    assert found, _all_messages(caught.value)
    assert found[0].location is not None and found[0].location.line is not None
    assert Path(found[0].location.path).name == "pack.yaml"
    assert "copy the file" in (found[0].hint or "")
    assert SECRET not in _all_messages(caught.value)


def test_a_hard_linked_pack_yaml_is_refused(tmp_path: Path) -> None:
    source = write_pack(tmp_path / "elsewhere")
    folder = tmp_path / "pack"
    folder.mkdir()
    _link(source / "pack.yaml", folder / "pack.yaml")
    (folder / "body.md").write_text(SAFE_BODY, encoding="utf-8")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    assert [d.code for d in caught.value.diagnostics] == ["RJ115"]
    assert "copy the file" in (caught.value.diagnostics[0].hint or "")


def test_a_hard_linked_stylesheet_is_refused(tmp_path: Path, private: Path) -> None:
    folder = write_pack(tmp_path / "pack", style="p { color: black }")
    _link(private / "secret.css", folder / "style.css")
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    assert "RJ115" in [d.code for d in caught.value.diagnostics]
    assert SECRET not in _all_messages(caught.value)


def test_a_hard_linked_include_is_refused(tmp_path: Path, private: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{% include 'parts/more.md' %}",
                        files={"parts/more.md": "x"})
    _link(private / "secret.md", folder / "parts" / "more.md")
    with pytest.raises(rejectlet.RejectletError) as caught:
        render_html(compose(folder))
    assert SECRET not in _all_messages(caught.value)
    assert caught.value.diagnostics[0].location is not None


def test_a_hard_linked_sample_and_its_include_are_refused(tmp_path: Path,
                                                          private: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    _link(private / "secret.yaml", folder / "samples" / "note.yaml")
    pack = rejectlet.load_pack(folder)
    found = check_pack(pack)
    refused = [d for d in found if d.code == "RJ115"]
    assert refused and Path(refused[0].location.path).name == "note.yaml"  # type: ignore[union-attr]
    assert SECRET not in "\n".join(d.message for d in found)

    (folder / "samples" / "note.yaml").unlink()
    (folder / "samples" / "note.yaml").write_text(SAMPLE + "include: shared.yaml\n",
                                                  encoding="utf-8")
    _link(private / "secret.yaml", folder / "samples" / "shared.yaml")
    found = check_pack(rejectlet.load_pack(folder))
    assert "RJ115" in [d.code for d in found]
    assert SECRET not in "\n".join(d.message for d in found)


def test_a_hard_linked_image_in_the_stylesheet_is_refused_in_every_format(
        tmp_path: Path, private: Path) -> None:
    folder = write_pack(tmp_path / "pack", style="body { background: url(logo.png) }",
                        files={"logo.png": b"\x89PNG\r\n\x1a\n"})
    _link(private / "secret.png", folder / "logo.png")
    pack = rejectlet.load_pack(folder)
    found = [d for d in check_pack(pack) if d.code == "RJ412"]
    assert found and "copy the file" in (found[0].hint or "")
    letter = rejectlet.compose(pack, "note", base_data())
    for kind in ("html", "pdf"):
        with pytest.raises(rejectlet.RejectletError) as caught:
            rejectlet.render(letter, kind, force=True)
        assert {"RJ412", "RJ437"} & {d.code for d in caught.value.diagnostics}, kind


def test_the_confined_reader_refuses_a_second_name(tmp_path: Path, private: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    _link(private / "secret.md", folder / "body.md")
    with pytest.raises(Refused) as caught:
        read_inside(folder, "body.md", 10_000)
    assert caught.value.reason is Refusal.LINKED
    (folder / "plain.md").write_text("plain", encoding="utf-8")
    assert read_inside(folder, "plain.md", 10_000) == b"plain"


def test_an_installed_pack_may_hold_hard_links(tmp_path: Path, private: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An installer such as uv hard-links a package's files from its cache; a pack
    an installed package publishes loads with them."""
    folder = write_pack(tmp_path / "site" / "acme_pack")
    _link(private / "secret.md", folder / "body.md")
    monkeypatch.setattr(pack_trust, "_installed", {folder.resolve()})
    monkeypatch.setattr(pack_trust, "_listed", True)
    assert read_inside(folder, "body.md", 10_000).decode().endswith(".")
    assert rejectlet.load_pack(folder).name == "secpack"


def test_the_built_in_folder_is_trusted_and_a_folder_beside_it_is_not(
        tmp_path: Path) -> None:
    builtin = Path(rejectlet.__file__).parent / "_builtin_packs" / "classic"
    assert pack_trust.links_allowed(builtin)
    assert not pack_trust.links_allowed(tmp_path)


def test_a_thread_that_meets_a_link_while_another_lists_installed_packs_waits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The installed packs are listed once per process. A second thread asking
    while the first is still listing must wait for the list: judging without it
    refused an installed pack's hard links for that one load."""
    import threading

    from rejectlet.pack import finder

    folder = (tmp_path / "site" / "acme_pack")
    folder.mkdir(parents=True)
    started, release = threading.Event(), threading.Event()

    def slow_listing() -> list[Path]:
        started.set()
        release.wait(30)
        return [folder]

    monkeypatch.setattr(pack_trust, "_installed", set())
    monkeypatch.setattr(pack_trust, "_listed", False)
    monkeypatch.setattr(finder, "installed_pack_folders", slow_listing)
    answers: dict[str, bool] = {}

    def ask(name: str) -> None:
        answers[name] = pack_trust.links_allowed(folder)

    first = threading.Thread(target=ask, args=("first",))
    first.start()
    assert started.wait(30)
    second = threading.Thread(target=ask, args=("second",))
    second.start()
    second.join(0.5)  # without the wait it has already answered, wrongly
    release.set()
    first.join(30)
    second.join(30)
    assert answers == {"first": True, "second": True}
