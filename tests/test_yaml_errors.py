"""Reading YAML safely: every malformed or unsafe file is a located YamlError.

Packs and letter data both pass through the same loader, so these tests call
it directly and check the code, the line and the column each problem is
reported at.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import rejectlet
from rejectlet.yamlio import MAX_DEPTH, MAX_YAML_BYTES, load_yaml_file, load_yaml_text


def write(tmp_path: Path, text: str, name: str = "input.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def load_error(path: Path) -> rejectlet.YamlError:
    with pytest.raises(rejectlet.YamlError) as raised:
        load_yaml_file(path)
    return raised.value


def only_diagnostic(error: rejectlet.RejectletError) -> rejectlet.Diagnostic:
    assert len(error.diagnostics) == 1, str(error)
    return error.diagnostics[0]


def same_file(shown: str, path: Path) -> bool:
    return Path(shown).resolve() == path.resolve()


# -- syntax errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # a key indented under a plain value: the parser stops at the colon
        ("name: Sam Lee\n  role: Analyst\n", 2, 7),
        # a tab used for indentation
        ("sender:\n\tname: Sam\n", 2, 1),
        # a second document in a file that must hold one
        ("name: Sam\n---\nrole: Analyst\n", 2, 1),
    ],
    ids=["key-under-scalar", "tab-indent", "two-documents"],
)
def test_syntax_error_is_reported_at_its_line_and_column(
        tmp_path: Path, text: str, line: int, column: int) -> None:
    path = write(tmp_path, text)
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert diagnostic.severity is rejectlet.Severity.ERROR
    assert diagnostic.message.startswith("YAML syntax error: ")
    assert diagnostic.location is not None
    assert same_file(diagnostic.location.path, path)
    assert (diagnostic.location.line, diagnostic.location.column) == (line, column)
    assert diagnostic.hint, "a syntax error should say what to look for"


def test_syntax_error_prints_as_path_line_column_code_and_message(tmp_path: Path) -> None:
    error = load_error(write(tmp_path, "name: Sam Lee\n  role: Analyst\n"))
    shown = error.diagnostics[0].location
    assert shown is not None
    assert str(error).startswith(f"{shown.path}:2:7: RJ100 error: YAML syntax error: ")


def test_yaml_error_is_a_rejectlet_error() -> None:
    with pytest.raises(rejectlet.RejectletError):
        load_yaml_text("a: [1, 2\n", "inline.yaml")
    assert issubclass(rejectlet.YamlError, rejectlet.RejectletError)


def test_syntax_error_in_text_names_the_given_path() -> None:
    with pytest.raises(rejectlet.YamlError) as raised:
        load_yaml_text("ok: 1\nbroken: 'no end\n", "letter.yaml")
    location = raised.value.location
    assert location is not None
    assert location.path == "letter.yaml"
    assert location.line >= 2


# -- duplicate keys --------------------------------------------------------------------


def test_duplicate_top_level_key_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, """
        organization: Northwind
        role: Analyst
        organization: Southwind
        """)
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert "duplicate key 'organization'" in diagnostic.message
    assert "line 1" in diagnostic.message  # where the first one is
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (3, 1)  # the second one


def test_duplicate_key_inside_a_group_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, """
        pack: classic
        sender:
          name: Sam Lee
          email: sam@example.com
          name: Samuel Lee
        """)
    diagnostic = only_diagnostic(load_error(path))
    assert "duplicate key 'name'" in diagnostic.message
    assert "line 3" in diagnostic.message
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (5, 3)


def test_keys_equal_after_reading_count_as_duplicates(tmp_path: Path) -> None:
    # 1 and '1' are one key once turned into text; the second would silently win
    diagnostic = only_diagnostic(load_error(write(tmp_path, "1: one\n'1': uno\n")))
    assert "duplicate key '1'" in diagnostic.message
    assert diagnostic.location is not None
    assert diagnostic.location.line == 2


def test_same_key_in_different_groups_is_not_a_duplicate(tmp_path: Path) -> None:
    data = load_yaml_file(write(tmp_path, """
        sender:
          name: Sam
        recipient:
          name: Elena
        """))
    assert data == {"sender": {"name": "Sam"}, "recipient": {"name": "Elena"}}


# -- anchors, aliases and merge keys ---------------------------------------------------


def test_alias_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, """
        organization: Northwind
        met_with: &people [Ana, Tomás]
        thanked: *people
        """)
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert "anchors and aliases" in diagnostic.message
    assert diagnostic.location is not None
    assert diagnostic.location.line in (2, 3)  # the anchor or the alias, not elsewhere
    assert diagnostic.hint


def test_billion_laughs_is_refused_without_expanding(tmp_path: Path) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    diagnostic = only_diagnostic(load_error(path))
    assert "anchors and aliases" in diagnostic.message


def test_merge_key_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, """
        sender:
          name: Sam
          <<: {email: sam@example.com}
        """)
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert "merge keys" in diagnostic.message
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (3, 3)


# -- tags ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "!!python/object:builtins.dict {}",
        "!!python/object/new:builtins.dict {}",
        "!!python/name:os.system",
        "!!python/module:os",
        "!!binary aGVsbG8=",
        "!!set {a, b}",
        "!!omap [{a: 1}]",
        "!custom text",
    ],
)
def test_non_core_tag_is_refused_at_its_line(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, f"pack: classic\ndetail: {value}\n")
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert "is not allowed" in diagnostic.message
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (2, 9)


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    command = f"touch {marker}"
    path = write(tmp_path,
                 f"detail: !!python/object/apply:os.system [{command!r}]\n")
    load_error(path)
    assert not marker.exists()


def test_explicit_core_tags_are_accepted(tmp_path: Path) -> None:
    data = load_yaml_file(write(tmp_path, "zip: !!str 02139\ncount: !!int '3'\n"))
    assert data == {"zip": "02139", "count": 3}


# -- limits ----------------------------------------------------------------------------


def nested_lists(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_nesting_within_the_limit_is_accepted(tmp_path: Path) -> None:
    data = load_yaml_file(write(tmp_path, f"value: {nested_lists(MAX_DEPTH)}\n"))
    inner = data["value"]
    levels = 1
    while inner:
        inner = inner[0]
        levels += 1
    assert levels == MAX_DEPTH


def test_nesting_deeper_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, f"pack: classic\nvalue: {nested_lists(MAX_DEPTH + 8)}\n")
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert f"nesting deeper than {MAX_DEPTH} levels" in diagnostic.message
    assert diagnostic.location is not None
    assert diagnostic.location.line == 2


def test_deeply_nested_block_mappings_are_refused_at_the_deep_line(tmp_path: Path) -> None:
    depth = MAX_DEPTH + 8
    text = "".join("  " * level + f"k{level}:\n" for level in range(depth))
    text += "  " * depth + "leaf: 1\n"
    diagnostic = only_diagnostic(load_error(write(tmp_path, text)))
    assert "nesting deeper" in diagnostic.message
    assert diagnostic.location is not None
    # the report points inside the nesting, below the last level that was allowed
    assert MAX_DEPTH < diagnostic.location.line <= depth + 1


def test_extremely_deep_nesting_is_refused_without_crashing(tmp_path: Path) -> None:
    # 100,000 levels in 200 KB: well under the size limit, so only the depth
    # limit stands between this file and the parser's own recursion.
    depth = 100_000
    path = tmp_path / "deep.yaml"
    path.write_text(f"value: {nested_lists(depth)}\n", encoding="utf-8")
    assert path.stat().st_size < MAX_YAML_BYTES
    script = (
        "import sys\n"
        "from rejectlet import YamlError\n"
        "from rejectlet.yamlio import load_yaml_file\n"
        "try:\n"
        "    load_yaml_file(sys.argv[1])\n"
        "except YamlError as exc:\n"
        "    d = exc.diagnostics[0]\n"
        "    print(d.code, d.location.path == sys.argv[1], d.location.line)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, f"loader died with status {result.returncode}"
    # The wording may be the YAML parser's own (newer releases refuse deep flow
    # nesting themselves); the code and the place are ours.
    assert result.stdout.split() == ["RJ100", "True", "1"], result.stdout


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (MAX_YAML_BYTES - 3) + b"\nname: Sam\n")
    assert path.stat().st_size > MAX_YAML_BYTES
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert f"{MAX_YAML_BYTES:,}" in diagnostic.message
    assert diagnostic.location is not None
    assert same_file(diagnostic.location.path, path)
    assert diagnostic.location.line == 0  # the whole file is meant


def test_file_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "large.yaml"
    tail = b"\nname: Sam\n"
    path.write_bytes(b"#" * (MAX_YAML_BYTES - len(tail)) + tail)
    assert path.stat().st_size == MAX_YAML_BYTES
    assert load_yaml_file(path) == {"name": "Sam"}


def test_text_over_the_size_limit_is_refused() -> None:
    with pytest.raises(rejectlet.YamlError) as raised:
        load_yaml_text("#" * (MAX_YAML_BYTES + 1), "big.yaml")
    assert raised.value.diagnostics[0].code == "RJ100"


# -- encodings and unreadable files ----------------------------------------------------


def test_non_utf8_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: José\n".encode("latin-1"))
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ100"
    assert "not UTF-8" in diagnostic.message
    assert "byte 9" in diagnostic.message  # where the bad byte is
    assert "UTF-8" in diagnostic.hint
    assert diagnostic.location is not None
    assert same_file(diagnostic.location.path, path)


def test_utf8_with_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffname: José\n".encode())
    assert load_yaml_file(path) == {"name": "José"}


def test_missing_file_is_rj102(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    diagnostic = only_diagnostic(load_error(path))
    assert diagnostic.code == "RJ102"
    assert "no such file" in diagnostic.message
    assert diagnostic.location is not None
    assert same_file(diagnostic.location.path, path)


def test_folder_instead_of_file_is_rj102(tmp_path: Path) -> None:
    diagnostic = only_diagnostic(load_error(tmp_path))
    assert diagnostic.code == "RJ102"
    assert "folder" in diagnostic.message


def test_yaml_errors_in_letter_data_reach_the_caller(tmp_path: Path,
                                                   classic: rejectlet.Pack) -> None:
    path = write(tmp_path, """
        pack: classic
        letter: reply
        role: Analyst
        role: Senior Analyst
        """, name="reply.yaml")
    with pytest.raises(rejectlet.YamlError) as raised:
        rejectlet.compose(classic, "reply", rejectlet.read_data_file(path))
    diagnostic = only_diagnostic(raised.value)
    assert diagnostic.location is not None
    assert diagnostic.location.line == 4
    assert "line 3" in diagnostic.message
