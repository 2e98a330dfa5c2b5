"""The rejectlet command, run as a real process: exit codes, files and exact messages.

Exit codes: 0 clean, 1 the letter breaks rules, 2 bad input. Diagnostics go
to standard error as ``path:line:col: CODE severity: message (hint)``; paths
are relative to the working folder, which is the test's temporary folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import rejectlet
from rejectlet.composer import letter_from_file

ROOT = Path(__file__).resolve().parent.parent

TODO_DATA = """\
pack: ./mini
letter: reply
name: Sam Lee
organization: Northwind TODO
"""

GOOD_DATA = """\
pack: ./mini
letter: reply
name: Sam Lee
organization: Northwind
"""

TODO_FINDING = ("todo.yaml:{line}:{column}: RJ006 error: leftover placeholder 'TODO' "
                "(a to-do marker) (replace it with the real text before sending)")
REFUSED = ("rejectlet: the letter has errors; fix them, or pass --allow-errors to render "
           "anyway")


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``rejectlet ARGS`` in ``cwd`` the way a user would."""
    return subprocess.run([sys.executable, "-m", "rejectlet", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, check=False)


def lines(stream: str) -> list[str]:
    return stream.splitlines()


def position(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find(needle)
        if column >= 0:
            return number, column + 1
    raise AssertionError(f"{needle!r} not in the text")


@pytest.fixture
def work(tmp_path: Path, minimal_pack_text: str) -> Path:
    """A working folder with a copy of the examples, a small pack and two letters for it."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "mini").mkdir()
    (tmp_path / "mini" / "pack.yaml").write_text(minimal_pack_text.lstrip("\n"),
                                                 encoding="utf-8")
    (tmp_path / "todo.yaml").write_text(TODO_DATA, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD_DATA, encoding="utf-8")
    return tmp_path


def todo_finding() -> str:
    line, column = position(TODO_DATA, "Northwind TODO")
    return TODO_FINDING.format(line=line, column=column)


def expected(work: Path, fmt: str) -> str:
    result = rejectlet.render(letter_from_file(work / "examples" / "reply.yaml"), fmt)
    assert isinstance(result, str)
    return result


# -- render ----------------------------------------------------------------------------


def test_render_prints_text_to_stdout_without_output_file(work: Path) -> None:
    result = run(work, "render", "examples/reply.yaml")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected(work, "text")
    assert result.stdout.startswith("Subject: ")
    assert result.stderr == ""
    assert sorted(p.name for p in work.iterdir()) == ["examples", "good.yaml", "mini",
                                                     "todo.yaml"]


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_render_writes_the_output_file(work: Path, fmt: str) -> None:
    result = run(work, "render", "examples/reply.yaml", "--format", fmt, "-o", f"letter.{fmt}")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert lines(result.stderr) == [f"wrote letter.{fmt}"]
    written = (work / f"letter.{fmt}").read_text(encoding="utf-8")
    assert written == expected(work, fmt)
    assert "Northwind Logistics" in written
    if fmt == "html":
        assert written.startswith("<!DOCTYPE html>")
        assert written.rstrip().endswith("</html>")


def test_render_writes_a_pdf(work: Path) -> None:
    result = run(work, "render", "examples/reply.yaml", "--format", "pdf", "-o", "letter.pdf")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr) == ["wrote letter.pdf"]
    data = (work / "letter.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-1024:]


def test_python_dash_m_and_console_script_are_the_same_command(work: Path) -> None:
    script = Path(sys.executable).with_name("rejectlet")
    direct = subprocess.run([str(script), "--version"], cwd=work, capture_output=True,
                            text=True, timeout=60, check=False)
    module = run(work, "--version")
    assert direct.returncode == module.returncode == 0
    assert direct.stdout == module.stdout
    assert rejectlet.__version__ in direct.stdout


# -- check -----------------------------------------------------------------------------


def test_check_clean_letter_exits_0_and_says_ok(work: Path) -> None:
    result = run(work, "check", "examples/reply.yaml")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert lines(result.stderr) == ["ok"]


def test_check_letter_breaking_a_rule_exits_1_with_located_finding(work: Path) -> None:
    result = run(work, "check", "todo.yaml")
    assert result.returncode == 1, result.stderr
    assert lines(result.stderr) == [todo_finding(), "1 error(s), 0 warning(s)"]
    assert result.stdout == ""


def test_check_good_letter_for_a_pack_folder_exits_0(work: Path) -> None:
    result = run(work, "check", "good.yaml")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr) == ["ok"]


def test_check_good_pack_folder_exits_0(work: Path) -> None:
    (work / "mini" / "samples").mkdir()
    (work / "mini" / "samples" / "reply.yaml").write_text(GOOD_DATA, encoding="utf-8")
    result = run(work, "check", "./mini")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr) == ["ok"]


def test_check_pack_folder_without_a_sample_warns_once_and_exits_0(work: Path) -> None:
    result = run(work, "check", "./mini")
    assert result.returncode == 0, result.stderr
    found = lines(result.stderr)
    assert [line.split(" ")[1] for line in found[:-1]] == ["RJ124"]
    assert found[0].startswith("mini/pack.yaml:")


def test_check_builtin_pack_by_name_exits_0(work: Path) -> None:
    result = run(work, "check", "classic")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr)[-1].startswith("ok")
    assert not [line for line in lines(result.stderr) if " error: " in line]


def test_check_broken_pack_exits_2_with_every_problem_located(
        work: Path, minimal_pack_text: str) -> None:
    text = minimal_pack_text.lstrip("\n")
    text = text.replace("kind: resell", "kind: resel")
    text = text.replace("I still believe I would fit well.",
                        "I still believe I would fit {{ organisation }} well.")
    text += "rules:\n  lenght: {max_words: 100}\n"
    (work / "broken").mkdir()
    (work / "broken" / "pack.yaml").write_text(text, encoding="utf-8")
    result = run(work, "check", "./broken")
    assert result.returncode == 2, result.stderr
    kind_at = "{}:{}".format(*position(text, "resel"))
    template_at = "{}:{}".format(*position(text, "organisation }}"))  # at the name itself
    rule_at = "{}:{}".format(*position(text, "lenght"))
    assert lines(result.stderr) == [
        f"broken/pack.yaml:{kind_at}: RJ113 error: section 'fit': unknown kind 'resel' "
        "(did you mean 'resell'?)",
        f"broken/pack.yaml:{template_at}: RJ303 error: template uses 'organisation', which is "
        "not a declared variable (did you mean 'organization'?)",
        f"broken/pack.yaml:{rule_at}: RJ116 error: unknown rule 'lenght' "
        "(did you mean 'length'?)",
    ]
    assert "Traceback" not in result.stderr


def test_check_reports_bad_input_over_rule_errors(work: Path) -> None:
    (work / "bad.yaml").write_text("pack: classic\nletter: reply\n  role: x\n",
                                   encoding="utf-8")
    result = run(work, "check", "todo.yaml", "bad.yaml")
    assert result.returncode == 2
    assert todo_finding() in lines(result.stderr)
    assert any(line.startswith("bad.yaml:3:7: RJ100 error:") for line in lines(result.stderr))


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["render", "check"])
def test_yaml_syntax_error_exits_2_with_location(work: Path, command: str) -> None:
    (work / "bad.yaml").write_text("pack: classic\nletter: reply\n  role: Analyst\n",
                                   encoding="utf-8")
    result = run(work, command, "bad.yaml")
    assert result.returncode == 2
    assert lines(result.stderr)[0].startswith("bad.yaml:3:7: RJ100 error: YAML syntax error: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["render", "check"])
def test_unknown_pack_exits_2_with_suggestion(work: Path, command: str) -> None:
    (work / "typo.yaml").write_text("pack: clasic\nletter: reply\n", encoding="utf-8")
    result = run(work, command, "typo.yaml")
    assert result.returncode == 2
    assert lines(result.stderr) == [
        "typo.yaml:1:7: RJ101 error: no pack named 'clasic' (did you mean 'classic'?)"]
    assert result.stdout == ""


def test_render_missing_file_exits_2(work: Path) -> None:
    result = run(work, "render", "nope.yaml")
    assert result.returncode == 2
    assert lines(result.stderr) == ["nope.yaml: RJ102 error: no such file: nope.yaml "
                                    "(check the path)"]
    assert "Traceback" not in result.stderr


def test_check_missing_file_exits_2(work: Path) -> None:
    result = run(work, "check", "nope.yaml")
    assert result.returncode == 2
    [line] = lines(result.stderr)
    assert "nope.yaml" in line
    assert " error: " in line
    assert "Traceback" not in result.stderr


def test_data_that_does_not_fit_the_pack_exits_2(work: Path) -> None:
    (work / "typo.yaml").write_text(GOOD_DATA + "organisation: Northwind\n", encoding="utf-8")
    result = run(work, "render", "typo.yaml")
    assert result.returncode == 2
    line, column = position(GOOD_DATA + "organisation: Northwind\n", "organisation:")
    assert lines(result.stderr) == [
        f"typo.yaml:{line}:{column + len('organisation: ')}: RJ202 error: unknown value "
        "'organisation'; pack 'mini' has no such variable (did you mean 'organization'?)"]
    assert not (work / "typo.txt").exists()


def test_template_failure_exits_2_without_traceback(work: Path, minimal_pack_text: str) -> None:
    pack = (work / "mini" / "pack.yaml")
    pack.write_text(pack.read_text(encoding="utf-8").replace(
        "I still believe I would fit well.", "{{ name.__class__ }}"), encoding="utf-8")
    result = run(work, "render", "good.yaml")
    assert result.returncode == 2
    assert "RJ305 error:" in result.stderr
    assert lines(result.stderr)[0].startswith("mini/pack.yaml:")
    assert "Traceback" not in result.stderr


# -- rule errors when rendering --------------------------------------------------------


def test_render_refuses_a_letter_with_rule_errors(work: Path) -> None:
    result = run(work, "render", "todo.yaml", "-o", "todo.txt")
    assert result.returncode == 1
    assert lines(result.stderr) == [todo_finding(), REFUSED]
    assert result.stdout == ""
    assert not (work / "todo.txt").exists()


def test_allow_errors_renders_a_letter_with_rule_errors(work: Path) -> None:
    result = run(work, "render", "todo.yaml", "--allow-errors")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr) == [todo_finding()]
    assert "Thank you, Sam Lee, for your time at Northwind TODO." in result.stdout


def test_allow_errors_writes_the_output_file(work: Path) -> None:
    result = run(work, "render", "todo.yaml", "--allow-errors", "-f", "html", "-o", "todo.html")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr) == [todo_finding(), "wrote todo.html"]
    assert "Northwind TODO" in (work / "todo.html").read_text(encoding="utf-8")


# -- output files ----------------------------------------------------------------------


def test_existing_output_is_kept_without_force(work: Path) -> None:
    target = work / "letter.txt"
    target.write_text("my own notes\n", encoding="utf-8")
    result = run(work, "render", "examples/reply.yaml", "-o", "letter.txt")
    assert result.returncode == 2
    assert lines(result.stderr) == [
        "letter.txt: RJ422 error: letter.txt already exists (pass --force to replace it, or "
        "choose another name with -o)"]
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    assert [p.name for p in work.iterdir() if p.name.startswith(".letter.txt")] == []


def test_existing_output_is_replaced_with_force(work: Path) -> None:
    target = work / "letter.txt"
    target.write_text("old draft\n", encoding="utf-8")
    result = run(work, "render", "examples/reply.yaml", "-o", "letter.txt", "--force")
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr) == ["wrote letter.txt"]
    assert target.read_text(encoding="utf-8") == expected(work, "text")


@pytest.mark.parametrize(("spelling", "force"), [
    ("examples/reply.yaml", False),
    ("examples/reply.yaml", True),
    ("./examples/reply.yaml", True),
    ("examples/shared/../reply.yaml", True),
    ("link.yaml", True),
])
def test_output_can_never_be_the_input_file(work: Path, spelling: str, force: bool) -> None:
    data = work / "examples" / "reply.yaml"
    (work / "link.yaml").symlink_to(data)
    before = data.read_bytes()
    args = ["render", "examples/reply.yaml", "-o", spelling] + (["--force"] if force else [])
    result = run(work, *args)
    assert result.returncode == 2
    assert "RJ421 error: refusing to write over the input file" in result.stderr
    assert data.read_bytes() == before
    assert (work / "link.yaml").is_symlink()


def test_output_in_a_missing_folder_exits_2(work: Path) -> None:
    result = run(work, "render", "examples/reply.yaml", "-o", "no/such/folder/letter.txt")
    assert result.returncode == 2
    assert "RJ424" in result.stderr
    assert not (work / "no").exists()


# -- packs -----------------------------------------------------------------------------


def test_packs_lists_classic_with_version_and_letter_kinds(work: Path) -> None:
    result = run(work, "packs")
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in lines(result.stdout)]
    classic = rejectlet.load_pack("classic")
    matching = [row for row in rows if row and row[0] == "classic"]
    assert len(matching) == 1, result.stdout
    row = matching[0]
    assert row[1] == classic.version
    assert row[2] == "built-in"
    assert " ".join(row[3:]) == ", ".join(classic.letters)


def test_packs_lines_up_its_columns(work: Path) -> None:
    output = lines(run(work, "packs").stdout)
    header, *rows = output
    assert header.split() == ["NAME", "VERSION", "SOURCE", "LETTERS"]
    version_column = header.index("VERSION")
    for row in rows:
        assert row[version_column - 2:version_column] == "  "
        assert row[version_column] != " "


def test_help_lists_the_commands(work: Path) -> None:
    result = run(work, "--help")
    assert result.returncode == 0
    for command in ("render", "check", "packs"):
        assert command in result.stdout


def test_cli_in_process_matches_subprocess_for_check(work: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from rejectlet.cli import main

    monkeypatch.chdir(work)
    in_process = CliRunner().invoke(main, ["check", "todo.yaml"])
    assert in_process.exit_code == 1
    assert todo_finding() in in_process.output
    assert textwrap.dedent(in_process.output).count("RJ006") == 1
