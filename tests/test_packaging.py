"""What gets installed: the wheel carries the built-in packs, and PDF support loads lazily."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

import rejectlet

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once, from the repository this test file belongs to."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("rejectlet-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_ships_the_classic_pack(wheel_names: set[str]) -> None:
    assert "rejectlet/_builtin_packs/classic/pack.yaml" in wheel_names


def test_wheel_marks_the_package_as_typed(wheel_names: set[str]) -> None:
    assert "rejectlet/py.typed" in wheel_names


def test_wheel_ships_every_file_of_every_built_in_pack(wheel: Path,
                                                       wheel_names: set[str]) -> None:
    packs = ROOT / "packs"
    files = [p for p in packs.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert files, "the repository has built-in packs"
    with zipfile.ZipFile(wheel) as archive:
        for path in files:
            name = "rejectlet/_builtin_packs/" + path.relative_to(packs).as_posix()
            assert name in wheel_names, name
            assert archive.read(name) == path.read_bytes(), name


def test_wheel_holds_the_package_not_the_repository(wheel_names: set[str]) -> None:
    assert "rejectlet/__init__.py" in wheel_names
    assert "rejectlet/cli.py" in wheel_names
    tops = {name.split("/")[0] for name in wheel_names}
    assert all(top == "rejectlet" or top.startswith("rejectlet-") for top in tops), tops


def test_wheel_declares_the_command(wheel: Path, wheel_names: set[str]) -> None:
    entry_points = [n for n in wheel_names if n.endswith(".dist-info/entry_points.txt")]
    assert len(entry_points) == 1
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(entry_points[0]).decode()
    assert "rejectlet = rejectlet.cli:main" in text


def run_python(code: str, cwd: Path) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_import_does_not_load_weasyprint(tmp_path: Path) -> None:
    code = "import rejectlet, sys; print('weasyprint' in sys.modules)"
    assert run_python(code, tmp_path) == ["False"]


def test_command_line_module_does_not_load_weasyprint(tmp_path: Path) -> None:
    code = "import rejectlet.cli, sys; print('weasyprint' in sys.modules)"
    assert run_python(code, tmp_path) == ["False"]


def test_the_name_parser_loads_only_when_a_name_is_read(tmp_path: Path) -> None:
    code = (
        "import sys, rejectlet.cli\n"
        "print('nameparser' in sys.modules)\n"
        "rejectlet.load_pack('classic')\n"
        "print('nameparser' in sys.modules)\n"
        "from rejectlet.names import family_name\n"
        "print(family_name('Dr. Elena Marsh'), 'nameparser' in sys.modules)\n"
    )
    assert run_python(code, tmp_path) == ["False", "False", "Marsh", "True"]


def test_a_built_in_pack_name_does_not_list_installed_packs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rejectlet.pack import finder

    def refuse(problems: Any = None) -> Any:
        raise AssertionError("installed packs were listed")

    monkeypatch.setattr(finder, "_installed_candidates", refuse)
    assert rejectlet.load_pack("classic").name == "classic"


def test_text_letter_does_not_load_weasyprint_but_a_pdf_does(tmp_path: Path) -> None:
    # the example uses the built-in classic pack, whose PDFs are laid out in-process
    example = ROOT / "examples" / "reply.yaml"
    code = (
        "import sys, rejectlet\n"
        "from rejectlet.composer import letter_from_file\n"
        f"letter = letter_from_file({str(example)!r})\n"
        "rejectlet.render(letter, 'text')\n"
        "rejectlet.render(letter, 'html')\n"
        "print('weasyprint' in sys.modules)\n"
        "pdf = rejectlet.render(letter, 'pdf')\n"
        "print('weasyprint' in sys.modules, pdf[:5] == b'%PDF-')\n"
    )
    assert run_python(code, tmp_path) == ["False", "True", "True"]
