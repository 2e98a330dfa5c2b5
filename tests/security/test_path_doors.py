"""The file system refusing a path is a located error at every door.

A path reaches rejectlet through many doors: the data file and its
``include:``, the data's ``pack:``, a pack's ``extends:``, ``pack.yaml``, its
samples folder and the samples' own includes, ``signature_image``, an output
name and ``--reminder``. The system may refuse any of them before a byte is
read: a link that leads to itself, a name part longer than 255 bytes, a file
where a folder is meant. Each door reports that as a RejectletError at the
key (file:line:col) or argument that named the path, and the command line
exits with status 2, never with a traceback.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.pack_check import check_pack

ROOT = Path(__file__).resolve().parents[2]
LONG = "a" * 300


def _reply_data(pack_line: str = "classic") -> str:
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    lines = [f"pack: {pack_line}" if line.startswith("pack:") else line
             for line in text.splitlines()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A folder with a data file, a link that leads to itself, and a copy of the
    classic pack."""
    (tmp_path / "d.yaml").write_text(_reply_data(), encoding="utf-8")
    os.symlink("loop", tmp_path / "loop")
    shutil.copytree(ROOT / "packs" / "classic", tmp_path / "pk")
    return tmp_path


def _refused(call: Callable[[], Any]) -> rejectlet.RejectletError:
    with pytest.raises(rejectlet.RejectletError) as caught:
        call()
    assert caught.value.location is not None, str(caught.value)
    return caught.value


def _line_of(path: Path, start: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(start))


def _add_line(path: Path, line: str, after: str | None = None) -> int:
    """Add ``line`` to a YAML file (after the line starting with ``after``, else at
    the end); return its line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = len(lines) if after is None else _line_of(path, after)
    lines.insert(at, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return at + 1


# -- the data file and what it names ----------------------------------------------------

@pytest.mark.parametrize("name", ["loop", f"{LONG}.yaml", "loop/x.yaml", "d.yaml/x.yaml"],
                         ids=["loop", "long", "through-loop", "not-a-folder"])
def test_the_data_file_itself(place: Path, name: str) -> None:
    error = _refused(lambda: rejectlet.read_data_file(place / name))
    assert error.diagnostics[0].code == "RJ102"
    error = _refused(lambda: rejectlet.letter_from_file(place / name))
    assert error.diagnostics[0].code == "RJ102"


@pytest.mark.parametrize("name", ["loop", f"{LONG}.yaml", "loop/p.yaml", "d.yaml/p.yaml"],
                         ids=["loop", "long", "through-loop", "not-a-folder"])
def test_an_include(place: Path, name: str) -> None:
    data = place / "d.yaml"
    line = _add_line(data, f"include: {name}")
    error = _refused(lambda: rejectlet.read_data_file(data))
    first = error.diagnostics[0]
    assert first.code == "RJ210"
    assert first.location is not None and first.location.line == line


@pytest.mark.parametrize("pack_line", ["./loop", f"./{LONG}", LONG, "./loop/inner"],
                         ids=["loop", "long-path", "long-name", "through-loop"])
def test_the_data_pack_line(place: Path, pack_line: str) -> None:
    data = place / "d.yaml"
    data.write_text(_reply_data(pack_line), encoding="utf-8")
    error = _refused(lambda: rejectlet.letter_from_file(data))
    assert error.diagnostics[0].code.startswith("RJ10")
    assert error.location is not None and error.location.line == _line_of(data, "pack:")


@pytest.mark.parametrize("image", ["loop", f"{LONG}.png", "loop/x.png"],
                         ids=["loop", "long", "through-loop"])
def test_a_signature_image(place: Path, image: str) -> None:
    data = place / "d.yaml"
    line = _add_line(data, f"signature_image: {image}")
    letter = rejectlet.letter_from_file(data)
    error = _refused(lambda: rejectlet.render(letter, "pdf", force=True))
    assert error.diagnostics[0].code == "RJ414"
    assert error.location is not None and error.location.line == line


# -- a pack and what it names -----------------------------------------------------------

@pytest.mark.parametrize("name", ["loop", f"./{LONG}", LONG, "loop/inner"],
                         ids=["loop", "long-path", "long-name", "through-loop"])
def test_load_pack_by_argument(place: Path, name: str) -> None:
    target: str | Path = place / name if "/" in name or name == "loop" else name
    error = _refused(lambda: rejectlet.load_pack(target))
    assert error.diagnostics[0].code == "RJ101"


@pytest.mark.parametrize("reference", ["./inner", f"./{LONG}", LONG, "./inner/deeper"],
                         ids=["loop", "long-path", "long-name", "through-loop"])
def test_extends(place: Path, reference: str) -> None:
    pack = place / "pk"
    os.symlink("inner", pack / "inner")
    line = _add_line(pack / "pack.yaml", f"extends: {reference}", after="style:")
    error = _refused(lambda: rejectlet.load_pack(pack))
    found = [d for d in error.diagnostics if d.code == "RJ119"]
    assert found and found[0].location is not None and found[0].location.line == line


def test_pack_yaml_a_loop(place: Path) -> None:
    pack = place / "pk"
    (pack / "pack.yaml").unlink()
    os.symlink("pack.yaml", pack / "pack.yaml")
    error = _refused(lambda: rejectlet.load_pack(pack))
    assert error.diagnostics[0].code in ("RJ101", "RJ102", "RJ115")


@pytest.mark.parametrize("setup", ["sample-loop", "samples-folder-loop", "sample-include-long",
                                   "sample-include-loop"])
def test_samples(place: Path, setup: str) -> None:
    pack = place / "pk"
    samples = pack / "samples"
    if setup == "sample-loop":
        os.symlink("bad.yaml", samples / "bad.yaml")
    elif setup == "samples-folder-loop":
        shutil.rmtree(samples)
        os.symlink("samples", samples)
    else:
        target = LONG + ".yaml" if setup == "sample-include-long" else "loop.yaml"
        if setup == "sample-include-loop":
            os.symlink("loop.yaml", samples / "loop.yaml")
        (samples / "bad.yaml").write_text(f"pack: classic\ninclude: {target}\n",
                                          encoding="utf-8")
    found = check_pack(rejectlet.load_pack(pack))
    errors = [d for d in found if d.is_error]
    assert errors, [str(d) for d in found]
    assert all(d.location is not None for d in errors)


# -- the command line ----------------------------------------------------------------

def _cli(place: Path, *args: str) -> Any:
    previous = Path.cwd()
    os.chdir(place)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(previous)


def _exits_cleanly(result: Any) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ("render", "d.yaml", "-o", "loop/x.txt"),
    ("render", "d.yaml", "-f", "eml", "-o", "loop/x.eml"),
    ("render", "d.yaml", "-o", "out.txt", "--reminder", "loop/r.ics"),
    ("render", "d.yaml", "-o", f"{LONG}/x.txt"),
    ("render", "d.yaml", "-o", "out.txt", "--reminder", f"{LONG}.ics"),
    ("render", "loop"),
    ("render", f"{LONG}.yaml"),
    ("check", "loop"),
    ("check", f"{LONG}.yaml"),
    ("check", LONG),
    ("packs", "show", LONG),
    ("packs", "show", f"./{LONG}"),
    ("batch", "loop", "-o", "out.pdf"),
    ("batch", f"{LONG}.csv", "-o", "out.pdf"),
], ids=lambda args: "-".join(a[:12] for a in args))
def test_command_line_doors(place: Path, args: tuple[str, ...]) -> None:
    result = _cli(place, *args)
    _exits_cleanly(result)


def test_a_profile_through_a_loop_fails_the_batch_cleanly(place: Path) -> None:
    (place / "t.csv").write_text("organization\nAcme\n", encoding="utf-8")
    _exits_cleanly(_cli(place, "batch", "t.csv", "--profile", "loop", "--pack", "classic",
                        "--letter", "reply", "-o", "out.pdf"))


@pytest.mark.parametrize("pack_cell", ["./loop", "./a\x00b", f"./{LONG}"],
                         ids=["loop", "nul", "long"])
def test_a_batch_row_naming_a_refused_pack_fails_alone(place: Path, pack_cell: str) -> None:
    rows = [{"recipient": {"name": "Elena Marsh"}, "pack": pack_cell},
            {"recipient": {"name": "Marcus Bell"}}]
    import yaml

    (place / "rows.yaml").write_text(yaml.safe_dump(rows), encoding="utf-8")
    (place / "out").mkdir()
    result = _cli(place, "batch", "rows.yaml", "--profile", "d.yaml", "-f", "text",
                  "--each", "out/{n}.txt")
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output
    assert sorted(p.name for p in (place / "out").iterdir()) == ["001.txt"]
    assert "row 1:" in result.output and "RJ207" in result.output


@pytest.mark.parametrize("obstacle", ["folder", "fifo", "dangling", "loop"])
def test_a_batch_row_whose_file_name_meets_an_obstacle_fails_alone(
        place: Path, obstacle: str) -> None:
    out = place / "out"
    out.mkdir()
    blocked = out / "bob-ray.txt"
    if obstacle == "folder":
        blocked.mkdir()
    elif obstacle == "fifo":
        os.mkfifo(blocked)
    elif obstacle == "dangling":
        os.symlink(place / "nowhere.txt", blocked)
    else:
        os.symlink("bob-ray.txt", blocked)
    (place / "t.csv").write_text("recipient.name\nAnn Lee\nBob Ray\nCy Dot\n",
                                 encoding="utf-8")
    result = _cli(place, "batch", "t.csv", "--profile", "d.yaml", "-f", "text",
                  "--each", "out/{name}.txt")
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "row 3:" in result.output  # line 3 of the table: Bob Ray's row
    assert (out / "ann-lee.txt").is_file() and (out / "cy-dot.txt").is_file()
