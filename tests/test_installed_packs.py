"""Packs installed as Python packages: found by name through the ``rejectlet.packs``
entry point, with their declarative checks and Python rules, and never allowed to
take the name of a built-in pack.

The example package is installed once per module into a private folder, and the
command runs in a child process with that folder on PYTHONPATH, so the packages
never touch the environment the rest of the suite runs in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import rejectlet

REPO = Path(__file__).resolve().parent.parent
PACK_PACKAGE = REPO / "examples" / "pack-package"


def pip_install(project: Path, target: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--disable-pip-version-check", "--target", str(target),
         str(project)],
        check=True, capture_output=True, text=True, timeout=300)


def child_path(site: Path) -> str:
    """PYTHONPATH for a child: this checkout's rejectlet first, then ``site``.

    The child must import the same rejectlet as the test process; otherwise a
    second checkout sharing one environment would test the installed copy.
    """
    return os.pathsep.join([str(Path(rejectlet.__file__).resolve().parents[1]), str(site)])


def run(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``rejectlet ARGS`` with the packages in ``site`` importable."""
    env = {**os.environ, "PYTHONPATH": child_path(site), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "rejectlet", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def table_rows(stdout: str) -> dict[str, str]:
    """The rows of ``rejectlet packs`` by pack name."""
    rows = {}
    for line in stdout.splitlines()[1:]:
        if line.strip():
            rows[line.split()[0]] = line
    return rows


@pytest.fixture(scope="module")
def brightpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("brightpath-site")
    pip_install(PACK_PACKAGE, target)
    assert (target / "brightpath_rejectlet" / "brightpath" / "pack.yaml").is_file()
    return target


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("letters")


REPLY = """\
pack: brightpath
letter: reply
sender:
  name: {sender}
  email: priya.raman@example.com
recipient:
  name: Elena Marsh
  title: Ms.
organization: Northwind Logistics
role: Senior Data Analyst
detail: hearing how your team rebuilt the regional demand forecasts
strengths: {strengths}
date: 2026-11-23
"""
STRENGTHS = ("Over six years at Cascade Freight I built the demand models that cut "
             "empty-truck miles by twelve percent.")


def write_reply(folder: Path, name: str, sender: str = "Priya Raman",
                strengths: str = STRENGTHS) -> Path:
    path = folder / name
    path.write_text(REPLY.format(sender=sender, strengths=strengths), encoding="utf-8")
    return path


# -- the brightpath package ---------------------------------------------------------------

def test_an_installed_pack_is_listed_with_its_distribution(
        brightpath_site: Path, workdir: Path) -> None:
    result = run(brightpath_site, "packs", cwd=workdir)
    assert result.returncode == 0, result.stderr
    rows = table_rows(result.stdout)
    assert "installed (brightpath-rejectlet)" in rows["brightpath"]
    assert "1.0.0" in rows["brightpath"]
    assert "built-in" in rows["classic"]
    assert "RJ104" not in result.stderr


def test_packs_show_describes_an_installed_pack(brightpath_site: Path, workdir: Path) -> None:
    result = run(brightpath_site, "packs", "show", "brightpath", cwd=workdir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("brightpath 1.0.0 — Brightpath Careers")
    assert "extends: classic" in out
    # variables, inherited from classic
    for variable in ("sender.name", "recipient.name", "organization", "strengths", "panel"):
        assert f"\n  {variable}: " in out, f"variable {variable} is not shown"
    # the pack's own checks, with their form, severity and scope
    lines = {line.split()[0]: line for line in out.splitlines()
             if line.strip().startswith("BP")}
    assert "(pack check, forbid): error on all letters" in lines["BP001"]
    assert "(pack check, max_words): warning on check-in" in lines["BP002"]
    assert "(pack check, order): error on all letters" in lines["BP003"]
    assert "BP100" in lines


def test_a_clean_letter_from_an_installed_pack_passes_check(
        brightpath_site: Path, workdir: Path) -> None:
    data = write_reply(workdir, "clean.yaml")
    result = run(brightpath_site, "check", str(data), cwd=workdir)
    assert result.returncode == 0, result.stderr
    # nothing at all is reported: no declared check, and no BP100 for a full name
    assert result.stderr.strip() == "ok"


def test_the_installed_pack_renders_its_own_opening(
        brightpath_site: Path, workdir: Path) -> None:
    data = write_reply(workdir, "render.yaml")
    result = run(brightpath_site, "render", str(data), cwd=workdir)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "for the care with which Northwind Logistics ran its process" in text
    # the rest of the letter comes from classic
    assert "My interest in Northwind Logistics has not changed" in text


def test_pay_in_the_re_sell_breaks_the_installed_packs_check(
        brightpath_site: Path, workdir: Path) -> None:
    data = write_reply(workdir, "salary.yaml",
                       strengths="I would happily discuss a lower salary for this role.")
    result = run(brightpath_site, "check", str(data), cwd=workdir)
    assert result.returncode == 1, result.stderr
    findings = [line for line in result.stderr.splitlines() if "BP001" in line]
    assert len(findings) == 1
    assert "BP001 error" in findings[0]
    assert "'salary'" in findings[0]
    strengths_line = next(number for number, line in enumerate(
        data.read_text(encoding="utf-8").splitlines(), start=1) if line.startswith("strengths"))
    assert findings[0].startswith(f"salary.yaml:{strengths_line}:")


def test_the_installed_python_rule_flags_a_one_word_signature(
        brightpath_site: Path, workdir: Path) -> None:
    data = write_reply(workdir, "first-name.yaml", sender="Priya")
    result = run(brightpath_site, "check", str(data), cwd=workdir)
    assert result.returncode == 0, result.stderr
    findings = [line for line in result.stderr.splitlines() if "BP100" in line]
    assert len(findings) == 1
    assert "BP100 warning" in findings[0]
    assert "'Priya'" in findings[0]
    assert result.stderr.strip().splitlines()[-1] == "ok: 1 warning(s)"


# -- a package that claims a built-in name ------------------------------------------------

IMPOSTOR_PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "impostor-classic"
version = "0.1.0"
requires-python = ">=3.11"

[project.entry-points."rejectlet.packs"]
classic = "impostor_classic.classic"

[tool.hatch.build.targets.wheel]
packages = ["src/impostor_classic"]
"""

IMPOSTOR_PACK = """\
pack: classic
version: 9.9.9
title: Impostor Classic
variables:
  name: {type: string, required: true}
sections:
  thanks: {kind: gratitude, text: "Thanks, {{ name }}."}
  interest: {kind: interest, text: "Still keen."}
letters:
  reply:
    salutation: "Hi {{ name }},"
    body: [thanks, interest]
    closing: "Bye,"
    signature: "Someone"
"""


@pytest.fixture(scope="module")
def impostor_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("impostor-project")
    (project / "pyproject.toml").write_text(IMPOSTOR_PYPROJECT, encoding="utf-8")
    package = project / "src" / "impostor_classic"
    (package / "classic").mkdir(parents=True)
    (package / "__init__.py").write_text('"""A package that claims a built-in name."""\n',
                                         encoding="utf-8")
    (package / "classic" / "__init__.py").write_text("", encoding="utf-8")
    (package / "classic" / "pack.yaml").write_text(IMPOSTOR_PACK, encoding="utf-8")
    target = tmp_path_factory.mktemp("impostor-site")
    pip_install(project, target)
    return target


def test_an_installed_pack_cannot_take_a_built_in_name(
        impostor_site: Path, workdir: Path) -> None:
    result = run(impostor_site, "packs", cwd=workdir)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "RJ104" in line]
    assert len(warnings) == 1
    assert "RJ104 warning" in warnings[0]
    assert "'classic'" in warnings[0]
    assert "installed (impostor-classic)" in warnings[0]
    rows = table_rows(result.stdout)
    assert "built-in" in rows["classic"]
    assert rejectlet.load_pack("classic").version in rows["classic"]
    assert "9.9.9" not in result.stdout
    assert sum(1 for line in result.stdout.splitlines() if line.startswith("classic ")) == 1


def test_load_pack_returns_the_built_in_pack_over_an_installed_one(
        impostor_site: Path, workdir: Path) -> None:
    script = textwrap.dedent("""
        import json
        import rejectlet
        pack = rejectlet.load_pack("classic")
        print(json.dumps({"source": pack.source, "root": str(pack.root),
                          "title": pack.title, "version": pack.version}))
    """)
    env = {**os.environ, "PYTHONPATH": child_path(impostor_site)}
    result = subprocess.run([sys.executable, "-c", script], cwd=workdir, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    built_in = rejectlet.load_pack("classic")
    assert loaded == {"source": "built-in", "root": str(built_in.root),
                      "title": built_in.title, "version": built_in.version}
    assert loaded["title"] != "Impostor Classic"
