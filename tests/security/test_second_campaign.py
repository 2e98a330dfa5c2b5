"""Findings of the second independent campaign, kept closed: state carried between
letters through an imported template, and pack checks too large to scan."""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet

from ._support import base_data, write_pack

IMPORTING_BODY = (
    "{% import 'lib.md' as m %}{% set n = m.ns %}{% set n.count = n.count + 1 %}"
    "{% set n.seen = n.seen ~ name %}Seen {{ n.count }}: {{ n.seen }}"
)
FROM_IMPORTING_BODY = (
    "{% from 'lib.md' import ns %}{% set ns.count = ns.count + 1 %}"
    "{% set ns.seen = ns.seen ~ name %}Seen {{ ns.count }}: {{ ns.seen }}"
)
LIBRARY = "{% set ns = namespace(count=0, seen='') %}"


@pytest.mark.parametrize("body", [IMPORTING_BODY, FROM_IMPORTING_BODY],
                         ids=["import", "from-import"])
def test_an_imported_template_starts_afresh_for_every_letter(tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body, files={"lib.md": LIBRARY})
    pack = rejectlet.load_pack(folder)
    first = rejectlet.compose(pack, "note", base_data(name="Alice Private"))
    second = rejectlet.compose(pack, "note", base_data(name="Bob Other"))
    assert "Seen 1: Alice Private" in first.blocks[0].text
    assert "Seen 1: Bob Other" in second.blocks[0].text
    assert "Alice" not in second.blocks[0].text


def _pack_with_check(tmp_path: Path, check: str) -> Path:
    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text("utf-8")
    (folder / "pack.yaml").write_text(text + "checks:\n" + check, "utf-8")
    return folder


@pytest.mark.parametrize("form", ["forbid", "require", "exceptions", "swap"])
def test_a_check_listing_too_many_phrases_is_refused_at_load(tmp_path: Path, form: str) -> None:
    many = [f"zq{i}x" for i in range(1_001)]
    if form == "swap":
        check = "  - {code: ACME001, message: m, swap: {" + ", ".join(
            f"{p}: {p}y" for p in many) + "}}\n"
    elif form == "exceptions":
        check = ("  - {code: ACME001, message: m, forbid: [zz], exceptions: ["
                 + ", ".join(many) + "]}\n")
    else:
        check = f"  - {{code: ACME001, message: m, {form}: [" + ", ".join(many) + "]}\n"
    folder = _pack_with_check(tmp_path, check)
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    (problem,) = [d for d in raised.value.diagnostics if d.code == "RJ129"]
    assert problem.location is not None and problem.location.path.endswith("pack.yaml")
    assert problem.location.line > 0


def test_a_check_within_the_limit_still_loads_and_finds(tmp_path: Path) -> None:
    phrases = [f"zq{i}x" for i in range(999)] + ["Ann"]
    folder = _pack_with_check(
        tmp_path, "  - {code: ACME001, message: m, forbid: [" + ", ".join(phrases) + "]}\n")
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert "ACME001" in [d.code for d in rejectlet.validate(letter)]


def test_a_reminder_named_like_the_letter_is_refused_before_anything_is_written(
        tmp_path: Path) -> None:
    import subprocess
    import sys

    example = Path(__file__).resolve().parents[2] / "examples" / "reply.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "rejectlet", "render", str(example), "-o", "o.txt",
         "--reminder", "o.txt", "--force"], cwd=tmp_path, capture_output=True, text=True,
        timeout=120)
    assert result.returncode == 2, result.stderr
    assert "RJ421" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "o.txt").exists()


def test_a_rule_option_listing_too_many_phrases_is_refused_at_load(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text("utf-8")
    phrases = ", ".join(f"zq{i}x" for i in range(1_001))
    (folder / "pack.yaml").write_text(text + f"rules:\n  tone:\n    phrases: [{phrases}]\n",
                                      "utf-8")
    with pytest.raises(rejectlet.PackError) as raised:
        rejectlet.load_pack(folder)
    assert "RJ129" in [d.code for d in raised.value.diagnostics]


def test_exceptions_are_found_once_per_text_so_many_matches_stay_cheap(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = write_pack(tmp_path / "pack", "Thanks. {{ 'x y ' * 8000 }}")
    text = (folder / "pack.yaml").read_text("utf-8")
    (folder / "pack.yaml").write_text(
        text + "checks:\n  - {code: ACME001, message: no x, scope: letter, forbid: [x], "
               "exceptions: [x y]}\n", "utf-8")
    script = (
        "import sys, rejectlet\n"
        "from tests.security._support import base_data\n"
        "pack = rejectlet.load_pack(sys.argv[1])\n"
        "letter = rejectlet.compose(pack, 'note', base_data())\n"
        "print(sorted({d.code for d in rejectlet.validate(letter)}))\n")
    # A bound on a child that used to run for minutes (one scan of the exceptions
    # per match); it is not a speed claim.
    result = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                            text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert "ACME001" not in result.stdout  # every x stands inside an exception
