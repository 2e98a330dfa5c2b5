"""``rejectlet check PACK`` renders each sample of a pack from outside in every format,
so a pack that checks clean renders: what a format refuses is a finding of the check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

import rejectlet
from rejectlet.cli import main
from rejectlet.pack_check import RENDERED_FORMATS, check_pack, rendered_formats
from rejectlet.scaffold import new_pack


def fresh_pack(tmp_path: Path) -> Path:
    return new_pack("fresh", tmp_path)


def test_every_writer_format_is_rendered() -> None:
    assert set(RENDERED_FORMATS) == {"text", "html", "email", "pdf"}


def test_a_new_pack_renders_in_every_format_so_its_check_is_clean(tmp_path: Path) -> None:
    folder = fresh_pack(tmp_path)
    result = CliRunner().invoke(main, ["check", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_sample_that_cannot_be_emailed_fails_the_check_at_the_sample(tmp_path: Path) -> None:
    folder = fresh_pack(tmp_path)
    sample = folder / "samples" / "reply.yaml"
    text = sample.read_text(encoding="utf-8")
    sample.write_text("\n".join(line for line in text.splitlines()
                                if "jordan.lee@example.com" not in line) + "\n",
                      encoding="utf-8")
    pack = rejectlet.load_pack(str(folder))
    assert [d for d in check_pack(pack) if d.is_error] == []  # loads, composes, validates
    found = [d for d in check_pack(pack, render_samples=True) if d.is_error]
    assert [d.code for d in found] == ["RJ430"]
    assert found[0].location is not None
    assert Path(found[0].location.path).name == "reply.yaml"
    result = CliRunner().invoke(main, ["check", str(folder)])
    assert result.exit_code == 1
    assert "RJ430" in result.output


def test_a_stylesheet_finding_is_reported_once_not_again_per_format(tmp_path: Path) -> None:
    folder = fresh_pack(tmp_path)
    with (folder / "style.css").open("a", encoding="utf-8") as handle:
        handle.write('.letterhead { background: url("logo.png"); }\n')
    pack = rejectlet.load_pack(str(folder))
    found = [d for d in check_pack(pack, render_samples=True) if d.is_error]
    assert [d.code for d in found] == ["RJ412"]


def test_a_pack_that_declares_no_email_address_is_not_emailed(
        make_pack: Callable[..., Path], minimal_pack_text: str) -> None:
    folder = make_pack(minimal_pack_text, {"samples/reply.yaml": (
        "pack: ..\nletter: reply\nname: Ms. Lee\norganization: Acme\n")})
    pack = rejectlet.load_pack(str(folder))
    assert "email" not in rendered_formats(pack)
    assert [d for d in check_pack(pack, render_samples=True) if d.is_error] == []


def test_a_pack_that_declares_an_email_address_is_emailed(tmp_path: Path) -> None:
    assert rendered_formats(rejectlet.load_pack(str(fresh_pack(tmp_path)))) == \
        RENDERED_FORMATS
